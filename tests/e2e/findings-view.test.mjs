// The findings as the page groups them (issue #19): a card per rule and document, its places inside, each place
// with its findings per severity; tiers with what blocks filing first; filters; the first screen's "Before filing"
// line. Every expectation is worked out from the report the page exports, not written down.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCREENSHOTS, afterRecheck, startEnvironment, withPage, chooseLanguage } from './harness.mjs';

const PERIOD = 'claims/final-period-missing';
const MULTI_ON_MULTI = 'claims/multiple-dependency-on-multiple';

// Five claims without their final period (one rule, five places), and a multiple dependent claim on another
// (an error at some offices, a warning at others: two findings at one place).
const CLAIMS = `1. A lamp comprising a base, a stem and a shade
2. The lamp of claim 1, wherein the base is made of cast iron
3. The lamp of claim 1 or 2, wherein the shade is made of linen
4. The lamp of claim 3, wherein the stem is telescopic
5. The lamp of claim 3 or 4, wherein the stem is locked by a collar
6. The lamp of claim 1, wherein the shade is round
7. The lamp of claim 1, wherein the shade is white
`;

// The published EP 1 667 425 A1 as four files: its XML, its PDF, two of its drawing TIFFs (when the shared corpus
// is beside the repository).
const EP_1667425 = fileURLToPath(
  new URL('../../../shared/corpus/PatentStandardization/data/st36_wipo_examples/st36aexample/', import.meta.url),
);

let env;
before(async () => {
  env = await startEnvironment();
});
after(async () => {
  await env?.close();
});

async function exported(page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  return JSON.parse(await readFile(await download.path(), 'utf8'));
}

const cardKey = (f) => `${f.rule}@${f.file}`;
const distinct = (list) => [...new Set(list)];

test('a card per rule and document, a place per group, the findings of each severity inside', async () => {
  await withPage(env, async ({ page, problems }) => {
    await afterRecheck(page, () => page.locator('#editor').fill(CLAIMS));
    const report = await exported(page);
    const { findings } = report;
    assert.ok(findings.filter((f) => f.rule === PERIOD).length >= 5);

    const cards = page.locator('#findings .rule-card');
    assert.deepEqual(
      (await cards.evaluateAll((nodes) => nodes.map((n) => `${n.dataset.rule}@${n.dataset.file}`))).sort(),
      distinct(findings.map(cardKey)).sort(),
    );
    assert.deepEqual(
      (await page.locator('#findings .place').evaluateAll((nodes) => nodes.map((n) => n.dataset.group))).sort(),
      distinct(findings.map((f) => f.group)).sort(),
    );
    // Still one element per finding, each in its group's place.
    assert.equal(await page.locator('#findings .finding').count(), findings.length);
    for (const group of distinct(findings.map((f) => f.group))) {
      const place = page.locator(`#findings .place[data-group="${group}"]`);
      assert.equal(await place.locator('.finding').count(), findings.filter((f) => f.group === group).length, group);
    }

    // The multiple dependent claim on another: one place, an error and a warning, and the card says which office
    // has which.
    const multi = page.locator(`#findings .rule-card[data-rule="${MULTI_ON_MULTI}"]`);
    const multiFindings = findings.filter((f) => f.rule === MULTI_ON_MULTI && f.location.claim === 5);
    assert.deepEqual(multiFindings.map((f) => f.severity).sort(), ['error', 'warning']);
    const place = multi.locator(`.place[data-group="${multiFindings[0].group}"]`);
    assert.deepEqual((await place.locator('.finding .badge').allInnerTexts()).map((s) => s.toLowerCase()).sort(), [
      'error',
      'warning',
    ]);
    const offices = (severity) =>
      report.offices.filter((o) =>
        findings.some((f) => f.rule === MULTI_ON_MULTI && f.severity === severity && f.offices.includes(o)),
      );
    assert.equal(
      await multi.locator('.card-offices').innerText(),
      `Error: ${offices('error').join(', ')} · Warning: ${offices('warning').join(', ')}`,
    );
    assert.match(await place.locator('.where').innerText(), /^Claim 5/);

    // One rule at several places: one card with its count; three places shown, the rest on request.
    const period = page.locator(`#findings .rule-card[data-rule="${PERIOD}"]`);
    const periodPlaces = distinct(findings.filter((f) => f.rule === PERIOD).map((f) => f.group)).length;
    assert.equal(await period.count(), 1);
    assert.equal(await period.locator('.card-count').innerText(), `at ${periodPlaces} places`);
    const visiblePlaces = () => period.locator('.place').evaluateAll((nodes) => nodes.filter((n) => !n.hidden).length);
    assert.equal(await visiblePlaces(), 3);
    const more = period.locator('.more-places');
    assert.equal(await more.innerText(), `Show ${periodPlaces - 3} more places`);
    await more.click();
    assert.equal(await visiblePlaces(), periodPlaces);
    assert.equal(await more.getAttribute('aria-expanded'), 'true');
    assert.equal(await more.innerText(), 'Show fewer places');

    // Tiers: the cards with an error come first, under their heading.
    const tiers = await page
      .locator('#findings .finding-tier')
      .evaluateAll((nodes) => nodes.map((n) => n.dataset.tier));
    assert.deepEqual(
      tiers,
      ['error', 'warning', 'info'].filter((s) => tiers.includes(s)),
    );
    assert.equal(tiers[0], 'error');
    const errorCards = await page
      .locator('#findings .finding-tier[data-tier="error"] .rule-card')
      .evaluateAll((nodes) => nodes.map((n) => n.dataset.rule));
    assert.deepEqual(
      distinct(errorCards).sort(),
      distinct(findings.filter((f) => f.severity === 'error').map((f) => f.rule)).sort(),
    );
    await page.locator('#findings').screenshot({ path: join(SCREENSHOTS, 'findings-grouped.png') });
    assert.deepEqual(problems, []);
  });
});

