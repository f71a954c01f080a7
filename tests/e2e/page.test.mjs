// End-to-end tests of patlint's web page in headless Chromium: `node --test tests/e2e/`.
// They need www/pkg (the Wasm build) and build nothing themselves.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  SCREENSHOTS,
  afterRecheck,
  openPage,
  placeOf,
  requestHost,
  shownRules,
  startEnvironment,
  summaryRow,
  typeClaims,
  chooseLanguage,
  pageOffices,
} from './harness.mjs';

const MULTI_ON_MULTI = 'claims/multiple-dependency-on-multiple';
const LATER_CLAIM = 'claims/dependency-on-later-claim';
const UNREADABLE = 'input/unreadable';

const LATER_CLAIM_SET = `1. A lamp comprising a base, a stem and a shade.
2. The lamp of claim 1, wherein the base is made of cast iron.
3. The lamp of claim 5, wherein the shade is made of linen.
4. The lamp of claim 1, wherein the stem is telescopic.
5. The lamp of claim 4, wherein the stem is locked by a collar.
`;

const CLEAN_SET = `1. A lamp comprising a base, a stem and a shade.
2. The lamp of claim 1, wherein the base is made of cast iron.
3. The lamp of claim 1, wherein the shade is made of linen.
`;

let env;

before(async () => {
  env = await startEnvironment();
});

after(async () => {
  await env?.close();
});

/** Opens the page, runs `body`, and always closes the page's context. */
async function withPage(body) {
  const opened = await openPage(env);
  try {
    await body(opened);
  } finally {
    await opened.context.close();
  }
}

const finding = (page, rule) => page.locator(`#findings .finding[data-rule="${rule}"]`);

test('the page opens with the sample claims checked', async (t) => {
  await withPage(async ({ page, problems }) => {
    await finding(page, MULTI_ON_MULTI).first().waitFor();
    const firstReport = await page.evaluate(() => performance.getEntriesByName('patlint:first-report')[0]?.startTime);
    assert.ok(firstReport > 0, 'the page marks its first report');
    t.diagnostic(`time from navigation start to first report: ${Math.round(firstReport)} ms`);

    const rules = await shownRules(page);
    assert.ok(rules.includes(MULTI_ON_MULTI), `findings: ${rules.join(', ')}`);
    assert.ok(rules.includes(LATER_CLAIM), `findings: ${rules.join(', ')}`);
    // The multi-multi finding is about claim 5 of the sample and cites US law.
    const multi = finding(page, MULTI_ON_MULTI).first();
    assert.equal(await multi.getAttribute('data-claim'), '5');
    assert.match(await multi.locator('.finding-offices').innerText(), /US/);
    assert.match(await multi.locator('.citations').innerText(), /US/);

    // Six offices in the matrix, with at least one error for the US.
    assert.equal(await page.locator('#summary tbody tr').count(), 6);
    const [usErrors] = await summaryRow(page, 'US');
    assert.ok(usErrors >= 1, `US errors: ${usErrors}`);
    // Its columns are the kinds of document checked, and all of them.
    assert.deepEqual(await page.locator('#summary thead th').allInnerTexts(), ['Office', 'Claims', 'All documents']);

    // Claims as read, dependencies, and the rules catalogue with rendered docs.
    assert.equal(await page.locator('#claims-view .claim').count(), 8);
    // The dependency tree: claim 5 refers to claims 2 to 4 and appears under each of them, marked.
    const under = await page
      .locator('#deps-view .dep.is-multiple[data-claim="5"]')
      .evaluateAll((items) => items.map((item) => item.dataset.parent).sort());
    assert.deepEqual(under, ['2', '3', '4']);
    await page.locator('#rules details.rule').first().waitFor();
    assert.ok((await page.locator('#rules details.rule').count()) >= 10);
    // A rule's documentation is drawn when it is opened.
    assert.equal(await page.locator('#rules .rule-body').first().innerHTML(), '');
    await page.locator('#rules details.rule summary').first().click();
    await page.locator('#rules .rule-docs p').first().waitFor();
    assert.ok((await page.locator('#rules .rule-offices').count()) === 1, "the opened rule's offices");
    assert.match(await page.locator('#version').innerText(), /\d+\.\d+\.\d+/);

    await page.screenshot({ path: join(SCREENSHOTS, 'main.png') });
    await page.screenshot({ path: join(SCREENSHOTS, 'full-page.png'), fullPage: true });
    assert.deepEqual(problems, [], 'no console errors or CSP violations');
  });
});

