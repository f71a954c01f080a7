// The rules' documentation at the foot of the page: each rule with its docs and its offices.

import { el } from './dom.js';
import { currentLanguage, ruleSummary, summaryIsEnglish, t } from './i18n.js';
import { renderMarkdown } from './markdown.js';
import { importModule } from './modules.js';
import { dom, state } from './state.js';

export function ruleAnchor(id) {
  return `rule-${id.replace(/[^a-z0-9]+/gi, '-')}`;
}

export function openRule(id) {
  const details = document.getElementById(ruleAnchor(id));
  if (details instanceof HTMLDetailsElement) details.open = true;
}

const MEASURED = '\n\n## Measured on real documents\n';

/**
 * The rules' documentation in each language, once loaded: rule id → Markdown. The build writes it beside the
 * modules, which leave it out: pkg/rule-docs.js in English (from the rules' doc comments, with what each gave on
 * real documents), pkg/rule-docs.<language>.js translated (from messages/docs/, which `patlint explain --language`
 * reads too, and whose tests keep each translation current with the English).
 * @type {Map<string, Map<string, string> | Promise<void>>}
 */
const docsByLanguage = new Map();

/** Each rule's documentation in `code`. */
async function loadDocs(code) {
  const docs = await importModule(code === 'en' ? './pkg/rule-docs.js' : `./pkg/rule-docs.${code}.js`);
  return new Map(Object.entries(docs.default));
}

/** The documentation in `code`, or null while it loads (then the rules are drawn again) or when there is none. */
function docsIn(code) {
  const known = docsByLanguage.get(code);
  if (known instanceof Map) return known;
  if (!known) {
    const loading = loadDocs(code).then(
      (docs) => {
        docsByLanguage.set(code, docs);
        if (code === 'en' || currentLanguage().code === code) renderRules();
      },
      // A failure is not kept: the next drawing of the rules asks again (translations fall back to English).
      () => {
        docsByLanguage.delete(code);
      },
    );
    docsByLanguage.set(code, loading);
  }
  return null;
}

/**
 * The rules, each a summary that opens on its documentation and offices. A rule's body is drawn when it is opened:
 * drawn for all 130 rules at once, it held the page's thread for 35 to 70 ms after the first report (BENCHMARKS.md),
 * and the documentation is fetched only then.
 */
export function renderRules() {
  if (!state.rules) return;
  const open = new Set([...dom.rules.querySelectorAll('details[open]')].map((d) => d.id));
  dom.rules.replaceChildren(
    ...state.rules.map((rule) => {
      const body = el('div', { class: 'rule-body' });
      const draw = () => body.replaceChildren(ruleDocsElement(rule), ruleOffices(rule.offices));
      const details = el(
        'details',
        {
          class: 'rule',
          id: ruleAnchor(rule.id),
          ontoggle: () => {
            if (details.open && !body.hasChildNodes()) draw();
          },
        },
        el(
          'summary',
          {},
          el('code', { class: 'rule-id' }, rule.id),
          el(
            'span',
            { class: 'rule-summary', lang: summaryIsEnglish(rule.id) ? 'en' : null },
            ruleSummary(rule.id, rule.summary),
          ),
        ),
        body,
      );
      // Open before: drawn again at once, in the language now chosen.
      if (open.has(details.id)) {
        details.open = true;
        draw();
      }
      return details;
    }),
  );
}

/** A rule's documentation in the current language when translated (with the measurement, which stays English,
 *  marked so, under a translated heading), else in English. */
function ruleDocsElement(rule) {
  const english = docsIn('en')?.get(rule.id) ?? '';
  const code = currentLanguage().code;
  const translated = code === 'en' ? null : docsIn(code)?.get(rule.id);
  if (!translated) {
    const lang = code === 'en' ? null : 'en';
    return el('div', { class: 'rule-docs', lang }, renderMarkdown(english, 1));
  }
  const at = english.indexOf(MEASURED);
  return el(
    'div',
    { class: 'rule-docs' },
    renderMarkdown(translated, 1),
    at < 0
      ? null
      : [
          renderMarkdown(`## ${t('rules.measured')}`, 1),
          el('div', { lang: 'en' }, renderMarkdown(english.slice(at + MEASURED.length), 1)),
        ],
  );
}

function ruleOffices(offices) {
  if (!offices?.length) return el('p', { class: 'muted' }, t('rules.noOffices'));
  return el(
    'table',
    { class: 'rule-offices' },
    el('caption', { class: 'visually-hidden' }, t('rules.tableCaption')),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        ['rules.office', 'rules.severity', 'rules.provision', 'rules.grade', 'rules.appliesFrom'].map((h) =>
          el('th', { scope: 'col' }, t(h)),
        ),
      ),
    ),
    el(
      'tbody',
      {},
      offices.map((p) =>
        el(
          'tr',
          {},
          el('th', { scope: 'row' }, p.office),
          el('td', {}, el('span', { class: `badge badge-${p.severity}` }, t(`severity.${p.severity}`))),
          el(
            'td',
            { lang: 'en' },
            p.citation.url
              ? el('a', { href: p.citation.url, rel: 'noopener noreferrer', target: '_blank' }, p.citation.text)
              : p.citation.text,
          ),
          el('td', {}, p.grade),
          el('td', {}, p.appliesFrom ?? '—'),
        ),
      ),
    ),
  );
}
