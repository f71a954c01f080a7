// The fixes findings carry (made by the rules in Rust, src/report/mod.rs `Fix`), applied in JavaScript by
// www/claims-fix.js as the page applies them, on claims the checker really read: `node --test tests/e2e/`.

import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits } from '../../www/claims-fix.js';
import { loadChecker } from './wasm-node.mjs';

const PERIOD = 'claims/final-period-missing';
const NUMBERING = new Set(['claims/numbering-not-consecutive', 'claims/number-duplicated']);

let checker;
before(async () => {
  checker = await loadChecker();
});

const findingsOf = (text, name = 'claims.txt') => checker.check([{ name, text }], {}).findings;
const rulesOf = (text) => findingsOf(text).map((f) => f.rule);
/** The renumbering fix the numbering findings of `text` offer, or null. */
const renumberFix = (text) => findingsOf(text).find((f) => NUMBERING.has(f.rule) && f.fix)?.fix ?? null;
const renumber = (text) => {
  const fix = renumberFix(text);
  return fix === null ? null : applyEdits(text, fix.edits);
};

test('renumbering closes gaps and follows every reference, and nothing else', () => {
  const text = `What is claimed is:

1. A lever comprising a handle of 3 mm.
3. The lever of claim 1, wherein the handle is red.
4. The lever of claim 1 or 3, wherein
   the handle is 12 cm long and
   made of steel grade 4 with 2 bolts.
7. The lever of any one of claims 3 to 4, being light.
`;
  assert.equal(
    renumber(text),
    `What is claimed is:

1. A lever comprising a handle of 3 mm.
2. The lever of claim 1, wherein the handle is red.
3. The lever of claim 1 or 2, wherein
   the handle is 12 cm long and
   made of steel grade 4 with 2 bolts.
4. The lever of any one of claims 2 to 3, being light.
`,
  );
  assert.ok(!rulesOf(renumber(text)).includes('claims/numbering-not-consecutive'));
  const fix = renumberFix(text);
  assert.equal(fix.safe, true);
  assert.equal(fix.description, 'Renumber claims as 1 to 4, with their references');
  assert.deepEqual(fix.description_template, { id: 'renumber', args: { count: '4' } });
});

test('a duplicated number: later claims refer to the last claim of that number before them (an unsafe fix)', () => {
  const text =
    '1. A lever.\n2. The lever of claim 1, being red.\n2. The lever of claim 2, being long.\n3. The lever of claim 2, being heavy.\n';
  assert.equal(
    renumber(text),
    '1. A lever.\n2. The lever of claim 1, being red.\n3. The lever of claim 2, being long.\n4. The lever of claim 3, being heavy.\n',
  );
  assert.equal(renumberFix(text).safe, false);
  assert.deepEqual(
    rulesOf(renumber(text)).filter((r) => r.startsWith('claims/num')),
    [],
  );
});

test('labels of every form keep their form; full-width digits stay full-width; edits count UTF-16 code units', () => {
  assert.equal(
    renumber(
      '【請求項１】\nレバー。\n【請求項３】\n請求項１に記載のレバー。\n【請求項５】請求項１又は３に記載のレバー。\n',
    ),
    '【請求項１】\nレバー。\n【請求項２】\n請求項１に記載のレバー。\n【請求項３】請求項１又は２に記載のレバー。\n',
  );
  assert.equal(
    renumber('Claim 1. A lever.\nClaim 4. The lever of claim 1.\nClaim 5. The lever of claim 4.\n'),
    'Claim 1. A lever.\nClaim 2. The lever of claim 1.\nClaim 3. The lever of claim 2.\n',
  );
  assert.equal(
    renumber('1. 一种杠杆。\n3. 根据权利要求1所述的杠杆。\n4. 根据权利要求1或3所述的杠杆。\n'),
    '1. 一种杠杆。\n2. 根据权利要求1所述的杠杆。\n3. 根据权利要求1或2所述的杠杆。\n',
  );
  assert.equal(
    renumber('【청구항 1】 레버.\n【청구항 3】 제1항에 있어서, 레버.\n【청구항 4】 제3항에 있어서, 레버.\n'),
    '【청구항 1】 레버.\n【청구항 2】 제1항에 있어서, 레버.\n【청구항 3】 제2항에 있어서, 레버.\n',
  );
  assert.equal(
    renumber(
      '1. 𠀋の装置。\r\n3. 装置𠀋𠀋を有する、請求項1に記載の装置。\r\n4. 装置𠀋を有する、請求項3に記載の装置。\r\n',
    ),
    '1. 𠀋の装置。\r\n2. 装置𠀋𠀋を有する、請求項1に記載の装置。\r\n3. 装置𠀋を有する、請求項2に記載の装置。\r\n',
  );
});

test('a range whose claims would no longer be a run of numbers offers no fix', () => {
  // Claims written 1, 3, 2: "claims 1 to 3" would have to become "1, 3 and 2".
  const text =
    '1. A lever.\n3. The lever of claim 1.\n2. The lever of claim 1.\n4. The lever of any one of claims 1 to 3.\n';
  assert.ok(rulesOf(text).includes('claims/numbering-not-consecutive'));
  assert.equal(renumberFix(text), null);
});

test('the final period goes after the last character of the claim, on its last line', () => {
  const text = '1. A lever comprising:\n   a handle; and\n   a pivot\n\n2. The lever of claim 1, being red.\n';
  const { fix } = findingsOf(text).find((f) => f.rule === PERIOD);
  assert.deepEqual(fix.edits, [
    { start: text.indexOf(' pivot') + 6, end: text.indexOf(' pivot') + 6, replacement: '.' },
  ]);
  const fixed = applyEdits(text, fix.edits);
  assert.equal(fixed, '1. A lever comprising:\n   a handle; and\n   a pivot.\n\n2. The lever of claim 1, being red.\n');
  assert.ok(!rulesOf(fixed).includes(PERIOD));
});

test('edits that do not fit the text are refused', () => {
  const text = '1. A lever\n3. The lever of claim 1.\n';
  const { fix } = findingsOf(text).find((f) => f.rule === PERIOD);
  assert.equal(applyEdits('1. A', fix.edits), null);
  assert.equal(
    applyEdits(text, [
      { start: 3, end: 5, replacement: 'x' },
      { start: 4, end: 6, replacement: 'y' },
    ]),
    null,
  );
});

test('claims read from anything but plain text carry no fix', () => {
  const xml =
    '<?xml version="1.0"?><claims><claim id="c1" num="1"><claim-text>A lever</claim-text></claim><claim id="c3" num="3"><claim-text>The lever of claim 1.</claim-text></claim></claims>';
  const findings = findingsOf(xml, 'claims.xml');
  assert.ok(
    findings.some((f) => f.rule === PERIOD),
    findings.map((f) => f.rule).join(', '),
  );
  assert.ok(findings.every((f) => f.fix === undefined));
});
