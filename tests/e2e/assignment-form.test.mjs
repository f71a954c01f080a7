// The assignment record's form: filled from the keyboard, numbers checked as they are typed, the readiness matrix
// following the record; import, export, the offer to load an added file, and the record kept across reloads.
// `node --test tests/e2e/`.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  SCREENSHOTS,
  afterRecheck,
  cardOf,
  finding,
  openPage,
  placeOf,
  startEnvironment,
  withPage,
  chooseLanguage,
} from './harness.mjs';

const FORM_FILE = 'assignment-record.json';
const COVER_SHEET = 'assignment/cover-sheet-signature-missing';

// A complete record, ready at every office (src/rules/assignment/mod.rs, COMPLETE), with a field the form does not
// show (`recorded` is kept as it is, and exported).
const COMPLETE = {
  conveyance: 'assignment',
  assignors: [
    {
      name: 'Roe, Jane',
      kind: 'person',
      country: 'US',
      nationality: 'US',
      address: '12 Elm Street, Springfield, IL 62701, US',
      execution_date: '2024-01-15',
      signed: true,
      signature: 'handwritten',
      power_of_attorney: { copy: 'original' },
    },
  ],
  assignees: [
    {
      name: 'Acme Corporation',
      kind: 'organization',
      country: 'US',
      nationality: 'US',
      address: '1 Main Street, Wilmington, DE 19801, US',
      execution_date: '2024-01-16',
      signed: true,
      signature: 'handwritten',
      signatory: { name: 'John Smith', capacity: 'President' },
      power_of_attorney: { copy: 'original' },
    },
  ],
  properties: [
    { office: 'US', kind: 'application', number: '16/123,456' },
    { office: 'EP', kind: 'application', number: 'EP 21 204 983.7' },
    { office: 'JP', kind: 'application', number: '特願2021-123456' },
    { office: 'KR', kind: 'application', number: '10-2021-0123456' },
    { office: 'CN', kind: 'application', number: '202110123456.7' },
    { office: 'WO', kind: 'application', number: 'PCT/US2021/012345' },
  ],
  correspondent: {
    name: 'Patent Group LLP',
    address: '100 Law Plaza, Chicago, IL 60601, US',
    email: 'docket@example.com',
  },
  submitter: { name: 'Alex Agent', signed: true },
  documents: [{ type: 'assignment-deed', copy: 'original', numbers: ['16/123,456', '特願2021-123456'] }],
};

let env;
before(async () => {
  env = await startEnvironment();
});
after(async () => {
  await env?.close();
});

/** The readiness of the form's record per office: { US: 'ready', … }. */
async function readiness(page) {
  return page
    .locator(`#readiness table:has(caption:text-is("${FORM_FILE}")) tbody tr`)
    .evaluateAll((rows) => Object.fromEntries(rows.map((row) => [row.dataset.office, row.dataset.status])));
}

/** Waits until the report is up to date and the form's record has `status` at `office`. */
async function waitForReadiness(page, office, status) {
  await page.waitForFunction(
    ([file, office, status]) => {
      const table = [...document.querySelectorAll('#readiness table')].find((t) => t.caption?.textContent === file);
      return (
        document.querySelector('#report').getAttribute('aria-busy') === 'false' &&
        table?.querySelector(`tr[data-office="${office}"]`)?.dataset.status === status
      );
    },
    [FORM_FILE, office, status],
    { timeout: 15_000 },
  );
}

