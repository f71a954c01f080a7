// The rules' documentation at the foot of the page: each rule with its docs and its offices.

import { el } from './dom.js';
import { currentLanguage, ruleSummary, summaryIsEnglish, t } from './i18n.js';
import { renderMarkdown } from './markdown.js';
import { dom, state } from './state.js';

export function ruleAnchor(id) {
  return `rule-${id.replace(/[^a-z0-9]+/gi, '-')}`;
}

export function openRule(id) {
  const details = document.getElementById(ruleAnchor(id));
  if (details instanceof HTMLDetailsElement) details.open = true;
}

export function renderRules() {
  if (!state.rules) return;
  const open = new Set([...dom.rules.querySelectorAll('details[open]')].map((d) => d.id));
  const english = currentLanguage().code !== 'en' ? 'en' : null;
  dom.rules.replaceChildren(
    ...state.rules.map((rule) =>
      el(
        'details',
        { class: 'rule', id: ruleAnchor(rule.id), open: open.has(ruleAnchor(rule.id)) },
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
        el(
          'div',
          { class: 'rule-body' },
          el('div', { class: 'rule-docs', lang: english }, renderMarkdown(rule.docs ?? '', 1)),
          ruleOffices(rule.offices),
        ),
      ),
    ),
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
