// The grouping of findings into cards that <patlint-check> (groupReport) and the page share, js/finding-cards.js,
// on made-up findings that show each of its rules at once. The page's use of it, on real reports, is tested by
// tests/e2e/findings-view.test.mjs; the element's, in Chromium, by element.test.mjs.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupReport } from '../../js/element.js';
import { cardsOf, tiers } from '../../js/finding-cards.js';

const OFFICES = ['US', 'EP', 'JP', 'WO'];

/** A finding of `rule` in `file` at claim `claim` (its group), with only what the grouping reads and the message. */
function finding(rule, file, claim, severity, offices) {
  const group = `${rule}@${file}#claim=${claim}`;
  return { rule, file, severity, offices, group, location: { claim }, message: `${rule} at ${claim}` };
}

const FINDINGS = [
  finding('claims/final-period-missing', 'a.txt', 5, 'warning', ['JP']),
  finding('claims/final-period-missing', 'a.txt', 2, 'warning', ['JP']),
  // One place, two findings: an error at US and EP, a warning at WO.
  finding('claims/dependency-target-missing', 'a.txt', 3, 'error', ['US', 'EP']),
  finding('claims/dependency-target-missing', 'a.txt', 3, 'warning', ['WO']),
  // US objects at claim 3 and only warns at claim 7: it is named under both severities.
  finding('claims/dependency-target-missing', 'a.txt', 7, 'warning', ['US']),
  finding('claims/final-period-missing', 'b.txt', 1, 'info', ['EP']),
];

test('groupReport: a card per rule and document, errors first, its places in the order of the document', () => {
  const cards = groupReport({ offices: OFFICES, findings: FINDINGS });
  assert.deepEqual(
    cards.map((card) => ({
      ...card,
      places: card.places.map((place) => place.map((f) => `${f.location.claim} ${f.severity}`)),
    })),
    [
      {
        rule: 'claims/dependency-target-missing',
        file: 'a.txt',
        severity: 'error',
        offices: [
          { severity: 'error', offices: ['US', 'EP'] },
          { severity: 'warning', offices: ['US', 'WO'] },
        ],
        places: [['3 error', '3 warning'], ['7 warning']],
      },
      {
        rule: 'claims/final-period-missing',
        file: 'a.txt',
        severity: 'warning',
        offices: [{ severity: 'warning', offices: ['JP'] }],
        places: [['2 warning'], ['5 warning']],
      },
      {
        rule: 'claims/final-period-missing',
        file: 'b.txt',
        severity: 'info',
        offices: [{ severity: 'info', offices: ['EP'] }],
        places: [['1 info']],
      },
    ],
  );
});

test("cardsOf: a card's severity is its worst open finding's, or its worst finding's when all are accepted", () => {
  const entries = FINDINGS.map((f, index) => ({ finding: f, index, acceptance: null }));
  // The page lets a user accept warnings and infos: here every finding of a.txt's missing periods, and the error.
  const accept = (index) => Object.assign(entries[index], { acceptance: { reason: 'checked' } });
  for (const index of [0, 1, 2]) accept(index);
  const cards = cardsOf(entries);
  assert.deepEqual(
    cards.map((card) => [card.rule, card.file, card.severity, card.open.map((entry) => entry.index)]),
    [
      ['claims/final-period-missing', 'a.txt', 'warning', []],
      ['claims/dependency-target-missing', 'a.txt', 'warning', [3, 4]],
      ['claims/final-period-missing', 'b.txt', 'info', [5]],
    ],
  );
  // Tiers by that severity, each in the order of its cards' first findings; no empty tier.
  assert.deepEqual(
    tiers(cards).map(({ severity, cards: tier }) => [severity, tier.map((card) => `${card.rule}@${card.file}`)]),
    [
      ['warning', ['claims/final-period-missing@a.txt', 'claims/dependency-target-missing@a.txt']],
      ['info', ['claims/final-period-missing@b.txt']],
    ],
  );
});
