// Drawings: a PDF sheet dropped on the page loads drawing support (a second Wasm module, from this site only), is
// read as drawings, drawn to scale with an office's usable area and the content crossing it, and a finding on the
// sheet shows its place there. `node --test tests/e2e/`.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import en from '../../www/i18n/en.js';
import { marginPdf, plainPng } from './drawing-fixtures.mjs';
import {
  SCREENSHOTS,
  afterRecheck,
  drop,
  finding,
  placeOf,
  startEnvironment,
  withPage,
  chooseLanguage,
} from './harness.mjs';

const MARGIN = 'drawings/margin-too-small';
/** The catalog keys of the drawings' view: none may show untranslated. */
const DRAWING_KEYS = Object.keys(en.strings).filter((key) =>
  /^(drawings|legend|sheet|side|colour|raster|pixel|compression|pdf)\./.test(key),
);
/** Where the screenshots are looked at. */
const SHOTS = '/tmp/patlint-shots';
/** The corpus's EP 1 667 425 A1 (../shared/corpus, never copied into the repository), when it is there. */
const CORPUS = '/work/shared/corpus/PatentStandardization/data/st36_wipo_examples/st36aexample';
const AXE_SOURCE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let env;
before(async () => {
  env = await startEnvironment();
  await mkdir(SHOTS, { recursive: true });
});
after(async () => {
  await env?.close();
});

