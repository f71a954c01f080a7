// One-click fixes of the editor's claims and the dependency tree, in the page. `node --test tests/e2e/`.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SCREENSHOTS, afterRecheck, finding, shownRules, startEnvironment, typeClaims, withPage } from './harness.mjs';

const PERIOD = 'claims/final-period-missing';
const GAP = 'claims/numbering-not-consecutive';
const DUPLICATE = 'claims/number-duplicated';

const UNFINISHED = `1. A lamp comprising a base, a stem and a shade
3. The lamp of claim 1, wherein the base is made of cast iron.
3. The lamp of claim 3, wherein the stem is telescopic.
6. The lamp of claim 1 or 3, wherein the shade is made of linen.
`;

let env;
before(async () => {
  env = await startEnvironment();
});
after(async () => {
  await env?.close();
});

test('"Add the final period" and "Renumber claims" fix the editor and re-check at once', async () => {
  await withPage(env, async ({ page, problems }) => {
    await typeClaims(page, UNFINISHED);
    const rules = await shownRules(page);
    for (const rule of [PERIOD, GAP, DUPLICATE]) assert.ok(rules.includes(rule), `${rule} in ${rules.join(', ')}`);
    // Only these findings offer a fix (the fix their rules put on them), each fix once: both numbering rules carry
    // the same renumbering, offered at the first of them. It guesses which claim 2 a reference means, and says so.
    const fixable = await page
      .locator('#findings .finding:has(.fix)')
      .evaluateAll((items) => [...new Set(items.map((i) => i.dataset.rule))].sort());
    assert.deepEqual(fixable, [DUPLICATE, PERIOD].sort());
    assert.equal(await page.locator('#findings .fix', { hasText: 'Renumber claims' }).count(), 1);
    assert.equal(await finding(page, DUPLICATE).locator('.fix').getAttribute('data-safe'), 'false');
    assert.match(await finding(page, DUPLICATE).locator('.fix-note').innerText(), /^Check the result/);
    assert.equal(await finding(page, PERIOD).locator('.fix-note').count(), 0);

    await afterRecheck(page, () => finding(page, PERIOD).getByRole('button', { name: 'Add the final period' }).click());
    assert.equal(await page.locator('#editor').inputValue(), UNFINISHED.replace('and a shade\n', 'and a shade.\n'));
    assert.equal(await finding(page, PERIOD).count(), 0);
    assert.match(await page.locator('#status').innerText(), /^Applied: Add the final period to claim 1\./);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'findings-heading');

    await page.screenshot({ path: join(SCREENSHOTS, 'fix-renumber.png') });
    await afterRecheck(page, () => finding(page, DUPLICATE).getByRole('button', { name: 'Renumber claims' }).click());
    assert.equal(
      await page.locator('#editor').inputValue(),
      `1. A lamp comprising a base, a stem and a shade.
2. The lamp of claim 1, wherein the base is made of cast iron.
3. The lamp of claim 2, wherein the stem is telescopic.
4. The lamp of claim 1 or 3, wherein the shade is made of linen.
`,
    );
    const after = await shownRules(page);
    assert.ok(!after.includes(GAP) && !after.includes(DUPLICATE) && !after.includes(PERIOD), after.join(', '));
    assert.deepEqual(
      await page.locator('#claims-view .claim').evaluateAll((items) => items.map((i) => i.dataset.claim)),
      ['1', '2', '3', '4'],
    );

    // A fix is one edit: Ctrl+Z in the editor takes it back.
    await afterRecheck(page, async () => {
      await page.locator('#editor').focus();
      await page.keyboard.press('Control+Z');
    });
    assert.equal(await page.locator('#editor').inputValue(), UNFINISHED.replace('and a shade\n', 'and a shade.\n'));
    assert.deepEqual(problems, []);
  });
});

