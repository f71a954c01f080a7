import type { MessageTemplate } from '../pkg/patlint.js';

/** The languages messages are shown in. */
export declare const LANGUAGES: readonly ['en', 'ja', 'ko', 'zh'];

/** A language messages are shown in. */
export type Language = (typeof LANGUAGES)[number];

/** How each language joins list items: between items, and before the last one for "and" and "or". */
export declare const LIST_WORDS: Record<Language, { separator: string; and: string; or: string }>;

/** The translations by catalogue file, keyed by English template (for tests and tools). */
export declare const CATALOGUES: Record<string, Record<string, Partial<Record<Exclude<Language, 'en'>, string>>>>;

/**
 * A message (a finding's `message_template`) in `language`: each template in its translation when there is one,
 * else in English.
 */
export declare function formatMessage(message: MessageTemplate, language?: Language): string;

/** Whether `message` and every message among its values have a translation into `language`. */
export declare function isTranslated(message: MessageTemplate, language: Language): boolean;