test('a dropped PDF sheet loads drawing support, is drawn, and its finding shows its place', async () => {
  await withPage(env, async ({ page, context, requestLog, problems }) => {
    await page.locator('#rules details.rule').first().waitFor();
    assert.ok(
      !requestLog.some(({ url }) => url.includes('/pkg/drawings/')),
      'drawing support is not loaded until a drawing is checked',
    );
    assert.ok(await page.locator('#drawings-panel').isHidden(), 'no drawings, no drawings panel');
    const afterLoad = requestLog.length;

    // Drawing support takes a moment to arrive here, so that the page's word for it can be seen.
    await context.route('**/pkg/drawings/patlint_bg.wasm', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 700));
      await route.continue();
    });
    const labels = page.waitForFunction(
      () => {
        const label = document.querySelector('#progress-label');
        return !document.querySelector('#progress').hidden && label.textContent.startsWith('Loading drawing')
          ? label.textContent
          : null;
      },
      null,
      { timeout: 15_000, polling: 20 },
    );
    await afterRecheck(page, async () => {
      await drop(page, [{ name: 'sheet.pdf', type: 'application/pdf', buffer: marginPdf() }]);
      assert.equal(await (await labels).jsonValue(), 'Loading drawing support…');
    });

    // Loaded from this site, by GET, and nothing else asked for: the drawing went nowhere.
    const since = requestLog.slice(afterLoad);
    assert.ok(
      since.some(({ url }) => url.endsWith('/pkg/drawings/patlint_bg.wasm')),
      since.map((r) => r.url).join('\n'),
    );
    const origin = new URL(page.url()).origin;
    assert.deepEqual(
      since.filter(
        ({ method, url }) =>
          method !== 'GET' || new URL(url).origin !== origin || !new URL(url).pathname.startsWith('/pkg/drawings/'),
      ),
      [],
      'after load, only same-origin GETs of the drawings module',
    );

    const file = page.locator('#file-list .file[data-file="sheet.pdf"]');
    assert.equal(await file.getAttribute('data-kind'), 'drawings');
    assert.match(await file.locator('.file-kind').innerText(), /^drawings · pdf$/);

    // The finding: on sheet 1, for the offices whose margins it crosses, as a button to the sheet.
    const margin = page.locator(`#findings .rule-card[data-file="sheet.pdf"] .finding[data-rule="${MARGIN}"]`);
    assert.ok((await margin.count()) >= 1, `findings: ${await page.locator('#findings').innerText()}`);
    const first = margin.first();
    assert.equal(await first.getAttribute('data-sheet'), '1');
    assert.match(await placeOf(first).locator('.where').innerText(), /Sheet 1/);
    assert.match(await first.locator('.message').innerText(), /left edge/);

    // The sheet: A4, to scale, the usable area of the first office chosen, the content beyond it on the left.
    const panel = page.locator('#drawings-panel');
    assert.ok(await panel.isVisible());
    const card = panel.locator('.sheet-card[data-file="sheet.pdf"][data-sheet="1"]');
    assert.equal(await card.count(), 1);
    assert.equal(await page.locator('#drawings-office').inputValue(), 'US');
    const drawing = card.locator('svg.sheet-svg');
    assert.equal(await drawing.getAttribute('viewBox'), '0 0 210 297');
    assert.match(await drawing.getAttribute('aria-label'), /crosses the US usable area at the left/);
    assert.equal(await card.locator('.sheet-title').evaluate((node) => node.tagName), 'H4');
    assert.equal(await drawing.locator('rect.sheet-usable').count(), 1);
    assert.deepEqual(
      await drawing.locator('rect.sheet-usable').evaluate((r) => ['x', 'y'].map((a) => Number(r.getAttribute(a)))),
      [25, 25],
    );
    assert.equal(await drawing.locator('rect.sheet-intrusion[data-side="left"]').count(), 1);
    assert.ok((await drawing.locator('rect.sheet-text').count()) >= 1, 'the text runs are drawn');
    assert.match(await card.locator('.sheet-facts').innerText(), /210\.0 × 297\.0 mm \(A4\)/);
    const left = card.locator('.margins li[data-side="left"]');
    assert.match(await left.getAttribute('class'), /is-short/);
    assert.match(await left.innerText(), /^left 3\.5 mm\s+under the US minimum of 25\.0 mm$/);
    assert.doesNotMatch((await card.locator('.margins li[data-side="top"]').getAttribute('class')) ?? '', /is-short/);
    assert.match(
      await panel.locator('.pdf-facts').innerText(),
      /PDF 1\.4[\s\S]*Helvetica \(standard font, not embedded, from sheet 1\)/,
    );

    // Choosing the finding shows the sheet, its area marked, and moves the focus there.
    assert.equal(await drawing.locator('rect.sheet-hit').count(), 0);
    await first.locator('button.finding-main').click();
    await card.and(page.locator('.is-selected')).waitFor();
    assert.equal(await drawing.locator('rect.sheet-hit').count(), 1);
    const hit = await drawing
      .locator('rect.sheet-hit')
      .evaluate((r) => ['x', 'y', 'width', 'height'].map((a) => Number(r.getAttribute(a))));
    // The finding's area is the content in the margin: from the hairline at 3.5 mm to the 25 mm left margin.
    assert.ok(hit[0] < 4 && hit[0] > 1, `hit: ${hit}`);
    assert.ok(hit[0] + hit[2] > 25 && hit[0] + hit[2] < 28, `hit: ${hit}`);
    assert.match(await card.locator('.sheet-marked').innerText(), /3\.5 to 25\.0 mm from the left edge/);
    assert.equal(
      await page.evaluate(() => document.activeElement?.classList.contains('sheet-card')),
      true,
      'the focus moves to the sheet',
    );
    await page.waitForFunction(
      () => {
        const box = document.querySelector('.sheet-card.is-selected svg').getBoundingClientRect();
        return box.top >= -1 && box.bottom <= innerHeight + 1;
      },
      null,
      { timeout: 5_000 },
    );
    await page.screenshot({ path: join(SHOTS, 'drawings.png') });
    await page.screenshot({ path: join(SCREENSHOTS, 'drawings.png') });
    await panel.screenshot({ path: join(SHOTS, 'drawings-panel.png') });

    // Back to the finding, by keyboard.
    await card.getByRole('button', { name: 'Back to the finding' }).focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.closest('.finding')?.dataset.rule), MARGIN);
    // And by keyboard to another finding on the sheet: Enter shows the sheet again, the focus on it.
    const other = margin.nth(1);
    await other.locator('button.finding-main').focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('sheet-card')), true);
    assert.equal(await drawing.locator('rect.sheet-hit').count(), 1, 'one finding marked at a time');
    assert.match(await other.locator('button.finding-main').getAttribute('class'), /is-active/);

    // Another office's usable area: the CNIPA's margins are the US's on the left.
    await page.selectOption('#drawings-office', 'CN');
    assert.match(await panel.locator('.sheet-legend').innerText(), /Usable area \(CN\)/);
    assert.match(await card.locator('.margins li[data-side="left"]').innerText(), /under the CN minimum of 25\.0 mm/);
    assert.equal(await drawing.locator('rect.sheet-hit').count(), 1, 'the finding stays shown');

    // In every language, no string is missing.
    for (const code of ['ja', 'ko', 'zh']) {
      await chooseLanguage(page, code);
      const text = await panel.innerText();
      assert.deepEqual(
        DRAWING_KEYS.filter((key) => text.includes(key)),
        [],
        `${code}: ${text}`,
      );
    }
    await page.locator('#drawings-panel').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'drawings-ja-zh.png') });
    await chooseLanguage(page, 'en');

    // On paper: the sheets three to a row.
    await page.emulateMedia({ media: 'print' });
    assert.ok(await card.isVisible());
    await page.screenshot({ path: join(SHOTS, 'drawings-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    // SARIF names the sheet, as the CLI's does; it is written by the module with drawing support, which knows the
    // drawing rules.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export SARIF' }).click(),
    ]);
    const log = JSON.parse(await readFile(await download.path(), 'utf8'));
    const result = log.runs[0].results.find((r) => r.ruleId === MARGIN);
    assert.deepEqual(result.locations[0].logicalLocations, [{ name: 'sheet 1', kind: 'member' }]);
    assert.equal(log.runs[0].tool.driver.rules[result.ruleIndex].id, MARGIN);
    assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'sheet.pdf');

    assert.deepEqual(problems, [], 'no console errors or CSP violations');
  });
});

