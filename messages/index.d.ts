import type { MessageTemplate } from '../pkg/patlint.js';

/** The languages messages are shown in. */
export declare const LANGUAGES: readonly ['en', 'ja', 'ko', 'zh'];

/** A language messages are shown in. */
export type Language = (typeof LANGUAGES)[number];

/** Loads the messages of `language`, if they are not loaded yet (English always is). */
export declare function loadLanguage(language: Language): Promise<void>;

/** Whether the messages of `language` are loaded. */
export declare function isLoaded(language: Language): boolean;

/**
 * A message (a finding's `message_template`: its id and values) in `language`, once `loadLanguage(language)` has
 * loaded it; in English before.
 */
export declare function formatMessage(message: MessageTemplate, language?: Language): string;

/** Whether `message` and every message among its values are in the loaded catalogue of `language`. */
export declare function isTranslated(message: MessageTemplate, language: Language): boolean;

/**
 * Writes the English text of every message in a result of the Wasm modules (each `message`, `description` and
 * `problem` from its `…_template`), which carry messages as data only. The package's functions do this already.
 */
export declare function writeEnglish<T>(result: T): T;
