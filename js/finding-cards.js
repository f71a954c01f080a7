// One grouping of findings into cards for <patlint-check> (element.js) and patlint's page, which gets a copy of this
// file (scripts/build-wasm.sh; edit it here). The report gives each finding a `group`, rule@file#place, shared by the
// findings of one rule at one place whatever their severity and offices. Here:
//   - a card is one rule in one document, its places (groups) in the order of the document;
//   - its severity is the worst of its open (not accepted) findings, so what blocks filing comes first;
//   - cards come in tiers by severity, each tier in the report's order.
// No DOM and no words: each view draws the cards its own way.

/** @typedef {import('../pkg/patlint.js').Finding} Finding */
/** @typedef {import('../pkg/patlint.js').Severity} Severity */
/** @typedef {{ finding: Finding, index: number, acceptance?: unknown }} Entry A finding, its index in the report. */
/** @typedef {{ group: string, entries: Entry[], location: Finding['location'] }} Place */
/** @typedef {{ rule: string, file: string, first: number, places: Place[], severity: Severity, open: Entry[] }} Card */

/** @type {Severity[]} */
export const SEVERITIES = ['error', 'warning', 'info'];

/**
 * The cards of the entries ({ finding, index, acceptance }), each with its places in the order of the document (claim,
 * sheet, position), and its severity: the worst of its open findings, or of all of them when every one is accepted.
 * @param {Entry[]} entries
 * @returns {Card[]}
 */
export function cardsOf(entries) {
  const cards = new Map();
  for (const entry of entries) {
    const { rule, file } = entry.finding;
    const key = `${rule}@${file}`;
    if (!cards.has(key)) cards.set(key, { key, rule, file, first: entry.index, places: new Map() });
    const places = cards.get(key).places;
    const group = entry.finding.group ?? key;
    if (!places.has(group)) places.set(group, []);
    places.get(group).push(entry);
  }
  return [...cards.values()].map((card) => {
    /** @type {Entry[]} */
    const all = [...card.places.values()].flat();
    const open = all.filter((entry) => !entry.acceptance);
    return {
      ...card,
      places: [...card.places]
        .map(([group, list]) => ({ group, entries: list, location: list[0].finding.location }))
        .sort(byPlace),
      severity: worst(open.length ? open : all),
      open,
    };
  });
}

/** @param {Place} a @param {Place} b */
function byPlace(a, b) {
  const la = a.location;
  const lb = b.location;
  return (
    (la.claim ?? -1) - (lb.claim ?? -1) ||
    (la.sheet ?? -1) - (lb.sheet ?? -1) ||
    (la.sequence ?? -1) - (lb.sequence ?? -1) ||
    (la.page ?? -1) - (lb.page ?? -1) ||
    (la.paragraph ?? -1) - (lb.paragraph ?? -1) ||
    (la.span?.start ?? -1) - (lb.span?.start ?? -1)
  );
}

/** @param {Entry[]} entries @returns {Severity} */
function worst(entries) {
  return SEVERITIES.find((severity) => entries.some((entry) => entry.finding.severity === severity)) ?? 'info';
}

/**
 * The cards of each severity, errors first, each tier in the order of its cards' first findings; no empty tier.
 * @param {Card[]} cards
 */
export function tiers(cards) {
  return SEVERITIES.map((severity) => ({
    severity,
    cards: cards.filter((card) => card.severity === severity).sort((a, b) => a.first - b.first),
  })).filter((tier) => tier.cards.length);
}

/**
 * For each severity among the entries, the offices concerned, in the order of `offices`.
 * @param {Entry[]} entries
 * @param {Finding['offices']} offices
 */
export function officesBySeverity(entries, offices) {
  return SEVERITIES.map((severity) => {
    const concerned = new Set(entries.filter((e) => e.finding.severity === severity).flatMap((e) => e.finding.offices));
    return { severity, offices: offices.filter((office) => concerned.has(office)) };
  }).filter((row) => row.offices.length);
}
