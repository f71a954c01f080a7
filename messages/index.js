// Findings' messages in English, Japanese, Korean and Chinese.
//
// A finding carries its message as an English template with `{name}` placeholders and a value for each
// (`finding.message_template`, made by src/message.rs). The template is the key of the translations, which are kept
// per rule family beside this file; a value is text shown as it is (a number, words quoted from the document), a
// message of our own translated in turn (a term such as "left"), or a list joined with the language's words.
// Whatever has no translation is shown in English.

import assignment from './assignment.js';
import claims from './claims.js';
import common from './common.js';
import description from './description.js';
import drawingLabels from './drawing-labels.js';
import drawings from './drawings.js';
import input from './input.js';
import sequences from './sequences.js';

/** The catalogues by file, for the test that checks them against the source. */
export const CATALOGUES = {
  assignment,
  claims,
  common,
  description,
  'drawing-labels': drawingLabels,
  drawings,
  input,
  sequences,
};

const TRANSLATIONS = Object.assign({}, ...Object.values(CATALOGUES));

/** The languages messages are shown in. */
export const LANGUAGES = ['en', 'ja', 'ko', 'zh'];

// How each language joins the last two items of a list, and the others.
export const LIST_WORDS = {
  en: { separator: ', ', and: ' and ', or: ' or ' },
  ja: { separator: '、', and: '及び', or: '又は' },
  ko: { separator: ', ', and: ' 및 ', or: ' 또는 ' },
  zh: { separator: '、', and: '和', or: '或' },
};

/**
 * A message (`{ template, args }`, as in `finding.message_template`) in `language` (`en`, `ja`, `ko` or `zh`):
 * each template in its translation when there is one, else in English.
 */
export function formatMessage(message, language = 'en') {
  const template = translationOf(message.template, language) ?? message.template;
  return template.replace(/\{(\w+)\}/g, (whole, name) =>
    Object.hasOwn(message.args, name) ? formatArg(message.args[name], language) : whole,
  );
}

/** Whether `message` and every message among its values have a translation into `language`. */
export function isTranslated(message, language) {
  if (language === 'en') return true;
  if (translationOf(message.template, language) === undefined) return false;
  return Object.values(message.args).every(function translated(arg) {
    if (typeof arg === 'string') return true;
    if (Array.isArray(arg.list)) return arg.list.every(translated);
    return isTranslated(arg, language);
  });
}

function translationOf(template, language) {
  return language === 'en' ? undefined : TRANSLATIONS[template]?.[language];
}

function formatArg(arg, language) {
  if (typeof arg === 'string') return arg;
  if (Array.isArray(arg.list)) {
    const items = arg.list.map((item) => formatArg(item, language));
    const words = LIST_WORDS[language] ?? LIST_WORDS.en;
    if (items.length < 2) return items.join('');
    return items.slice(0, -1).join(words.separator) + (words[arg.join] ?? words.and) + items[items.length - 1];
  }
  return formatMessage(arg, language);
}
