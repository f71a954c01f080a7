// A WIPO ST.26 sequence listing dropped into the page with the application that cites it: the listing is told by
// its root element, its sequences are shown in a table, and a defect is found and located by SEQ ID NO.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterRecheck, finding, startEnvironment, withPage } from './harness.mjs';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'st26');

let env;

before(async () => {
  env = await startEnvironment();
});

after(async () => {
  await env?.close();
});

test('a sequence listing is read, shown and checked against the application', async () => {
  const valid = await readFile(join(FIXTURES, 'valid.xml'), 'utf8');
  const application = await readFile(join(FIXTURES, 'application.txt'));
  // ST.25's habit: uracil written as u in the RNA (SEQ ID NO 3).
  const listing = valid.replace('gcatgcatgcatgcatgcat', 'gcaugcatgcatgcatgcat');
  assert.notEqual(listing, valid);
  await withPage(env, async ({ page }) => {
    await afterRecheck(page, () =>
      page.locator('#file-input').setInputFiles([
        { name: 'listing.xml', mimeType: 'application/xml', buffer: Buffer.from(listing) },
        { name: 'application.txt', mimeType: 'text/plain', buffer: application },
      ]),
    );
    assert.equal(
      await page.locator('#file-list .file[data-file="listing.xml"]').getAttribute('data-kind'),
      'sequences',
    );

    const rows = page.locator('#sequences table[data-file="listing.xml"] tbody tr');
    assert.equal(await rows.count(), 4);
    assert.match(await page.locator('#sequences tr[data-sequence="3"]').innerText(), /RNA\s+20/);

    const residue = finding(page, 'sequences/residue-invalid');
    assert.equal(await residue.count(), 1);
    assert.match(await residue.innerText(), /SEQ ID NO 3/);
    // The application cites SEQ ID NOs 1, 3 and 4, all in the listing: nothing cited is missing.
    assert.equal(await finding(page, 'sequences/seq-id-not-in-listing').count(), 0);
  });
});