test('typing claims re-checks them', async () => {
  await withPage(async ({ page, problems }) => {
    await typeClaims(page, LATER_CLAIM_SET);
    const later = finding(page, LATER_CLAIM);
    assert.equal(await later.count(), 1, `findings: ${(await shownRules(page)).join(', ')}`);
    assert.equal(await later.getAttribute('data-claim'), '3');
    assert.equal(await finding(page, MULTI_ON_MULTI).count(), 0);
    assert.equal(await page.locator('#claims-view .claim').count(), 5);

    await typeClaims(page, CLEAN_SET);
    const errors = await page.locator('#findings .finding.severity-error').count();
    assert.equal(errors, 0, `findings: ${(await shownRules(page)).join(', ')}`);
    assert.match(await page.locator('#status').innerText(), /3 claims in 1 document: 0 errors/);
    assert.deepEqual(problems, []);
  });
});

test('choosing only EP drops the findings of US-only rules', async () => {
  await withPage(async ({ page }) => {
    const multi = finding(page, MULTI_ON_MULTI);
    assert.ok((await multi.count()) > 0);
    for (const office of ['US', 'JP', 'KR', 'CN', 'WO']) {
      await afterRecheck(page, () => page.getByRole('checkbox', { name: new RegExp(`^${office}\\b`) }).uncheck());
    }
    const offices = await page.locator('#summary tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.office));
    assert.deepEqual(offices, ['EP']);
    assert.equal(await multi.count(), 0, 'the EPC allows a multiple dependent claim to refer to another');
    // Every finding still shown concerns EP only.
    const findingOffices = await page.locator('#findings .finding-offices').allInnerTexts();
    assert.ok(
      findingOffices.every((text) => /^(Offices: )?EP$/.test(text.trim())),
      findingOffices.join(' | '),
    );

    // And back: ticking US again brings the finding back.
    await afterRecheck(page, () => page.getByRole('checkbox', { name: /^US\b/ }).check());
    assert.ok((await multi.count()) > 0);
  });
});

test('choosing a finding highlights its claim and words', async () => {
  await withPage(async ({ page }) => {
    const claimView = page.locator('#claims-view');
    assert.equal(await claimView.locator('.claim.is-selected').count(), 0);

    await finding(page, MULTI_ON_MULTI).first().locator('button.finding-main').click();
    const selected = claimView.locator('.claim.is-selected');
    await selected.waitFor();
    assert.equal(await selected.count(), 1);
    assert.equal(await selected.getAttribute('data-claim'), '5');
    // Scrolled into view (smoothly, so give it time).
    await page.waitForFunction(
      () => {
        const box = document.querySelector('#claims-view .claim.is-selected').getBoundingClientRect();
        return box.top >= 0 && box.bottom <= innerHeight;
      },
      null,
      { timeout: 5_000 },
    );
    // This finding is about the whole claim: nothing within it is marked.
    assert.equal(await selected.locator('mark.hit').count(), 0);

    // By keyboard: focus another finding and press Enter; the focus moves to the claim.
    const later = finding(page, LATER_CLAIM).first();
    await later.locator('button.finding-main').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#claims-view .claim.is-selected')?.dataset.claim === '6');
    assert.equal(await claimView.locator('.claim.is-selected').count(), 1);
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.claim), '6');
    // This finding has a span: its words are marked, and they are the excerpt the finding shows.
    const excerpt = await placeOf(later).locator('.excerpt').innerText();
    assert.equal(await claimView.locator('.claim.is-selected mark.hit').innerText(), excerpt);
    assert.equal(excerpt, 'claim 7');
    await page.screenshot({ path: join(SCREENSHOTS, 'finding-selected.png') });
    // "Back to the finding" returns the focus.
    await claimView.locator('.claim.is-selected .back-to-finding').click();
    assert.equal(await page.evaluate(() => document.activeElement?.closest('.finding')?.dataset.rule), LATER_CLAIM);
  });
});

