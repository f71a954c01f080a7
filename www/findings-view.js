// The findings list, grouped for reading at a glance, in cards as finding-cards.js groups them (the npm package's
// element groups them the same way). Here:
//   - a card shows its rule, its document, its places with a count, and its offices by severity;
//   - a place shows where it is and the words concerned, once, then each finding (severity, offices, message,
//     citations, actions) as findings-panel.js draws it;
//   - the cards come in tiers, what blocks filing first.
// Filters (office, severity, document, rule family) choose the findings; the cards are built from what passes.

import { el } from './dom.js';
import { SEVERITIES, officesBySeverity, tiers } from './finding-cards.js';
import { formatNumber, ruleSummary, summaryIsEnglish, t } from './i18n.js';

/** The places a card shows before "Show n more places". */
const PLACES_SHOWN = 3;

/** A rule's family: the part of its id before the slash (claims, description, drawings, …). */
export function familyOf(rule) {
  return rule.slice(0, rule.indexOf('/'));
}

/** The filter the user chose; empty values let everything through. */
export const NO_FILTER = Object.freeze({ office: '', severity: '', file: '', family: '' });

/** Whether a finding passes the filter; the severity filter is a threshold (errors, or errors and warnings). */
export function passes(filter, finding) {
  return (
    (!filter.office || finding.offices.includes(filter.office)) &&
    (!filter.severity || SEVERITIES.indexOf(finding.severity) <= SEVERITIES.indexOf(filter.severity)) &&
    (!filter.file || finding.file === filter.file) &&
    (!filter.family || familyOf(finding.rule) === filter.family)
  );
}

/** What must be fixed before filing at each office: the places where it would object (open errors naming it). */
export function blockingByOffice(findings, offices) {
  return offices.map((office) => ({
    office,
    errors: findings.filter((f) => f.severity === 'error' && f.offices.includes(office)).length,
  }));
}

/**
 * The rules that would make an office object, each once across documents: its files, its offices, its places.
 * In the report's order, which is the documents' and then the places'.
 */
export function blockingRules(findings, offices) {
  const rules = new Map();
  for (const finding of findings) {
    if (finding.severity !== 'error') continue;
    if (!rules.has(finding.rule))
      rules.set(finding.rule, { rule: finding.rule, files: new Set(), offices: new Set(), places: 0 });
    const entry = rules.get(finding.rule);
    entry.files.add(finding.file);
    for (const office of finding.offices) entry.offices.add(office);
    entry.places += 1;
  }
  return [...rules.values()].map((entry) => ({
    ...entry,
    files: [...entry.files],
    offices: offices.filter((office) => entry.offices.has(office)),
  }));
}

/**
 * The list: a section per tier (errors, warnings, infos), each a list of cards. `view` draws what depends on the
 * page: `item(entry)` a finding, `where(location)` a place, `fileLabel(file)` a document's name, `rule(id)` the
 * catalogue's entry, `offices` the report's offices in order.
 */
export function renderTiers(cards, view) {
  return tiers(cards).map(({ severity, cards: tier }) => {
    const open = tier.filter((card) => card.open.length);
    const id = `tier-${severity}`;
    return el(
      'section',
      {
        class: `finding-tier${open.length ? '' : ' all-accepted'}`,
        dataset: { tier: severity },
        'aria-labelledby': id,
      },
      el('h4', { id }, t(`tier.${severity}`), ' ', el('span', { class: 'muted' }, t('tier.count', { n: open.length }))),
      el(
        'ol',
        { class: 'rule-cards' },
        tier.map((card) => renderCard(card, view)),
      ),
    );
  });
}

function renderCard(card, view) {
  const rule = view.rule(card.rule);
  const openPlaces = card.places.filter((place) => place.entries.some((entry) => !entry.acceptance)).length;
  const places = card.places.map((place, i) => renderPlace(place, view, i >= PLACES_SHOWN));
  const hidden = card.places.length - PLACES_SHOWN;
  const more =
    hidden > 0
      ? el(
          'button',
          {
            type: 'button',
            class: 'button subtle small more-places',
            'aria-expanded': 'false',
            onclick: (event) => {
              const button = event.currentTarget;
              const open = button.getAttribute('aria-expanded') !== 'true';
              for (const node of places.slice(PLACES_SHOWN)) node.hidden = !open;
              button.setAttribute('aria-expanded', String(open));
              button.textContent = open ? t('card.fewer') : t('card.more', { n: hidden });
            },
          },
          t('card.more', { n: hidden }),
        )
      : null;
  return el(
    'li',
    {
      class: `rule-card severity-${card.severity}${card.open.length ? '' : ' all-accepted'}`,
      dataset: { rule: card.rule, file: card.file, family: familyOf(card.rule), places: card.places.length },
    },
    el(
      'div',
      { class: 'card-head' },
      el('span', { class: `badge badge-${card.severity}` }, t(`severity.${card.severity}`)),
      ' ',
      el(
        'span',
        { class: 'summary-text', lang: summaryIsEnglish(card.rule) ? 'en' : null },
        ruleSummary(card.rule, rule?.summary),
      ),
      card.places.length > 1
        ? [' ', el('span', { class: 'card-count' }, t('card.places', { n: openPlaces || card.places.length }))]
        : null,
    ),
    el(
      'p',
      { class: 'card-facts' },
      el('span', { class: 'card-file' }, view.fileLabel(card.file)),
      el('code', { class: 'rule-id' }, card.rule),
      el(
        'span',
        { class: 'card-offices' },
        officesBySeverity(card.open.length ? card.open : card.places.flatMap((p) => p.entries), view.offices).map(
          ({ severity, offices }, i) => [i ? ' · ' : null, `${t(`severity.${severity}`)}: ${offices.join(', ')}`],
        ),
      ),
    ),
    el('ol', { class: 'place-list' }, places),
    more,
  );
}

function renderPlace(place, view, hidden) {
  const open = place.entries.some((entry) => !entry.acceptance);
  return el(
    'li',
    { class: `place${open ? '' : ' all-accepted'}`, dataset: { group: place.group }, hidden },
    el(
      'p',
      { class: 'place-where' },
      el('span', { class: 'where' }, view.where(place.location)),
      place.location.excerpt ? [' ', el('q', { class: 'excerpt' }, place.location.excerpt)] : null,
    ),
    el('ol', { class: 'finding-list' }, place.entries.map(view.item)),
  );
}

/** The filter's choices, from the report: its offices, its documents with findings, the rule families found. */
export function filterChoices(report) {
  const files = [...new Set(report.findings.map((f) => f.file))];
  const families = [...new Set(report.findings.map((f) => familyOf(f.rule)))].sort();
  return { offices: report.offices, files, families };
}

/** "n of m findings shown" when a filter hides some, else nothing. */
export function filterNote(shown, total) {
  return shown === total ? '' : t('filter.shown', { shown: formatNumber(shown), total: formatNumber(total) });
}