/** The classes of an SVG's children, in order: what is drawn beneath what. */
const layers = (drawing) => drawing.evaluate((svg) => [...svg.children].map((node) => node.getAttribute('class')));

test('a dropped PDF sheet is drawn as it looks, beneath the usable area, intrusions and the finding', async () => {
  await withPage(env, async ({ page, problems }) => {
    await page.locator('#rules details.rule').first().waitFor();
    await afterRecheck(page, () => drop(page, [{ name: 'sheet.pdf', type: 'application/pdf', buffer: marginPdf() }]));
    const card = page.locator('.sheet-card[data-file="sheet.pdf"][data-sheet="1"]');
    const drawing = card.locator('svg.sheet-svg');
    await drawing.locator('g.sheet-look path').first().waitFor({ state: 'attached', timeout: 15_000 });
    const d = await drawing.locator('g.sheet-look path').first().getAttribute('d');
    assert.match(d, /^M-?\d+ -?\d+[lmz]/, 'SVG path data, quantised');
    assert.match(await drawing.getAttribute('class'), /has-look/);
    let order = await layers(drawing);
    const look = order.indexOf('sheet-look');
    assert.equal(order[0], 'sheet-paper');
    assert.equal(look, 1, `the look right above the paper: ${order}`);
    for (const mark of ['sheet-content', 'sheet-usable', 'sheet-intrusions'])
      assert.ok(order.indexOf(mark) > look, `${mark} above the look: ${order}`);
    await finding(page, MARGIN).first().locator('button.finding-main').click();
    await card.and(page.locator('.is-selected')).waitFor();
    order = await layers(drawing);
    assert.ok(order.lastIndexOf('sheet-hit') > order.indexOf('sheet-look'), `the finding above the look: ${order}`);
    await card.screenshot({ path: join(SCREENSHOTS, 'sheet-look-vector.png') });
    assert.deepEqual(problems, [], 'no console errors or CSP violations (the pictures are data: URLs)');
  });
});

test('the corpus EP sheets, a TIFF and a page of the published PDF, drawn as they look with a margin finding', {
  skip: existsSync(CORPUS) ? false : 'the corpus is absent',
}, async () => {
  // The TIFF is a figure cropped to its ink, not a whole sheet: it has no margins to measure, and its finding is
  // the sheet's size. The PDF is read as drawings (the user's choice: by itself it is the published application);
  // its sheet 11 is FIG. 1.
  for (const [name, type, rule, wanted, shot] of [
    ['imgf0001.tif', 'image/tiff', 'drawings/sheet-size-invalid', 1, 'sheet-look-tiff.png'],
    ['DOCUMENT.PDF', 'application/pdf', MARGIN, 11, 'sheet-look-pdf.png'],
  ]) {
    await withPage(env, async ({ page, problems }) => {
      await page.locator('#rules details.rule').first().waitFor();
      const buffer = await readFile(join(CORPUS, name));
      await afterRecheck(page, () => drop(page, [{ name, type, buffer }]));
      if (name.endsWith('.PDF'))
        await afterRecheck(page, () =>
          page.locator(`#file-list .file[data-file="${name}"] select.file-kind-choice`).selectOption('drawings'),
        );
      const sheet = page.locator(`.sheet-card[data-file="${name}"][data-sheet="${wanted}"]`);
      await sheet.locator('g.sheet-look image').first().waitFor({ state: 'attached', timeout: 30_000 });
      const chosen = page.locator(`#findings .finding[data-rule="${rule}"][data-sheet="${wanted}"]`).first();
      assert.equal(await chosen.count(), 1, `${name}: a ${rule} finding on sheet ${wanted}`);
      const button = chosen.locator('button.finding-main');
      if (!(await button.isVisible()))
        await placeOf(chosen)
          .locator('xpath=ancestor::*[contains(concat(" ", @class, " "), " rule-card ")][1]')
          .locator('button.more-places')
          .click();
      await button.click();
      const card = page.locator(`.sheet-card.is-selected[data-file="${name}"][data-sheet="${wanted}"]`);
      await card.waitFor();
      const order = await layers(card.locator('svg.sheet-svg'));
      assert.equal(order.indexOf('sheet-look'), 1, `${name}: the look beneath the marks: ${order}`);
      await page.waitForTimeout(300);
      await card.screenshot({ path: join(SCREENSHOTS, shot) });
      await page.screenshot({ path: join(SHOTS, shot) });
      assert.deepEqual(problems, [], `${name}: no console errors or CSP violations`);
    });
  }
});