test('claim files and other files are read and listed', async () => {
  await withPage(async ({ page }) => {
    await afterRecheck(page, () =>
      page.locator('#file-input').setInputFiles([
        { name: 'amended-claims.txt', mimeType: 'text/plain', buffer: Buffer.from(LATER_CLAIM_SET) },
        {
          name: 'drawings.pdf',
          mimeType: 'application/pdf',
          buffer: Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'),
        },
      ]),
    );
    const files = page.locator('#file-list .file');
    assert.equal(await files.count(), 2);
    assert.equal(
      await page.locator('#file-list .file[data-file="amended-claims.txt"]').getAttribute('data-kind'),
      'claims',
    );
    assert.match(
      await page.locator('#file-list .file[data-file="amended-claims.txt"] .file-kind').innerText(),
      /claims · text/,
    );
    assert.match(await page.locator('#file-list .file[data-file="drawings.pdf"] .file-kind').innerText(), /· pdf$/);

    // A PDF is read as drawings (drawings.test.mjs); this one is broken, and the finding says so.
    const pdfGroup = page.locator('#findings .rule-card[data-file="drawings.pdf"]');
    const unreadable = pdfGroup.locator(`.finding[data-rule="${UNREADABLE}"]`);
    assert.equal(await unreadable.count(), 1);
    assert.match(await unreadable.getAttribute('class'), /severity-error/);
    assert.match(await unreadable.locator('.message').innerText(), /drawings could not be read/);
    const textGroup = page.locator('#findings .rule-card[data-file="amended-claims.txt"]');
    assert.equal(await textGroup.locator(`.finding[data-rule="${LATER_CLAIM}"]`).count(), 1);
    // The editor's claims are still checked beside the files.
    assert.ok((await page.locator('#findings .rule-card[data-file="Claims editor"] .finding').count()) > 0);

    // Dropping a file on the drop zone adds it too.
    await afterRecheck(page, () =>
      page.locator('#drop-zone').evaluate((zone) => {
        const data = new DataTransfer();
        data.items.add(
          new File(
            ['1. A kettle comprising a spout.\n2. The kettle of claim 1, wherein the spout is curved.\n'],
            'dropped.txt',
            { type: 'text/plain' },
          ),
        );
        zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      }),
    );
    assert.equal(await files.count(), 3);
    assert.equal(await page.locator('#file-list .file[data-file="dropped.txt"]').getAttribute('data-kind'), 'claims');
    await page.locator('#file-list').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'files.png') });

    // Removing a file re-checks without it.
    await afterRecheck(page, () => page.getByRole('button', { name: 'Remove drawings.pdf' }).click());
    assert.equal(await page.locator(`#findings .finding[data-rule="${UNREADABLE}"]`).count(), 0);

    // A text file is read as claims unless the user says it holds a description; the choice stays with the file.
    const text = page.locator('#file-list .file[data-file="dropped.txt"]');
    const choice = page.getByRole('combobox', { name: 'Read dropped.txt as' });
    await choice.focus();
    await afterRecheck(page, () => choice.selectOption('description'));
    assert.equal(await text.getAttribute('data-kind'), 'description');
    assert.equal(await choice.inputValue(), 'description');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), 'Read dropped.txt as');
    await afterRecheck(page, () => choice.selectOption(''));
    assert.equal(await text.getAttribute('data-kind'), 'claims');
  });
});

test('added files go to the checker as File objects: no JavaScript on the page reads their bytes', async () => {
  const context = await env.browser.newContext();
  // Every way a page's script reads a Blob's bytes, recorded.
  await context.addInitScript(() => {
    window.__reads = [];
    for (const [proto, names] of [
      [Blob.prototype, ['arrayBuffer', 'text', 'stream', 'bytes']],
      [FileReader.prototype, ['readAsArrayBuffer', 'readAsText', 'readAsDataURL', 'readAsBinaryString']],
    ]) {
      for (const name of names) {
        const original = proto[name];
        if (typeof original !== 'function') continue;
        proto[name] = function (...args) {
          window.__reads.push(`${name} ${(args[0] ?? this).size}`);
          return original.apply(this, args);
        };
      }
    }
  });
  try {
    const { page } = await openPage(env, { context });
    await afterRecheck(page, () =>
      page
        .locator('#file-input')
        .setInputFiles([{ name: 'amended-claims.txt', mimeType: 'text/plain', buffer: Buffer.from(LATER_CLAIM_SET) }]),
    );
    const file = page.locator('#findings .rule-card[data-file="amended-claims.txt"]');
    assert.equal(await file.locator(`.finding[data-rule="${LATER_CLAIM}"]`).count(), 1);
    assert.deepEqual(await page.evaluate(() => window.__reads), []);
  } finally {
    await context.close();
  }
});

