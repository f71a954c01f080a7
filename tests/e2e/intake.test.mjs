// Office intake on the page: the counts-and-fees statement (closed, it says per office what the claims cost; open,
// each item with what the office counted, in the page's language), and the table that says per file and office
// whether the file would be taken.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterRecheck, startEnvironment, typeClaims, withPage } from './harness.mjs';

const DOCX = join(import.meta.dirname, '..', 'fixtures', 'docx');

let env;

before(async () => {
  env = await startEnvironment();
});

after(async () => {
  await env?.close();
});

/** Claims 1 and 2 independent, claim 3 on both in the alternative, 4 to 24 on claim 1: 24 claims, 25 at the USPTO. */
function claims() {
  const lines = ['1. A lever.', '2. A handle.', '3. The lever of claim 1 or 2, being red.'];
  for (let k = 4; k <= 24; k++) lines.push(`${k}. The lever of claim 1, being ${k} cm long.`);
  return `${lines.join('\n')}\n`;
}

test('the fees of 24 claims, as each office counts them, in English and Japanese', async () => {
  await withPage(env, async ({ page }) => {
    await typeClaims(page, claims());
    const fees = page.locator('#fees');
    assert.ok(await fees.isVisible());
    const summary = await fees.locator('summary').innerText();
    // 5 claims over 20 at USD 200; the multiple dependent claim fee has no confirmed amount.
    assert.match(summary, /US \$1,000 \+ 1 item without a confirmed amount/);
    assert.match(summary, /JP ¥234,000/); // 138,000 + 24 × 4,000
    assert.match(summary, /EP 1 item without a confirmed amount/);

    await fees.locator('summary').click();
    const row = (item) => fees.locator(`tr[data-item="${item}"]`);
    assert.match(
      await row('us/claims-over-20').innerText(),
      /Claims over 20\s+25 claims\s+5\s+5 × \$200 = \$1,000 from 2025-01-19\s+37 CFR 1\.16\(i\) \(C\)/,
    );
    assert.match(await row('ep/claims-16-to-50').innerText(), /24 claims\s+9\s+amount not confirmed/);
    assert.equal(await row('us/independent-claims-over-3').getAttribute('class'), 'not-charged');

    await page.locator('#language').selectOption('ja');
    await row('ep/claims-16-to-50').filter({ hasText: 'クレーム料' }).waitFor();
    assert.match(await row('ep/claims-16-to-50').innerText(), /クレーム料：16番目から50番目\s+24 請求項/);
  });
});

test('the intake table says per file and office whether the file would be taken', async () => {
  await withPage(env, async ({ page }) => {
    const docx = await readFile(join(DOCX, 'intake_word365.docx'));
    const ole = await readFile(join(DOCX, 'intake_ole.docx'));
    await afterRecheck(page, () =>
      page.locator('#file-input').setInputFiles([
        {
          name: 'word365.docx',
          mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          buffer: docx,
        },
        {
          name: 'ole.docx',
          mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          buffer: ole,
        },
      ]),
    );
    const cell = (file, office) => page.locator(`#intake tr[data-file="${file}"] td[data-office="${office}"]`);
    // Word 365's defaults: Letter paper, which the PCT refuses; Aptos and Transitional OOXML, which the EPO may not take.
    assert.equal(await cell('word365.docx', 'WO').getAttribute('data-status'), 'refused');
    assert.equal(await cell('word365.docx', 'EP').getAttribute('data-status'), 'check');
    assert.match(await cell('word365.docx', 'EP').innerText(), /to check[\s\S]*font reported to be outside the EPO/i);
    assert.equal(await cell('word365.docx', 'US').getAttribute('data-status'), 'taken');
    // An embedded Excel sheet: the USPTO's list of OLE objects does not have it.
    assert.equal(await cell('ole.docx', 'US').getAttribute('data-status'), 'check');
    assert.equal(await page.locator('#intake tr[data-file="Claims editor"]').count(), 0);
  });
});