test('a second drawing reuses drawing support: no new request', async () => {
  await withPage(env, async ({ page, requestLog }) => {
    await afterRecheck(page, () => drop(page, [{ name: 'a.pdf', type: 'application/pdf', buffer: marginPdf() }]));
    const loaded = requestLog.length;
    await afterRecheck(page, () => drop(page, [{ name: 'b.pdf', type: 'application/pdf', buffer: marginPdf() }]));
    await afterRecheck(page, () => page.getByRole('checkbox', { name: /^EP\b/ }).uncheck());
    assert.deepEqual(requestLog.slice(loaded), []);
    assert.equal(await page.locator('#drawings-panel .sheet-card').count(), 2);
    // An image that states no resolution has no size in mm: drawn in pixels, said to be unknown.
    await afterRecheck(page, () => drop(page, [{ name: 'figure.png', type: 'image/png', buffer: plainPng(40, 30) }]));
    const image = page.locator('#drawings-panel .sheet-card[data-file="figure.png"]');
    assert.equal(await image.locator('svg').getAttribute('viewBox'), '0 0 40 30');
    assert.match(
      await image.locator('.sheet-facts').innerText(),
      /unknown \(the image states no resolution\)[\s\S]*40 × 30 px · no resolution stated · Deflate · grey, 8 bits per sample/,
    );
    // Only JP chosen: no office sets margins there, and the page says so.
    for (const office of ['US', 'KR', 'CN', 'WO'])
      await afterRecheck(page, () => page.getByRole('checkbox', { name: new RegExp(`^${office}\\b`) }).uncheck());
    assert.ok(await page.locator('#drawings-no-office').isVisible());
    assert.equal(await page.locator('#drawings-panel rect.sheet-usable').count(), 0);
    assert.equal(await finding(page, MARGIN).count(), 0);
  });
});

test('axe finds no serious or critical violation with a sheet shown', async () => {
  await withPage(
    env,
    async ({ page }) => {
      await afterRecheck(page, () => drop(page, [{ name: 'sheet.pdf', type: 'application/pdf', buffer: marginPdf() }]));
      await finding(page, MARGIN).first().locator('button.finding-main').click();
      await page.addScriptTag({ content: AXE_SOURCE });
      const serious = async () =>
        (
          await page.evaluate(async () => {
            const results = await window.axe.run(document, { resultTypes: ['violations'] });
            return results.violations.map((v) => ({
              id: v.id,
              impact: v.impact,
              nodes: v.nodes.map((n) => n.target.join(' ')),
            }));
          })
        )
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.slice(0, 5).join(', ')}`);
      assert.deepEqual(await serious(), []);
      for (const code of ['ja', 'ko', 'zh']) {
        await chooseLanguage(page, code);
        assert.deepEqual(await serious(), [], code);
      }
      await page.emulateMedia({ media: 'print' });
      assert.deepEqual(await serious(), [], 'as printed');
    },
    { bypassCSP: true },
  );
});

test('drawing support that fails to load says so, and the next drawing tries again', async () => {
  await withPage(env, async ({ page, context, problems }) => {
    let refused = 0;
    await context.route('**/pkg/drawings/patlint_bg.wasm', (route) => {
      if (refused++ === 0) return route.abort('connectionrefused');
      return route.continue();
    });
    // A failed check shows no report: the page says why.
    await drop(page, [{ name: 'a.pdf', type: 'application/pdf', buffer: marginPdf() }]);
    await page.waitForFunction(() => document.querySelector('#status').classList.contains('is-error'), null, {
      timeout: 15_000,
    });
    assert.match(await page.locator('#status').innerText(), /^The check failed: drawing support could not be loaded/);
    assert.ok(await page.locator('#status').evaluate((node) => node.classList.contains('is-error')));
    await afterRecheck(page, () => drop(page, [{ name: 'b.pdf', type: 'application/pdf', buffer: marginPdf() }]));
    assert.equal(await page.locator('#file-list .file[data-kind="drawings"]').count(), 2);
    assert.ok((await finding(page, MARGIN).count()) >= 2);
    // The refused request is the browser's to report; nothing else went wrong.
    assert.deepEqual(
      problems.filter((text) => !/ERR_CONNECTION_REFUSED|Failed to fetch|Failed to load resource/i.test(text)),
      [],
    );
  });
});
