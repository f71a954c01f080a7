// Accessibility: axe-core finds no serious or critical violation in the page's states and languages, and the page
// works from the keyboard alone. `node --test tests/e2e/`.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { marginPdf } from './drawing-fixtures.mjs';
import { finding, afterRecheck, startEnvironment, typeClaims, withPage, chooseLanguage } from './harness.mjs';

const AXE_SOURCE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SPEC_DOCX = await readFile(new URL('../fixtures/docx/us_defects.docx', import.meta.url));

let env;
before(async () => {
  env = await startEnvironment();
});
after(async () => {
  await env?.close();
});

/** axe's serious and critical violations on the page as it is, one line each. */
async function seriousViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const results = await window.axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 5).join(', ')}`);
}

test('axe finds no serious or critical violation, in any language or state', async () => {
  // The page's Content-Security-Policy forbids inline scripts, such as the injected axe-core: this context ignores it.
  await withPage(
    env,
    async ({ page }) => {
      await page.locator('#rules details.rule').first().waitFor();
      assert.deepEqual(await seriousViolations(page), [], 'the page as it opens');

      // Open states: a rule's documentation, a selected finding, the accept form, an accepted finding shown.
      await page.locator('#rules details.rule summary').first().click();
      await finding(page, 'claims/dependency-on-later-claim').locator('button.finding-main').click();
      // The sample's one warning: the PCT only discourages a multiple dependency on a multiple dependent claim.
      const warned = finding(page, 'claims/multiple-dependency-on-multiple').filter({
        has: page.locator('.badge-warning'),
      });
      await warned.getByRole('button', { name: 'Accept…' }).click();
      await warned.getByRole('button', { name: 'Accept', exact: true }).click(); // the error message shows
      assert.deepEqual(await seriousViolations(page), [], 'with the rule, a selection and the accept form open');
      await page.locator('#fees summary').click(); // the counts and fees, open
      await warned.getByRole('textbox').fill('Not filed under the PCT.');
      await warned.getByRole('textbox').press('Enter');
      await page.getByRole('button', { name: 'Show accepted (1)' }).click();
      assert.deepEqual(await seriousViolations(page), [], 'with an accepted finding shown');

      // Files (with an assignment's readiness table), a fixable claim set, a collapsed branch of the tree.
      await afterRecheck(page, () =>
        page.locator('#file-input').setInputFiles([
          { name: 'drawings.pdf', mimeType: 'application/pdf', buffer: marginPdf() },
          {
            name: 'assignment.json',
            mimeType: 'application/json',
            buffer: Buffer.from(
              JSON.stringify({
                conveyance: 'assignment',
                assignors: [{ name: 'A Co.' }],
                properties: [{ office: 'US', number: '16/123,456' }],
              }),
            ),
          },
        ]),
      );
      assert.ok(await page.locator('#readiness table').first().isVisible());
      // A drawn sheet, its finding's place marked.
      await finding(page, 'drawings/margin-too-small').first().locator('button.finding-main').click();
      assert.ok(await page.locator('#drawings-panel .sheet-card.is-selected').isVisible());
      await typeClaims(page, '1. A lamp\n3. The lamp of claim 1.\n4. The lamp of claim 1 or 3.\n');
      await page.locator('#deps-view [role="treeitem"][aria-expanded="true"]').first().locator('.dep-toggle').click();
      assert.deepEqual(await seriousViolations(page), [], 'with files, a drawn sheet, fixes and a closed branch');

      // A description as read, a finding's paragraph highlighted and its words marked.
      await afterRecheck(page, () =>
        page.locator('#file-input').setInputFiles([
          {
            name: 'spec.docx',
            mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
            buffer: SPEC_DOCX,
          },
        ]),
      );
      await finding(page, 'description/paragraph-number-malformed').first().locator('button.finding-main').click();
      assert.ok(await page.locator('#description-panel .spec-block.is-selected mark.hit').isVisible());
      assert.deepEqual(await seriousViolations(page), [], "with a description and a finding's paragraph shown");

      // The assignment form, open: a party with its details and a power of attorney, a number with a problem.
      await page.locator('#assignment-panel > summary').click();
      await page.locator('#af-assignors-add').click();
      await page.locator('#af-assignors .af-more > summary').click();
      await page.locator('#af-assignors-0-power_of_attorney').check();
      await page.locator('#af-properties-add').click();
      await page.locator('#af-properties-0-office').selectOption('EP');
      await page.locator('#af-properties-0-number').fill('EP 21 204 983.8');
      await page.locator('#af-properties-0-number-note.is-problem').waitFor();
      assert.deepEqual(await seriousViolations(page), [], 'with the assignment form open');

      for (const code of ['ja', 'ko', 'zh']) {
        await chooseLanguage(page, code);
        assert.deepEqual(await seriousViolations(page), [], `in ${code}`);
      }
      await page.emulateMedia({ media: 'print' });
      assert.deepEqual(await seriousViolations(page), [], 'as printed');
    },
    { bypassCSP: true },
  );
});

test('keyboard only: tab to the editor, type, tab to a finding, Enter selects it', async () => {
  await withPage(env, async ({ page }) => {
    const active = () =>
      page.evaluate(() => {
        const node = document.activeElement;
        return {
          id: node?.id ?? '',
          finding: node?.classList.contains('finding-main') ? node.closest('.finding').dataset.rule : null,
        };
      });
    // From the top of the page to the editor.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    let tabs = 0;
    while ((await active()).id !== 'editor' && tabs < 40) {
      await page.keyboard.press('Tab');
      tabs += 1;
    }
    assert.equal((await active()).id, 'editor', `the editor is reached by Tab (${tabs} presses)`);

    await afterRecheck(page, async () => {
      await page.keyboard.press('Control+A');
      await page.keyboard.type(
        '1. A lamp comprising a base.\n2. The lamp of claim 3, wherein the base is heavy.\n3. The lamp of claim 1, with a shade.\n',
      );
    });
    assert.match(await page.locator('#editor').inputValue(), /^1\. A lamp comprising a base\.\n2\./);

    // On to the first finding.
    tabs = 0;
    while (!(await active()).finding && tabs < 40) {
      await page.keyboard.press('Tab');
      tabs += 1;
    }
    assert.equal(
      (await active()).finding,
      'claims/dependency-on-later-claim',
      `a finding is reached by Tab (${tabs} presses)`,
    );
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#claims-view .claim.is-selected')?.dataset.claim === '2');
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.claim), '2', 'the focus moves to the claim');
    assert.equal(await page.locator('#claims-view .claim.is-selected mark.hit').innerText(), 'claim 3');
    // And back.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    assert.equal((await active()).finding, 'claims/dependency-on-later-claim');
  });
});

test('keyboard only: accepting a warning and undoing it', async () => {
  await withPage(env, async ({ page }) => {
    await typeClaims(page, '1. A lamp comprising a base.\n2. The lamp of claim 1, wherein the stem is long.\n');
    const warning = finding(page, 'claims/antecedent-basis-missing');
    await warning.getByRole('button', { name: 'Accept…' }).focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.name), 'reason');
    // Escape closes the form and gives the focus back.
    await page.keyboard.press('Escape');
    assert.equal(await warning.locator('form').count(), 0);
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Accept…');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Introduced in the description.');
    await page.keyboard.press('Enter');
    assert.ok(!(await warning.isVisible()));
    // The focus lands on something to go on with, not on the body.
    assert.notEqual(await page.evaluate(() => document.activeElement?.tagName), 'BODY');
    await page.getByRole('button', { name: 'Show accepted (1)' }).focus();
    await page.keyboard.press('Enter');
    await warning.getByRole('button', { name: 'Undo' }).focus();
    await page.keyboard.press('Enter');
    assert.doesNotMatch(await warning.getAttribute('class'), /is-accepted/);
    assert.equal(
      await page.evaluate(() => document.activeElement?.closest('.finding')?.dataset.rule),
      'claims/antecedent-basis-missing',
    );
  });
});