async function activeId(page) {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

/** Presses Tab, then types `text` into the field it reaches (a select takes the option its label starts with). */
async function next(page, text) {
  await page.keyboard.press('Tab');
  await page.keyboard.type(text);
}

test('a record typed from the keyboard: numbers checked as typed, the readiness matrix following', async () => {
  await withPage(env, async ({ page, problems }) => {
    // Closed at first, and not checked: the report has no readiness table.
    assert.equal(await page.locator('#assignment-form').isVisible(), false);
    await page.locator('#assignment-panel > summary').focus();
    await page.keyboard.press('Enter');
    assert.ok(await page.locator('#assignment-form').isVisible());
    assert.match(await page.locator('#assignment-form .af-status').innerText(), /^Empty/);
    assert.equal(await page.locator('#readiness').isVisible(), false);

    await page.locator('#af-conveyance').focus();
    await page.keyboard.type('Assignment');
    assert.equal(await page.locator('#af-conveyance').inputValue(), 'assignment');
    await page.waitForFunction(() =>
      document.querySelector('#assignment-form .af-status').textContent.startsWith('Checked'),
    );

    // Adding a party moves the focus into it.
    await page.locator('#af-assignors-add').focus();
    await page.keyboard.press('Enter');
    assert.equal(await activeId(page), 'af-assignors-0-name');
    await page.keyboard.type('Roe, Jane');
    await next(page, 'Person');
    await next(page, 'US');
    await next(page, 'US');
    await next(page, 'Yes');
    await next(page, '2024-01-15');
    await next(page, '12 Elm Street, Springfield, IL 62701, US');
    assert.equal(await activeId(page), 'af-assignors-0-address');
    assert.equal(await page.locator('#af-assignors-0-kind').inputValue(), 'person');
    assert.equal(await page.locator('#af-assignors-0-signed').inputValue(), 'true');

    await page.locator('#af-assignees-add').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Acme Corporation');
    await next(page, 'Organisation');
    await next(page, 'US');
    await next(page, 'US');
    await next(page, 'Yes');
    await next(page, '2024-01-16');
    await next(page, '1 Main Street, Wilmington, DE 19801, US');

    // A property: its number is checked as it is typed; the problem is said beside the field, and goes when fixed.
    await page.locator('#af-properties-add').focus();
    await page.keyboard.press('Enter');
    assert.equal(await activeId(page), 'af-properties-0-office');
    await page.keyboard.type('US');
    await next(page, 'Application');
    const number = page.locator('#af-properties-0-number');
    const note = page.locator('#af-properties-0-number-note');
    assert.equal(await number.getAttribute('placeholder'), '16/123,456', 'the office’s way of writing numbers');
    await page.keyboard.press('Tab');
    await page.keyboard.type('16/123,45');
    await page.waitForFunction(() =>
      document.querySelector('#af-properties-0-number-note').classList.contains('is-problem'),
    );
    assert.match(await note.innerText(), /Problem: A US application number is a two-digit series code/);
    assert.equal(await number.getAttribute('aria-invalid'), 'true');
    assert.equal(await number.getAttribute('aria-describedby'), 'af-properties-0-number-note');
    await page.locator('#assignment-panel').screenshot({ path: join(SCREENSHOTS, 'assignment-form-problem.png') });
    await page.keyboard.type('6');
    await page.waitForFunction(() =>
      document.querySelector('#af-properties-0-number-note').classList.contains('is-valid'),
    );
    assert.match(await note.innerText(), /Valid: 16\/123,456 \(US, application\)/);
    assert.equal(await number.getAttribute('aria-invalid'), null);

    // The correspondent, an unsigned cover sheet and the deed.
    await page.locator('#af-correspondent-name').focus();
    await page.keyboard.type('Patent Group LLP');
    await next(page, 'docket@example.com');
    await next(page, '100 Law Plaza, Chicago, IL 60601, US');
    await page.locator('#af-submitter-name').focus();
    await page.keyboard.type('Alex Agent');
    await next(page, 'No');
    assert.equal(await page.locator('#af-submitter-signed').inputValue(), 'false');
    await page.locator('#af-documents-add').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Deed');
    await next(page, 'Original');
    assert.equal(await page.locator('#af-documents-0-type').inputValue(), 'assignment-deed');
    // The numbers the deed names are checked as they are typed, each line on its own.
    const deedNumbers = page.locator('#af-documents-0-numbers');
    const deedNote = page.locator('#af-documents-0-numbers-note');
    await deedNumbers.fill('16/123,456\n16/12');
    await page.waitForFunction(() =>
      document.querySelector('#af-documents-0-numbers-note').classList.contains('is-problem'),
    );
    assert.match(await deedNote.innerText(), /^!?\s*Line 2: /);
    assert.doesNotMatch(await deedNote.innerText(), /Line 1/);
    assert.equal(await deedNumbers.getAttribute('aria-invalid'), 'true');
    await deedNumbers.fill('16/123,456');
    await page.waitForFunction(() =>
      document.querySelector('#af-documents-0-numbers-note').classList.contains('is-valid'),
    );
    assert.match(await deedNote.innerText(), /Valid: 16\/123,456 \(US\)/);
    assert.equal(await deedNumbers.getAttribute('aria-invalid'), null);

    // The matrix: the US is incomplete for the cover sheet alone; no other office is concerned.
    await waitForReadiness(page, 'US', 'incomplete');
    assert.deepEqual(await readiness(page), {
      US: 'incomplete',
      EP: 'not-concerned',
      JP: 'not-concerned',
      KR: 'not-concerned',
      CN: 'not-concerned',
      WO: 'not-concerned',
    });
    assert.match(
      await page.locator('#readiness tr[data-office="US"] .readiness-details').innerText(),
      /^The USPTO cover sheet is not signed by the submitter$/,
    );
    const coverSheet = finding(page, COVER_SHEET);
    assert.equal(await coverSheet.count(), 1);
    assert.equal(await cardOf(coverSheet).getAttribute('data-file'), FORM_FILE);
    assert.match(await placeOf(coverSheet).innerText(), /submitter\.signed/);
    // The finding leads to its field in the form.
    await coverSheet.locator('button.finding-main').click();
    assert.equal(await activeId(page), 'af-submitter-signed');
    await page.locator('#readiness').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'assignment-form-incomplete.png') });

    // Signed: ready.
    await page.locator('#af-submitter-signed').focus();
    await page.keyboard.type('Yes');
    await waitForReadiness(page, 'US', 'ready');
    assert.equal(await coverSheet.count(), 0);
    await page.locator('#assignment-panel').screenshot({ path: join(SCREENSHOTS, 'assignment-form.png') });

    // Removing the assignor: the focus goes to the list's Add button, and the US misses an assignor again.
    await page.locator('#af-assignors-0-remove').focus();
    await page.keyboard.press('Enter');
    assert.equal(await activeId(page), 'af-assignors-add');
    assert.match(await page.locator('#assignment-form .af-notice').innerText(), /Assignor 1 removed/);
    await waitForReadiness(page, 'US', 'incomplete');
    assert.deepEqual(problems, []);
  });
});

