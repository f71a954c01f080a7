// Exporting SARIF, printing, and accepting warnings. `node --test tests/e2e/`.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  SCREENSHOTS,
  afterRecheck,
  cardOf,
  finding,
  openPage,
  placeOf,
  requestHost,
  startEnvironment,
  summaryRow,
  typeClaims,
  withPage,
  chooseLanguage,
  pageOffices,
} from './harness.mjs';

const ANTECEDENT = 'claims/antecedent-basis-missing';
const MULTI_ON_MULTI = 'claims/multiple-dependency-on-multiple';
/** The sample's one warning: multiple dependency on a multiple dependent claim, which the PCT only discourages. */
const pctWarning = (page) => finding(page, MULTI_ON_MULTI).filter({ has: page.locator('.badge-warning') });

// Claim 2's "the handle" has no antecedent: a warning for US, EP and WO. Claim 3 is an error.
const WARNING_SET = `1. A lever comprising a bar.
2. The lever of claim 1, wherein the handle is red.
3. The lever of claim 4, being long.
`;

// A Chinese company assigns a CN and a US application to a US company, unsigned by the assignee, without the
// technology-export document and without a correspondent (as in tests/assignment.rs).
const ASSIGNMENT = JSON.stringify({
  conveyance: 'assignment',
  assignors: [
    {
      name: 'Shenzhen Example Co., Ltd.',
      kind: 'organization',
      country: 'CN',
      address: '1 Keji Road, Shenzhen',
      execution_date: '2024-01-15',
      signed: true,
      signatory: { name: 'Li Wei', capacity: 'Legal representative' },
    },
  ],
  assignees: [
    {
      name: 'Acme Corporation',
      kind: 'organization',
      country: 'US',
      address: '1 Main Street, Wilmington, DE 19801',
      signed: false,
    },
  ],
  properties: [
    { office: 'CN', kind: 'application', number: '202110123456.7' },
    { office: 'US', kind: 'application', number: '16/123,456' },
  ],
  submitter: { name: 'Alex Agent', signed: true },
  documents: [{ type: 'assignment-deed', copy: 'original' }],
});
const DOCX = fileURLToPath(new URL('../fixtures/docx/us_defects.docx', import.meta.url));

let env;
before(async () => {
  env = await startEnvironment();
});
after(async () => {
  await env?.close();
});