test('filters choose the findings by office, severity, document and rule family', async () => {
  await withPage(env, async ({ page }) => {
    await afterRecheck(page, () => page.locator('#editor').fill(CLAIMS));
    const { findings } = await exported(page);
    const shown = () =>
      page.locator('#findings .finding').evaluateAll((nodes) => nodes.map((n) => Number(n.dataset.index)));
    const expect = async (predicate, label) => {
      const indexes = findings.map((f, i) => (predicate(f) ? i : -1)).filter((i) => i >= 0);
      assert.deepEqual(
        (await shown()).sort((a, b) => a - b),
        indexes,
        label,
      );
      assert.equal(
        await page.locator('#filter-note').innerText(),
        indexes.length === findings.length ? '' : `${indexes.length} of ${findings.length} findings shown`,
        label,
      );
    };

    await page.selectOption('#filter-severity', 'error');
    await expect((f) => f.severity === 'error', 'errors');
    await page.selectOption('#filter-office', 'WO');
    await expect((f) => f.severity === 'error' && f.offices.includes('WO'), 'WO errors');
    await page.selectOption('#filter-severity', 'warning');
    await expect((f) => f.severity !== 'info' && f.offices.includes('WO'), 'WO errors and warnings');
    await page.selectOption('#filter-office', '');
    await page.selectOption('#filter-severity', '');
    await page.selectOption('#filter-family', 'claims');
    await expect((f) => f.rule.startsWith('claims/'), 'claims rules');
    await page.selectOption('#filter-family', '');
    await page.selectOption('#filter-file', 'Claims editor');
    await expect((f) => f.file === 'Claims editor', 'the editor');
    await page.selectOption('#filter-file', '');
    await expect(() => true, 'all');
  });
});