test('import a record, export it unchanged, and find it again after a reload', async () => {
  await withPage(env, async ({ page, context, problems }) => {
    await page.locator('#assignment-panel > summary').click();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Import record (JSON)…' }).click(),
    ]);
    const imported = { ...COMPLETE, recorded: { office: 'US', reel_frame: '012345/0678', date: '2024-02-01' } };
    await afterRecheck(page, () =>
      chooser.setFiles({
        name: 'from-docketing.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(imported)),
      }),
    );
    assert.match(
      await page.locator('#assignment-form .af-notice').innerText(),
      /Loaded from-docketing\.json into the form\./,
    );
    assert.equal(await page.locator('#af-assignors-0-name').inputValue(), 'Roe, Jane');
    assert.equal(await page.locator('#af-assignees-0-signatory-capacity').inputValue(), 'President');
    assert.equal(await page.locator('#assignment-form [data-list="properties"]').count(), 6);
    assert.equal(await page.locator('#af-documents-0-numbers').inputValue(), '16/123,456\n特願2021-123456');
    assert.match(await page.locator('#assignment-form .af-kept').innerText(), /recorded/);
    // Each number checked for its office, and the deed's numbers for whichever office writes them so.
    await page.waitForFunction(
      () => document.querySelectorAll('#assignment-form [id^="af-properties-"].af-note.is-valid').length === 6,
    );
    await page.waitForFunction(() =>
      document.querySelector('#af-documents-0-numbers-note').classList.contains('is-valid'),
    );
    assert.match(
      await page.locator('#af-documents-0-numbers-note').innerText(),
      /Valid: 16\/123,456 \(US\), 2021-123456 \(JP\)/,
    );
    assert.match(await page.locator('#af-properties-1-number-note').innerText(), /21204983\.7 \(EP, application\)/);
    await waitForReadiness(page, 'WO', 'ready');
    assert.deepEqual(await readiness(page), {
      US: 'ready',
      EP: 'ready',
      JP: 'ready',
      KR: 'ready',
      CN: 'ready',
      WO: 'ready',
    });

    // Exported as it came in.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export record (JSON)' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), FORM_FILE);
    const text = await readFile(await download.path(), 'utf8');
    assert.deepEqual(JSON.parse(text), imported);
    assert.equal(text, `${JSON.stringify(imported, null, 2)}\n`, 'in the schema’s order of keys');

    // Clearing can be undone.
    await page.getByRole('button', { name: 'Clear the form' }).click();
    assert.equal(await page.locator('#af-assignors-0-name').count(), 0);
    await page.waitForFunction(() => !document.querySelector('#readiness table'));
    await page.locator('#assignment-form .af-notice').getByRole('button', { name: 'Undo' }).click();
    assert.equal(await page.locator('#af-assignors-0-name').inputValue(), 'Roe, Jane');

    // An edit, then a reload: the form holds the record, open, and the report checks it.
    await page.locator('#af-properties-0-title').fill('Bicycle brake');
    const again = await openPage(env, { context });
    try {
      assert.equal(await again.page.locator('#assignment-panel').getAttribute('open'), '');
      assert.equal(await again.page.locator('#af-properties-0-title').inputValue(), 'Bicycle brake');
      await waitForReadiness(again.page, 'US', 'ready');
      const [reloaded] = await Promise.all([
        again.page.waitForEvent('download'),
        again.page.getByRole('button', { name: 'Export record (JSON)' }).click(),
      ]);
      const record = JSON.parse(await readFile(await reloaded.path(), 'utf8'));
      assert.deepEqual(record.properties[0], {
        office: 'US',
        kind: 'application',
        number: '16/123,456',
        title: 'Bicycle brake',
      });
      assert.deepEqual(again.problems, []);
    } finally {
      await again.page.close();
    }
    assert.deepEqual(problems, []);
  });
});