// Checking claims, descriptions and assignments asks for nothing after load. A drawing loads drawing support (the
// second Wasm module, from this site) the first time: drawings.test.mjs holds that path to same-origin GETs of it.
// Choosing a language other than English loads the translations of findings' messages, the same way.
test('nothing is sent anywhere: no request after load, none off this machine', async () => {
  await withPage(async ({ page, requests, requestLog }) => {
    // Loaded: the rules list too, drawn once the first report is (a rule's documentation is fetched when a rule is
    // first opened, below).
    await page.locator('#rules details.rule').first().waitFor({ state: 'attached' });
    // The recorder sees the worker's requests too: the Wasm module is fetched by the worker.
    assert.ok(
      requests.some((url) => url.endsWith('/pkg/patlint_bg.wasm')),
      requests.join('\n'),
    );
    const afterLoad = requests.length;

    await typeClaims(page, LATER_CLAIM_SET);
    await afterRecheck(page, () => page.getByRole('checkbox', { name: /^JP\b/ }).uncheck());
    await afterRecheck(page, () => page.locator('#filing-date').fill('2024-05-01'));
    await afterRecheck(page, () =>
      page.locator('#file-input').setInputFiles([
        {
          name: 'claims.xml',
          mimeType: 'application/xml',
          buffer: Buffer.from('<claims><claim num="1"><claim-text>1. A cup.</claim-text></claim></claims>'),
        },
        {
          name: 'assignment.json',
          mimeType: 'application/json',
          buffer: Buffer.from('{"conveyance": "assignment", "assignors": [{"name": "A Co."}]}'),
        },
      ]),
    );
    await finding(page, LATER_CLAIM).first().locator('button.finding-main').click();
    await page.locator('#rules details.rule summary').first().click();
    // The newer tools: languages, exports, printing, accepting, fixing, the tree.
    for (const code of ['ja', 'ko', 'zh', 'en']) await chooseLanguage(page, code);
    for (const name of ['Export JSON', 'Export SARIF']) {
      await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
    }
    await page.evaluate(() => {
      window.print = () => {};
    });
    await page.getByRole('button', { name: 'Print / save as PDF' }).click();
    await page.emulateMedia({ media: 'print' });
    await page.emulateMedia({ media: 'screen' });
    await typeClaims(page, '1. A lamp comprising a base\n3. The lamp of claim 1, wherein the stem is long.\n');
    const warning = page.locator('#findings .finding.severity-warning').first();
    await warning.getByRole('button', { name: 'Accept…' }).click();
    await warning.getByRole('textbox').fill('Fine.');
    await warning.getByRole('textbox').press('Enter');
    await afterRecheck(page, () => page.getByRole('button', { name: 'Add the final period' }).click());
    await afterRecheck(page, () => page.getByRole('button', { name: 'Renumber claims' }).first().click());
    await page.locator('#deps-view [role="treeitem"]').first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(500);

    const origin = new URL(page.url()).origin;
    // The translations of the interface, of messages (their runtime and catalogues) and of the rules'
    // documentation, loaded when a language is first chosen; the rules' documentation in English, when a rule is
    // first opened.
    const translated = (url) =>
      ['/i18n/', '/messages/', '/pkg/messages/', '/pkg/rule-docs.'].some((path) => url.startsWith(`${origin}${path}`));
    const translations = requestLog.slice(afterLoad).filter(({ url }) => translated(url));
    assert.ok(
      translations.length > 0 && translations.every(({ method }) => method === 'GET'),
      JSON.stringify(translations),
    );
    assert.equal(new Set(translations.map(({ url }) => url)).size, translations.length, 'translations are loaded once');
    const others = requests.slice(afterLoad).filter((url) => !translated(url));
    assert.deepEqual(others, [], 'no request after the page has loaded but the translations');
    const foreign = requests.filter((url) => requestHost(url) !== null && requestHost(url) !== '127.0.0.1');
    assert.deepEqual(foreign, [], 'every request goes to 127.0.0.1');
  });
});

test('the report exports as JSON', async () => {
  await withPage(async ({ page, requests }) => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'patlint-report.json');
    const report = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert.ok(Array.isArray(report.findings) && report.findings.length > 0);
    assert.ok(report.findings.some((f) => f.rule === MULTI_ON_MULTI));
    // Every office, as the page offers them, in the order reports list them.
    assert.deepEqual(report.offices, await pageOffices(page));
    assert.equal(typeof report.version, 'string');
    const foreign = requests.filter((url) => requestHost(url) !== null && requestHost(url) !== '127.0.0.1');
    assert.deepEqual(foreign, []);
  });
});