test('fixes are offered for the editor only, not for files', async () => {
  await withPage(env, async ({ page }) => {
    await afterRecheck(page, () =>
      page
        .locator('#file-input')
        .setInputFiles([{ name: 'claims.txt', mimeType: 'text/plain', buffer: Buffer.from(UNFINISHED) }]),
    );
    const fileGroup = page.locator('#findings .rule-card[data-file="claims.txt"]');
    assert.ok((await fileGroup.locator(`.finding[data-rule="${PERIOD}"]`).count()) === 1);
    assert.equal(await fileGroup.locator('.fix').count(), 0);
  });
});

test('the dependency tree: roots, nesting, multiple dependent claims under each parent, keyboard', async () => {
  await withPage(env, async ({ page }) => {
    await typeClaims(
      page,
      `1. A lamp comprising a base.
2. The lamp of claim 1, wherein the base is heavy.
3. The lamp of claim 1 or 2, with a shade.
4. A method of lighting a room with a lamp.
5. The method of claim 4, at night.
`,
    );
    const tree = page.getByRole('tree');
    assert.equal(await tree.count(), 1);
    const roots = await tree
      .locator('[role="treeitem"][aria-level="1"]')
      .evaluateAll((items) => items.map((i) => i.dataset.claim));
    assert.deepEqual(roots, ['1', '4']);
    const parentsOf3 = await tree
      .locator('[role="treeitem"][data-claim="3"]')
      .evaluateAll((items) => items.map((i) => [i.dataset.parent, i.classList.contains('is-multiple')]));
    assert.deepEqual(parentsOf3.sort(), [
      ['1', true],
      ['2', true],
    ]);
    assert.match(await tree.locator('[role="treeitem"][data-claim="3"]').first().innerText(), /multiple dependent/);

    // One item is in the tab order; arrows move, Left closes and goes up, Right opens and goes down.
    assert.equal(await tree.locator('[role="treeitem"][tabindex="0"]').count(), 1);
    await tree.locator('[role="treeitem"][tabindex="0"]').focus();
    const focused = () =>
      page.evaluate(() => [document.activeElement.dataset.claim, document.activeElement.dataset.parent || null]);
    assert.deepEqual(await focused(), ['1', null]);
    await page.keyboard.press('ArrowDown');
    assert.deepEqual(await focused(), ['2', '1']);
    await page.keyboard.press('ArrowDown');
    assert.deepEqual(await focused(), ['3', '2']);
    await page.keyboard.press('ArrowLeft'); // a leaf: to its parent
    assert.deepEqual(await focused(), ['2', '1']);
    await page.keyboard.press('ArrowLeft'); // open: closes
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-expanded')), 'false');
    await page.keyboard.press('ArrowDown'); // skips the closed branch
    assert.deepEqual(await focused(), ['3', '1']);
    await page.keyboard.press('End');
    assert.deepEqual(await focused(), ['5', '4']);
    await page.keyboard.press('Home');
    assert.deepEqual(await focused(), ['1', null]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-expanded')), 'true');
    assert.equal(await tree.locator('[role="treeitem"][tabindex="0"]').count(), 1);

    // Enter shows the claim in "Claims as read"; the focus stays in the tree.
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('#claims-view .claim.is-selected').getAttribute('data-claim'), '5');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.claim), '5');
    await page.locator('#deps-view').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'dependency-tree.png') });
  });
});

test('cycles and missing claims still make a finite tree', async () => {
  await withPage(env, async ({ page }) => {
    await typeClaims(page, '1. A lamp of claim 2.\n2. A lamp of claim 1.\n3. The lamp of claim 9.\n');
    const items = await page
      .locator('#deps-view [role="treeitem"]')
      .evaluateAll((nodes) => nodes.map((n) => n.dataset.claim));
    assert.ok(items.length >= 3 && items.length <= 4, items.join(','));
    assert.match(await page.locator('#deps-view').innerText(), /in a cycle/);
    assert.match(await page.locator('#deps-view').innerText(), /refers to missing claim 9/);
  });
});