test('the report exports as SARIF 2.1.0', async () => {
  await withPage(env, async ({ page, requests }) => {
    const button = page.getByRole('button', { name: 'Export SARIF' });
    await page.waitForFunction(() => !document.querySelector('#export-sarif').disabled);
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    assert.equal(download.suggestedFilename(), 'patlint-report.sarif');
    const log = JSON.parse(await readFile(await download.path(), 'utf8'));

    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema, /sarif-2\.1\.0/);
    assert.equal(log.runs.length, 1);
    const [run] = log.runs;
    assert.equal(run.tool.driver.name, 'patlint');
    assert.match(run.tool.driver.version, /^\d+\.\d+\.\d+/);
    const { rules } = run.tool.driver;
    // Every rule of the catalogue, as the page lists them.
    const listed = await page.locator('#rules details.rule code.rule-id').allInnerTexts();
    assert.ok(listed.length >= 25);
    assert.deepEqual(
      rules.map((r) => r.id),
      listed,
    );
    for (const rule of rules) {
      assert.equal(typeof rule.shortDescription.text, 'string');
      assert.ok(rule.fullDescription.text.length > rule.shortDescription.text.length, rule.id);
      if (rule.helpUri) assert.match(rule.helpUri, /^https:\/\//);
      assert.ok(
        rule.properties.offices.every((p) => p.office && p.severity && p.citation),
        rule.id,
      );
    }
    assert.ok(
      rules.some((r) => r.helpUri),
      'rules with an official text link to it',
    );

    const shown = await page.locator('#findings .finding').count();
    assert.equal(run.results.length, shown);
    for (const result of run.results) {
      assert.equal(rules[result.ruleIndex].id, result.ruleId);
      assert.ok(['error', 'warning', 'note'].includes(result.level));
      assert.equal(typeof result.message.text, 'string');
      const [location] = result.locations;
      assert.equal(location.physicalLocation.artifactLocation.uri, 'Claims%20editor');
      assert.equal(result.suppressions, undefined, 'nothing accepted, nothing suppressed');
    }
    const multi = run.results.find((r) => r.ruleId === MULTI_ON_MULTI);
    assert.equal(multi.level, 'error');
    assert.ok(Number.isInteger(multi.locations[0].physicalLocation.region.startLine));
    assert.match(multi.locations[0].physicalLocation.region.snippet.text, /bicycle brake/);
    assert.deepEqual(multi.locations[0].logicalLocations, [{ name: 'claim 5', kind: 'member' }]);
    assert.match(multi.message.text, /Claim 5/);
    assert.ok(multi.properties.citations.some((c) => c.office === 'US' && c.text === '37 CFR 1.75(c)'));
    // One result per severity: the error of four offices, the warning of the PCT.
    assert.deepEqual(
      run.results
        .filter((r) => r.ruleId === MULTI_ON_MULTI)
        .map((r) => r.level)
        .sort(),
      ['error', 'warning'],
    );
    assert.deepEqual(
      requests.filter((url) => requestHost(url) !== null && requestHost(url) !== '127.0.0.1'),
      [],
    );
  });
});

test('a warning is accepted with a reason: hidden, not counted, remembered, and can be undone', async () => {
  await withPage(env, async ({ page, context, problems }) => {
    await typeClaims(page, WARNING_SET);
    const warning = finding(page, ANTECEDENT);
    assert.equal(await warning.count(), 1);
    assert.match(await warning.getAttribute('class'), /severity-warning/);
    const [, usWarnings] = await summaryRow(page, 'US');
    assert.equal(usWarnings, 1);
    // Errors have no "Accept…".
    assert.equal(await page.locator('#findings .finding.severity-error .accept-open').count(), 0);
    assert.ok((await page.locator('#findings .finding.severity-error').count()) > 0);

    // The inline form: focus moves into it; an empty reason is refused.
    await warning.getByRole('button', { name: 'Accept…' }).click();
    const reason = warning.getByRole('textbox', { name: 'Why is this finding acceptable?' });
    assert.ok(await reason.evaluate((input) => input === document.activeElement));
    await warning.getByRole('button', { name: 'Accept', exact: true }).click();
    assert.match(await warning.locator('.form-problem').innerText(), /Give a reason/);
    assert.equal(await warning.count(), 1);
    await page.screenshot({ path: join(SCREENSHOTS, 'accept-form.png') });

    await reason.fill('The handle is introduced in claim 1 of the parent application.');
    await reason.press('Enter');
    assert.equal(await warning.isVisible(), false, 'the accepted warning is hidden');
    const [, usAfter] = await summaryRow(page, 'US');
    assert.equal(usAfter, 0, 'and not counted');
    assert.match(await page.locator('#status').innerText(), /1 accepted/);
    const toggle = page.getByRole('button', { name: 'Show accepted (1)' });
    assert.ok(await toggle.isVisible());

    // Shown on request, with its reason and an Undo.
    await toggle.click();
    assert.equal(await page.locator('#toggle-accepted').getAttribute('aria-expanded'), 'true');
    assert.ok(await warning.isVisible());
    assert.match(
      await warning.locator('.accepted-note').innerText(),
      /The handle is introduced in claim 1 of the parent application\./,
    );
    await warning.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'accepted-warning.png') });

    // The SARIF log (written by the checker, as the CLI's) carries the acceptance as a suppression, and still
    // lists the accepted warning among its results.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export SARIF' }).click(),
    ]);
    const log = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert.equal(log.version, '2.1.0');
    const { results, tool } = log.runs[0];
    const suppressed = results.filter((r) => r.suppressions);
    assert.equal(suppressed.length, 1);
    assert.equal(suppressed[0].ruleId, ANTECEDENT);
    assert.equal(suppressed[0].level, 'warning');
    assert.equal(tool.driver.rules[suppressed[0].ruleIndex].id, ANTECEDENT);
    assert.deepEqual(suppressed[0].locations[0].logicalLocations, [{ name: 'claim 2', kind: 'member' }]);
    assert.deepEqual(suppressed[0].suppressions, [
      {
        kind: 'external',
        status: 'accepted',
        justification: 'The handle is introduced in claim 1 of the parent application.',
      },
    ]);

    // Undo brings it back into the list and the counts.
    await warning.getByRole('button', { name: 'Undo' }).click();
    assert.doesNotMatch(await warning.getAttribute('class'), /is-accepted/);
    assert.equal((await summaryRow(page, 'US'))[1], 1);
    assert.equal(await page.locator('#toggle-accepted').isVisible(), false);

    // Remembered across reloads: accept the sample's PCT warning, reload: the sample's warning is still accepted.
    const fresh = await openPage(env, { context });
    const warned = pctWarning(fresh.page);
    await warned.getByRole('button', { name: 'Accept…' }).click();
    await warned.getByRole('textbox').fill('Not filed under the PCT.');
    await warned.getByRole('textbox').press('Enter');
    const again = await openPage(env, { context });
    assert.match(await pctWarning(again.page).getAttribute('class'), /is-accepted/);
    assert.ok(await again.page.getByRole('button', { name: 'Show accepted (1)' }).isVisible());
    assert.deepEqual(problems, []);
  });
});

