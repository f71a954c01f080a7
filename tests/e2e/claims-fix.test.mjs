// The editor's one-click fixes (www/claims-fix.js) on claims the checker really read: `node --test tests/e2e/`.

import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, finalPeriodEdit, renumberEdits } from '../../www/claims-fix.js';
import { loadChecker } from './wasm-node.mjs';

let checker;
before(async () => {
  checker = await loadChecker();
});

const claimsOf = (text) => checker.check([{ name: 'claims.txt', text }], {}).documents[0].claim_sets[0].claims;
const rulesOf = (text) => checker.check([{ name: 'claims.txt', text }], {}).findings.map((f) => f.rule);
const renumber = (text) => {
  const edits = renumberEdits(text, claimsOf(text));
  return edits === null ? null : applyEdits(text, edits);
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
});

test('a duplicated number: later claims refer to the last claim of that number before them', () => {
  const text = '1. A lever.\n2. The lever of claim 1, being red.\n2. The lever of claim 2, being long.\n3. The lever of claim 2, being heavy.\n';
  assert.equal(
    renumber(text),
    '1. A lever.\n2. The lever of claim 1, being red.\n3. The lever of claim 2, being long.\n4. The lever of claim 3, being heavy.\n',
  );
  assert.deepEqual(rulesOf(renumber(text)).filter((r) => r.startsWith('claims/num')), []);
});

test('labels of every form keep their form; full-width digits stay full-width', () => {
  assert.equal(
    renumber('【請求項１】\nレバー。\n【請求項３】\n請求項１に記載のレバー。\n【請求項５】請求項１又は３に記載のレバー。\n'),
    '【請求項１】\nレバー。\n【請求項２】\n請求項１に記載のレバー。\n【請求項３】請求項１又は２に記載のレバー。\n',
  );
  assert.equal(
    renumber('Claim 1. A lever.\nClaim 4. The lever of claim 1.\nClaim 5. The lever of claim 4.\n'),
    'Claim 1. A lever.\nClaim 2. The lever of claim 1.\nClaim 3. The lever of claim 2.\n',
  );
  assert.equal(renumber('1. 一种杠杆。\n3. 根据权利要求1所述的杠杆。\n4. 根据权利要求1或3所述的杠杆。\n'), '1. 一种杠杆。\n2. 根据权利要求1所述的杠杆。\n3. 根据权利要求1或2所述的杠杆。\n');
  assert.equal(renumber('【청구항 1】 레버.\n【청구항 3】 제1항에 있어서, 레버.\n【청구항 4】 제3항에 있어서, 레버.\n'), '【청구항 1】 레버.\n【청구항 2】 제1항에 있어서, 레버.\n【청구항 3】 제2항에 있어서, 레버.\n');
});

test('a range whose claims would no longer be a run of numbers is not renumbered', () => {
  // Claims written 1, 3, 2: "claims 1 to 3" would have to become "1, 3 and 2".
  const text = '1. A lever.\n3. The lever of claim 1.\n2. The lever of claim 1.\n4. The lever of any one of claims 1 to 3.\n';
  assert.equal(renumberEdits(text, claimsOf(text)), null);
});

test('claims already numbered 1..N give no edits', () => {
  const text = '1. A lever.\n2. The lever of claim 1.\n';
  assert.deepEqual(renumberEdits(text, claimsOf(text)), []);
});

test('the final period goes after the last character of the claim, on its last line', () => {
  const text = '1. A lever comprising:\n   a handle; and\n   a pivot\n\n2. The lever of claim 1, being red.\n';
  const [first] = claimsOf(text);
  const fixed = applyEdits(text, [finalPeriodEdit(text, first)]);
  assert.equal(fixed, '1. A lever comprising:\n   a handle; and\n   a pivot.\n\n2. The lever of claim 1, being red.\n');
  assert.ok(!rulesOf(fixed).includes('claims/final-period-missing'));
});

test('a fix is refused when the text no longer holds the claims as read', () => {
  const text = '1. A lever\n3. The lever of claim 1.\n';
  const claims = claimsOf(text);
  const changed = '1. A crowbar\n3. The lever of claim 1.\n';
  assert.equal(finalPeriodEdit(changed, claims[0]), null);
  assert.equal(renumberEdits(changed, claims), null);
});