test('the first screen says what each office would object to, and leads to it', async () => {
  await withPage(env, async ({ page }) => {
    await afterRecheck(page, async () => {
      await page.locator('#editor').fill(CLAIMS);
      await page
        .locator('#file-input')
        .setInputFiles([
          { name: 'other.txt', mimeType: 'text/plain', buffer: Buffer.from('1. A kettle comprising a spout\n') },
        ]);
    });
    const report = await exported(page);
    const errors = report.findings.filter((f) => f.severity === 'error');
    const counts = await page
      .locator('#blocking .blocking-list li')
      .evaluateAll((items) => items.map((i) => [i.dataset.office, Number(i.dataset.errors)]));
    assert.deepEqual(
      counts,
      report.offices.map((office) => [office, errors.filter((f) => f.offices.includes(office)).length]),
    );
    // The rules that would be objected to, each once.
    assert.deepEqual(
      await page
        .locator('#blocking .blocking-rules li[data-rule]')
        .evaluateAll((items) => items.map((i) => i.dataset.rule)),
      distinct(errors.map((f) => f.rule)),
    );
    const box = await page.locator('#blocking').boundingBox();
    assert.ok(box.y + box.height <= 900, 'on the first screen');

    // An office's errors: the list shows them alone.
    const [office, n] = counts.find(([, count]) => count > 0);
    await page.locator(`#blocking li[data-office="${office}"] a`).click();
    assert.equal(await page.locator('#filter-office').inputValue(), office);
    assert.equal(await page.locator('#filter-severity').inputValue(), 'error');
    assert.equal(await page.locator('#findings .finding').count(), n);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'findings-heading');

    // A rule: its card, the focus on its first finding, the filter cleared that hid it.
    assert.ok(errors.some((f) => f.rule === MULTI_ON_MULTI && f.file === 'Claims editor'));
    await page.selectOption('#filter-file', 'other.txt');
    assert.equal(await page.locator(`#findings .rule-card[data-rule="${MULTI_ON_MULTI}"]`).count(), 0);
    await page.locator(`#blocking .blocking-rules li[data-rule="${MULTI_ON_MULTI}"] a`).click();
    assert.equal(
      await page.evaluate(() => document.activeElement?.closest('.rule-card')?.dataset.rule),
      MULTI_ON_MULTI,
    );
    assert.equal(await page.locator('#filter-file').inputValue(), '');
  });
});

test('switching language keeps the chosen finding and its highlighted claim', async () => {
  await withPage(env, async ({ page }) => {
    await afterRecheck(page, () => page.locator('#editor').fill(CLAIMS));
    await page.locator(`#findings .finding[data-rule="${MULTI_ON_MULTI}"] button.finding-main`).first().click();
    await page.locator('#claims-view .claim.is-selected').waitFor();
    const index = await page
      .locator('#findings button.finding-main.is-active')
      .evaluate((b) => b.closest('.finding').dataset.index);
    await page.locator('#language').focus();
    await chooseLanguage(page, 'ja');
    // Once the messages' translations have arrived too.
    await page.locator('#findings .finding .message').first().filter({ hasNotText: /Claim/ }).waitFor();
    assert.equal(await page.locator('#claims-view .claim.is-selected').getAttribute('data-claim'), '5');
    assert.equal(
      await page
        .locator('#findings button.finding-main.is-active')
        .evaluate((b) => b.closest('.finding').dataset.index),
      index,
    );
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'language');
    await chooseLanguage(page, 'en');
  });
});

test('EP 1 667 425 A1 as four files: under 30 cards, what blocks filing on the first screen', {
  skip: !existsSync(EP_1667425) && 'the shared corpus is not beside the repository',
}, async () => {
  await withPage(env, async ({ page }) => {
    await afterRecheck(page, async () => {
      await page.locator('#editor').fill('');
      await page
        .locator('#file-input')
        .setInputFiles(
          ['DOC00001.xml', 'DOCUMENT.PDF', 'imgf0001.tif', 'imgf0002.tif'].map((f) => join(EP_1667425, f)),
        );
    });
    const report = await exported(page);
    const cards = await page.locator('#findings .rule-card').count();
    assert.equal(cards, distinct(report.findings.map(cardKey)).length);
    assert.ok(cards < 30, `${cards} cards for ${report.findings.length} findings`);
    console.log(
      `# EP 1 667 425 A1, four files: ${report.findings.length} findings, ${distinct(report.findings.map((f) => f.group)).length} places, ${cards} cards`,
    );
    await page.locator('#report').screenshot({ path: join(SCREENSHOTS, 'ep1667425-report.png') });
  });
});