test('the report prints: summary and findings by file, no editor and no buttons', async () => {
  await withPage(env, async ({ page }) => {
    // window.print() opens a dialog in a real browser; here it only has to be called.
    await page.evaluate(() => {
      window.printed = 0;
      window.print = () => {
        window.printed += 1;
      };
    });
    await page.getByRole('button', { name: 'Print / save as PDF' }).click();
    assert.equal(await page.evaluate(() => window.printed), 1);

    // Accept a finding so the printout shows it with its reason.
    const warned = pctWarning(page);
    await warned.getByRole('button', { name: 'Accept…' }).click();
    await warned.getByRole('textbox').fill('Not filed under the PCT.');
    await warned.getByRole('textbox').press('Enter');

    await page.emulateMedia({ media: 'print' });
    for (const selector of [
      '#editor',
      '#options',
      '#drop-zone',
      '#export-json',
      '#print',
      '#claims-view',
      '#deps-view',
      '#rules',
      '#language',
    ]) {
      assert.equal(await page.locator(selector).isVisible(), false, `${selector} is not printed`);
    }
    const visibleButtons = await page
      .locator('button:not(.finding-main)')
      .evaluateAll((buttons) => buttons.filter((b) => b.offsetParent !== null).map((b) => b.textContent));
    assert.deepEqual(visibleButtons, []);
    assert.ok(await page.locator('#summary').isVisible());
    assert.ok(await page.locator('#print-header').isVisible());
    const header = await page.locator('#print-header').innerText();
    assert.match(header, /patlint report[\s\S]*Offices[\s\S]*Claims editor/);
    assert.ok(header.includes((await pageOffices(page)).join(', ')), header);
    assert.ok(await finding(page, MULTI_ON_MULTI).first().isVisible());
    assert.ok(await warned.isVisible(), 'accepted findings are printed');
    assert.match(await warned.innerText(), /Not filed under the PCT\./);
    await page.screenshot({ path: join(SCREENSHOTS, 'print.png'), fullPage: true });
    await page.pdf({ path: join(SCREENSHOTS, 'print.pdf'), format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
    assert.ok(await page.locator('#editor').isVisible());
  });
});

test('the exports follow the chosen offices', async () => {
  await withPage(env, async ({ page }) => {
    for (const office of ['US', 'JP', 'KR', 'CN', 'WO']) {
      await afterRecheck(page, () => page.getByRole('checkbox', { name: new RegExp(`^${office}\\b`) }).uncheck());
    }
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export SARIF' }).click(),
    ]);
    const log = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert.ok(log.runs[0].results.every((r) => r.properties.offices.every((o) => o === 'EP')));
    assert.ok(!log.runs[0].results.some((r) => r.ruleId === MULTI_ON_MULTI));
  });
});

