// The page's languages. Each catalog (i18n/<lang>.js) holds the interface's strings and the rules' one-line
// summaries, keyed by rule id; a string missing from a catalog falls back to English, a rule missing from it to
// the English summary the checker gives. Findings' messages are shown in a language by messages/index.js (the
// package's messages/, copied by the build), which loads that language's catalogue (messages/<language>.ftl) when
// it is first chosen. The rules' documentation is translated in messages/docs/, which the build writes to
// pkg/rule-docs.<language>.js (rules-view.js loads it when the rules are shown in a language).
//
// A string is text with {name} placeholders, or a function of the parameters (for plurals).

import en from './i18n/en.js';
import { importModule } from './modules.js';

/**
 * The page's languages, as the menu names them. English's strings come with this module (every other language falls
 * back to them); another's (i18n/<code>.js) load when it is first chosen, off the first report's path.
 */
export const LANGUAGES = [
  { code: 'en', htmlLang: 'en', name: 'English' },
  { code: 'ja', htmlLang: 'ja', name: '日本語' },
  { code: 'ko', htmlLang: 'ko', name: '한국어' },
  { code: 'zh', htmlLang: 'zh-Hans', name: '简体中文' },
];
const STORAGE_KEY = 'patlint.language';

/** @typedef {typeof LANGUAGES[number] & typeof en} Language */

/** @type {Language} */
let current = { ...LANGUAGES[0], ...en };

/** Each language's strings once loaded, or loading. @type {Map<string, Promise<Language>>} */
const catalogs = new Map([['en', Promise.resolve(current)]]);

function catalogOf(code) {
  const language = LANGUAGES.find((l) => l.code === code) ?? LANGUAGES[0];
  let catalog = catalogs.get(language.code);
  if (!catalog) {
    catalog = importModule(`./i18n/${language.code}.js`).then(
      (module) => ({ ...language, ...module.default }),
      (error) => {
        catalogs.delete(language.code);
        throw error;
      },
    );
    catalogs.set(language.code, catalog);
  }
  return catalog;
}

/** The language chosen before, or the browser's, or English. */
export function initialLanguage() {
  const stored = readStorage(STORAGE_KEY);
  if (LANGUAGES.some((l) => l.code === stored)) return stored;
  for (const tag of navigator.languages?.length ? navigator.languages : [navigator.language ?? 'en']) {
    const primary = String(tag).toLowerCase().split('-')[0];
    const match = LANGUAGES.find((l) => l.code === primary);
    if (match) return match.code;
  }
  return 'en';
}

export function currentLanguage() {
  return current;
}

/** The number of languages asked for: only the last one asked is switched to, whichever loads last. */
let asked = 0;

/**
 * Switches the interface to `code` once its strings are in, remembers the choice and translates the page's fixed
 * text. Resolves false, the language unchanged, when another language was asked for meanwhile; rejects, the
 * language unchanged, when the strings cannot be loaded.
 */
export async function setLanguage(code, { remember = true } = {}) {
  const ask = ++asked;
  const catalog = await catalogOf(code);
  if (ask !== asked) return false;
  current = catalog;
  document.documentElement.lang = current.htmlLang;
  if (remember) writeStorage(STORAGE_KEY, current.code);
  translateStatic(document);
  return true;
}

/** The string `key` in the current language. */
export function t(key, params = {}) {
  const value = current.strings[key] ?? en.strings[key];
  if (value === undefined) return key;
  if (typeof value === 'function') return value(params);
  return value.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** A rule's one-line summary in the current language; `english` (from the checker) when the catalog has none. */
export function ruleSummary(id, english) {
  const translated = current.rules?.[id];
  if (translated) return translated;
  const text = english ?? id;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

let messages = null;

/** Loads the translations of findings' messages, unless the page is in English or they are loaded. */
export async function loadMessages() {
  if (current.code === 'en') return;
  messages ??= await import('./messages/index.js');
  await messages.loadLanguage(current.code);
}

/**
 * A finding's message (`message_template`, with the English `message`) in the current language: `{ text, english }`,
 * `english` when some of it has no translation yet (or the translations are still loading).
 */
export function localMessage(template, english) {
  if (current.code === 'en') return { text: english, english: false };
  if (!messages?.isLoaded(current.code) || !template) return { text: english, english: true };
  return {
    text: messages.formatMessage(template, current.code),
    english: !messages.isTranslated(template, current.code),
  };
}

/** Whether a rule's summary is shown in English although the page is not. */
export function summaryIsEnglish(id) {
  return current.code !== 'en' && !current.rules?.[id];
}

/**
 * Sets the text of every element with `data-i18n="key"`, and the attributes named in
 * `data-i18n-attr="attribute:key attribute:key"`.
 */
export function translateStatic(root) {
  for (const node of root.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of root.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of node.dataset.i18nAttr.split(/\s+/).filter(Boolean)) {
      const [attribute, key] = pair.split(':');
      node.setAttribute(attribute, t(key));
    }
  }
  document.title = t('page.title');
}

/**
 * Formats a count with the current language's digit grouping. Below 1000 no language here groups digits, and
 * making an Intl formatter costs milliseconds the first report should not wait for.
 */
let numberFormat = null;
export function formatNumber(n) {
  if (Math.abs(n) < 1000) return String(n);
  if (numberFormat?.lang !== current.htmlLang)
    numberFormat = { lang: current.htmlLang, format: new Intl.NumberFormat(current.htmlLang) };
  return numberFormat.format.format(n);
}

/** Joins items as a list: "1, 2 or 3" (`or`) or "1, 2 and 3" (`and`), with the catalog's words. */
export function formatList(items, kind = 'and') {
  const words = items.map(String);
  if (words.length < 2) return words.join('');
  return `${words.slice(0, -1).join(t('list.separator'))}${t(`list.${kind}`)}${words[words.length - 1]}`;
}

function readStorage(key) {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function writeStorage(key, value) {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage may be off (private windows, policies); the choice then lasts for this visit.
  }
}

// A page opened in another language asks for its strings now, while the rest of the page's modules load: app.js
// waits for them before it draws anything.
const initial = initialLanguage();
if (initial !== 'en') catalogOf(initial).catch(() => {});