test('an assignment file added to the filing is offered to the form; a file that is not one is refused', async () => {
  await withPage(env, async ({ page, problems }) => {
    await afterRecheck(page, () =>
      page.locator('#file-input').setInputFiles({
        name: 'assignment.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(COMPLETE)),
      }),
    );
    const file = page.locator('#file-list .file[data-file="assignment.json"]');
    const offer = file.getByRole('button', { name: 'Load into the form: assignment.json' });
    assert.ok(await offer.isVisible());
    await afterRecheck(page, () => offer.click());
    // The file is now the form's record, checked once, under the form's name.
    assert.equal(await file.count(), 0);
    assert.ok(await page.locator('#assignment-form').isVisible());
    assert.equal(await activeId(page), 'af-conveyance');
    assert.equal(await page.locator('#af-assignees-0-name').inputValue(), 'Acme Corporation');
    await waitForReadiness(page, 'US', 'ready');
    assert.equal(await page.locator('#readiness table').count(), 1);

    // Not a record: said, and the form keeps what it holds.
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Import record (JSON)…' }).click(),
    ]);
    await chooser.setFiles({
      name: 'package.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"name": "x"}'),
    });
    await page.waitForFunction(() => document.querySelector('#assignment-form .af-notice.is-error'));
    assert.match(
      await page.locator('#assignment-form .af-notice').innerText(),
      /package\.json could not be loaded into the form: it holds no assignment record/,
    );
    const [typed] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Import record (JSON)…' }).click(),
    ]);
    await typed.setFiles({
      name: 'typed.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"assignors": [{"name": 5}]}'),
    });
    await page.waitForFunction(() =>
      /assignors\[0\]\.name/.test(document.querySelector('#assignment-form .af-notice').textContent),
    );
    assert.equal(await page.locator('#af-assignees-0-name').inputValue(), 'Acme Corporation');

    // In Japanese: the form's labels and the number notes follow.
    await chooseLanguage(page, 'ja');
    assert.equal(await page.locator('#assignment-panel > summary').innerText(), '譲渡記録');
    assert.equal(await page.locator('label[for="af-assignors-0-name"]').innerText(), '氏名又は名称');
    assert.match(await page.locator('#af-properties-0-number-note').innerText(), /有効：\s*16\/123,456（US・出願）/);
    assert.match(
      await page.locator('#assignment-form .af-notice').innerText(),
      /typed\.json をフォームに読み込めませんでした：フィールド assignors\[0\]\.name/,
    );
    await page.locator('#assignment-panel').screenshot({ path: join(SCREENSHOTS, 'assignment-form-ja.png') });
    assert.deepEqual(problems, []);
  });
});