test('a whole filing: a Word description and an assignment record beside the claims', async () => {
  await withPage(env, async ({ page, problems }) => {
    await afterRecheck(page, async () =>
      page.locator('#file-input').setInputFiles([
        {
          name: 'us_defects.docx',
          mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          buffer: await readFile(DOCX),
        },
        { name: 'assignment.json', mimeType: 'application/json', buffer: Buffer.from(ASSIGNMENT) },
      ]),
    );
    assert.equal(
      await page.locator('#file-list .file[data-file="us_defects.docx"]').getAttribute('data-kind'),
      'description',
    );
    assert.equal(
      await page.locator('#file-list .file[data-file="assignment.json"]').getAttribute('data-kind'),
      'assignment',
    );

    // Readiness per office for the assignment record.
    const statuses = await page
      .locator('#readiness tbody tr')
      .evaluateAll((rows) => Object.fromEntries(rows.map((r) => [r.dataset.office, r.dataset.status])));
    assert.deepEqual(statuses, {
      US: 'incomplete',
      EP: 'not-concerned',
      JP: 'not-concerned',
      KR: 'not-concerned',
      CN: 'incomplete',
      WO: 'not-concerned',
    });
    assert.match(
      await page.locator('#readiness tr[data-office="US"]').innerText(),
      /correspondent's name or address is missing/,
    );

    // Findings say where they are: a field of the record, a paragraph of the description.
    const signature = page.locator('#findings .finding[data-rule="assignment/signature-missing"]');
    assert.equal(await placeOf(signature).locator('.where code.field').innerText(), 'assignees[0].signed');
    const description = page.locator('#findings .rule-card[data-file="us_defects.docx"]');
    assert.ok((await description.locator('.finding').count()) > 5);
    assert.ok((await description.locator('.where').allInnerTexts()).some((text) => /Paragraph \d+/.test(text)));

    // In Japanese, the new rules' summaries and the readiness table are translated too.
    await chooseLanguage(page, 'ja');
    assert.match(await page.locator('#readiness').innerText(), /譲渡の登録準備状況[\s\S]*不備あり[\s\S]*対象外/);
    assert.match(await cardOf(signature).locator('.summary-text').innerText(), /署名していない/);
    await page.locator('#readiness').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'filing-ja.png') });
    await chooseLanguage(page, 'en');

    // SARIF names the field and the paragraph.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export SARIF' }).click(),
    ]);
    const log = JSON.parse(await readFile(await download.path(), 'utf8'));
    const sarifSignature = log.runs[0].results.find((r) => r.ruleId === 'assignment/signature-missing');
    assert.deepEqual(sarifSignature.locations[0].logicalLocations, [
      { fullyQualifiedName: 'assignees[0].signed', kind: 'member' },
    ]);
    assert.ok(
      log.runs[0].results.some((r) => /^paragraph \d+$/.test(r.locations[0].logicalLocations?.[0]?.name ?? '')),
    );
    assert.equal(
      log.runs[0].results.find((r) => r.ruleId.startsWith('description/')).locations[0].physicalLocation
        .artifactLocation.uri,
      'us_defects.docx',
    );
    assert.deepEqual(problems, []);
  });
});
