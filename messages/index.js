// Findings' messages in English, Japanese, Korean and Chinese, from the catalogues in Project Fluent's format
// (messages/<language>.ftl) rendered with @fluent/bundle.
//
// A finding carries its message as data, `{ id, args }` (`finding.message_template`, made by src/message.rs): the id
// of a message in the catalogues, and its values. A value is text shown as it is (a number, words quoted from the
// document), a message of our own shown in the same language in turn (a term such as "the EPO"), or a list joined with
// the language's words. A value named `count` is a number, which a message may choose its words by (plurals).
// The Wasm modules carry no text: `writeEnglish` writes a report's English messages, which the package's `check`
// and the page do on every report. English is built in; `loadLanguage` loads another.

import { FluentBundle, FluentNumber, FluentResource } from '../pkg/messages/fluent-bundle.js';
import english from '../pkg/messages/en.js';

/** The languages messages are shown in. */
export const LANGUAGES = ['en', 'ja', 'ko', 'zh'];

const SOURCES = {
  ja: () => import('../pkg/messages/ja.js'),
  ko: () => import('../pkg/messages/ko.js'),
  zh: () => import('../pkg/messages/zh.js'),
};

/** The catalogues loaded, by language; and those loading, so that each is fetched and parsed once. */
const bundles = { en: bundleOf('en', english) };
const loading = {};

/**
 * A count: a number to plural variants, written as the native renderer writes it, in plain digits. Not through
 * Intl.NumberFormat, whose first use in a worker takes 20–40 ms (measured in Chromium): a report's first count
 * would wait for it.
 */
class Count extends FluentNumber {
  toString() {
    return String(this.value);
  }
}

function bundleOf(language, source) {
  // Values are shown as they are: no Unicode isolation marks around them.
  const bundle = new FluentBundle(language, { useIsolating: false });
  const errors = bundle.addResource(new FluentResource(source));
  if (errors.length > 0) throw new Error(`messages/${language}.ftl: ${errors[0].message}`);
  return bundle;
}

/** Loads the messages of `language` (`en`, `ja`, `ko` or `zh`), if they are not loaded yet. */
export function loadLanguage(language) {
  if (bundles[language]) return Promise.resolve();
  if (!Object.hasOwn(SOURCES, language)) {
    return Promise.reject(new Error(`no messages in ${language} (${LANGUAGES.join(', ')})`));
  }
  loading[language] ??= SOURCES[language]().then(
    (module) => {
      bundles[language] = bundleOf(language, module.default);
    },
    (error) => {
      // Not kept: the next call tries again (the network may be back).
      delete loading[language];
      throw error;
    },
  );
  return loading[language];
}

/** Whether the messages of `language` are loaded (English always is). */
export const isLoaded = (language) => Object.hasOwn(bundles, language);

/**
 * A message (`{ id, args }`, as in `finding.message_template`) in `language`, once `loadLanguage(language)` has
 * loaded it; in English before, and for an id the language lacks.
 */
export function formatMessage(message, language = 'en') {
  const bundle = bundles[language] ?? bundles.en;
  const args = {};
  for (const [name, value] of Object.entries(message.args)) {
    const count = name === 'count' && /^\d+$/.test(value) ? Number(value) : Number.NaN;
    args[name] = Number.isFinite(count) ? new Count(count) : formatArg(value, language);
  }
  return text(bundle, message.id, args, language);
}

/** Whether `message` and every message among its values are in the catalogue of `language`. */
export function isTranslated(message, language) {
  const bundle = bundles[language];
  if (!bundle?.hasMessage(message.id)) return false;
  return Object.values(message.args).every(function translated(arg) {
    if (typeof arg === 'string') return true;
    if (Array.isArray(arg.list)) return arg.list.every(translated);
    return isTranslated(arg, language);
  });
}

/**
 * Writes the English text of every message in a result of the Wasm modules (a report, a number check, an error),
 * which carry messages as data only: each `message`, `description` and `problem` from its `…_template`. Returns
 * the result.
 */
export function writeEnglish(result) {
  // Where messages are, and only there: a large filing's report is megabytes of documents without any.
  // tests/messages/ checks this list against the report's schema.
  write(result, 'problem');
  write(result, 'message');
  for (const finding of result.findings ?? []) {
    write(finding, 'message');
    write(finding.fix, 'description');
  }
  for (const assignment of (result.documents ?? []).flatMap((document) => document.assignments ?? [])) {
    for (const office of assignment.readiness) {
      for (const item of [...office.missing, ...office.to_check]) write(item, 'message');
    }
  }
  return result;
}

/** `holder[key]` in English from `holder[key + '_template']`, when it has one. */
function write(holder, key) {
  const template = holder?.[`${key}_template`];
  if (template) holder[key] = formatMessage(template);
}

function formatArg(arg, language) {
  if (typeof arg === 'string') return arg;
  if (Array.isArray(arg.list)) {
    const items = arg.list.map((item) => formatArg(item, language));
    const bundle = bundles[language] ?? bundles.en;
    const word = (id) => text(bundle, id, {}, language);
    if (items.length < 2) return items.join('');
    return items.slice(0, -1).join(word('list-separator')) + word(`list-${arg.join}`) + items[items.length - 1];
  }
  return formatMessage(arg, language);
}

function text(bundle, id, args, language) {
  const message = bundle.getMessage(id);
  if (!message?.value) return language === 'en' ? id : text(bundles.en, id, args, 'en');
  // A value the message lacks is shown as its name, `{$name}`, rather than failing the whole report (tests/messages/
  // checks every call's names against the catalogues).
  return bundle.formatPattern(message.value, args, []);
}
