// A PDF application's text pages as they look: an application written as HTML and printed by Chromium's printer
// with a left margin of 10 mm, dropped on the page, shows each text page in the description view drawn to scale as
// it looks (its glyph outlines), with its body text's box, the usable area of the office chosen and the side the
// body crosses; choosing the margin finding shows and marks the page. `node --test tests/e2e/`.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import en from '../../www/i18n/en.js';
import { SCREENSHOTS, afterRecheck, drop, placeOf, startEnvironment, withPage, chooseLanguage } from './harness.mjs';

const MARGINS = 'description/margins-invalid';
/** The catalog keys of the pages' part: none may show untranslated. */
const PAGE_KEYS = Object.keys(en.strings).filter((key) => /^(textPages?|legend|sheet|side)\./.test(key));

const PARAGRAPHS = [
  'The invention relates to levers held in one hand, used to lift loads in a workshop.',
  'Levers are known. They are often too short to be held with one hand, and their handles slip when they are wet.',
  'It is an object of the invention to provide a lever that is light and that does not slip.',
  'The lever 10 has a handle 12 and a head 14 fixed to the handle 12. The handle 12 is made of oak.',
  'The head 14 is made of steel and carries a hook 16, around which a rope may be wound several times.',
];

/** The application as HTML, printed on A4 with the body 10 mm from the left edge: into every office's margin. */
function application() {
  const body = PARAGRAPHS.map((text, i) => `<p>[${String(i + 1).padStart(4, '0')}] ${text}</p>`).join('');
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    @page { size: A4; margin: 2.5cm 2cm 2.5cm 1cm; @bottom-center { content: counter(page); font: 10pt serif; } }
    body { font: 12pt/1.8 "Liberation Serif", "DejaVu Serif", serif; margin: 0; }
    h1, h2 { font-size: 12pt; margin: 1.8em 0 0; }
    p { margin: 0; text-align: justify; }
    .part { break-before: page; }
  </style></head><body>
    <h1>Lever with a handle</h1><h2>DESCRIPTION</h2>${body}
    <section class="part"><h2>CLAIMS</h2><p>1. A lever comprising a handle and a head fixed to the handle.</p>
    <p>2. The lever of claim 1, wherein the handle is made of wood.</p></section>
    <section class="part"><h2>ABSTRACT</h2><p>A lever has a handle and a head fixed to the handle.</p></section>
  </body></html>`;
}

/** The classes of an SVG's children, in order: what is drawn beneath what. */
const layers = (drawing) => drawing.evaluate((svg) => [...svg.children].map((node) => node.getAttribute('class')));

let env;
let pdf;
before(async () => {
  env = await startEnvironment();
  const printer = await env.browser.newPage();
  await printer.setContent(application());
  pdf = await printer.pdf({ preferCSSPageSize: true, printBackground: false });
  await printer.close();
});
after(async () => {
  await env?.close();
});

test('a PDF application’s text pages are drawn as they look, and its margin finding shows its page', async (t) => {
  await withPage(env, async ({ page, problems }) => {
    await page.locator('#rules details.rule').first().waitFor();
    // Each page card's box and the report's place when the card appears and when its look is drawn: the look
    // arriving moves nothing.
    await page.evaluate(() => {
      const boxes = [];
      window.__pageBoxes = boxes;
      const record = (when) => {
        const card = document.querySelector('.page-card[data-page="1"]');
        if (!card || boxes.some((b) => b.when === when)) return;
        const box = card.getBoundingClientRect();
        const report = document.querySelector('#report').getBoundingClientRect();
        boxes.push({ when, width: box.width, height: box.height, reportTop: report.top + scrollY });
      };
      new MutationObserver(() => {
        record('card');
        if (document.querySelector('.page-card[data-page="1"] svg.has-look')) record('look');
      }).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
    });
    await afterRecheck(page, () => drop(page, [{ name: 'application.pdf', type: 'application/pdf', buffer: pdf }]));

    const panel = page.locator('#description-panel');
    assert.ok(await panel.isVisible(), 'the description panel is shown');
    const part = panel.locator('.spec-pages[data-file="application.pdf"]');
    assert.match(await part.locator('.spec-pages-heading').innerText(), /^Pages 3 text pages$/);
    assert.equal(await part.locator('.page-card').count(), 3, 'one card per text page');

    // Page 1: A4 to scale, as it looks (glyph outlines beneath the marks), the body's box, the US usable area (the
    // first office chosen) and the body beyond it on the left.
    const card = part.locator('.page-card[data-file="application.pdf"][data-page="1"]');
    assert.equal(await card.count(), 1);
    const drawing = card.locator('svg.sheet-svg');
    await drawing.locator('g.sheet-look path').first().waitFor({ state: 'attached', timeout: 15_000 });
    assert.match(await drawing.getAttribute('class'), /has-look/);
    const paths = await drawing
      .locator('g.sheet-look path')
      .evaluateAll((nodes) =>
        nodes.map((node) => ({ cls: node.getAttribute('class'), d: node.getAttribute('d') ?? '' })),
      );
    const fill = paths.find((p) => p.cls === 'sheet-look-fill');
    assert.ok(fill, `the glyphs' outlines are drawn: ${paths.map((p) => p.cls)}`);
    assert.match(fill.d, /^M-?\d+ -?\d+[lmzhvcq]/i, 'SVG path data, quantised');
    // What the worker sent for the page, as drawn: its paths and pictures.
    const lookBytes = await drawing
      .locator('g.sheet-look')
      .evaluate((group) =>
        [...group.querySelectorAll('path, image')].reduce(
          (n, node) => n + (node.getAttribute('d') ?? node.getAttribute('href') ?? '').length,
          0,
        ),
      );
    assert.ok(lookBytes > 1000, `the text of a page is drawn: ${lookBytes} bytes`);
    t.diagnostic(`page 1's look: ${lookBytes} bytes of path data and pictures`);

    // A4 as Chromium prints it (595.92 × 842.04 pt, as the page measures it: 20.99 × 29.70 cm).
    const near = (actual, expected) =>
      actual.length === expected.length && actual.every((value, i) => Math.abs(value - expected[i]) < 0.2);
    const viewBox = (await drawing.getAttribute('viewBox')).split(' ').map(Number);
    assert.ok(near(viewBox, [0, 0, 210, 297]), `${viewBox}`);
    assert.equal(await drawing.getAttribute('role'), 'img');
    const label = await drawing.getAttribute('aria-label');
    assert.match(label, /^Page 1, drawn to scale\. The body text crosses the US usable area at the left\.$/);
    assert.equal(await drawing.locator('title').count(), 0, 'named once: no <title> repeats the label');
    const order = await layers(drawing);
    assert.equal(order[0], 'sheet-paper');
    assert.equal(order[1], 'sheet-look', `the look right above the paper: ${order}`);
    for (const mark of ['sheet-content', 'sheet-usable', 'sheet-intrusions'])
      assert.ok(order.indexOf(mark) > 1, `${mark} above the look: ${order}`);
    const rectOf = (locator) =>
      locator.evaluate((r) => ['x', 'y', 'width', 'height'].map((a) => Number(r.getAttribute(a))));
    const usable = await rectOf(drawing.locator('rect.sheet-usable'));
    assert.ok(near(usable, [25, 20, 165, 257]), `the US area for text, 2.5 cm from the left: ${usable}`);
    const body = await rectOf(drawing.locator('rect.sheet-content'));
    assert.ok(body[0] >= 9.5 && body[0] < 12, `the body from 10 mm from the left: ${body}`);
    assert.deepEqual(await drawing.locator('rect.sheet-intrusion').evaluateAll((rs) => rs.map((r) => r.dataset.side)), [
      'left',
    ]);
    const intrusion = await rectOf(drawing.locator('rect.sheet-intrusion'));
    assert.ok(
      Math.abs(intrusion[0] - body[0]) < 0.5 && Math.abs(intrusion[0] + intrusion[2] - 25) < 0.5,
      `${intrusion}`,
    );

    // Its facts: size, margins in cm against the office's minimum, the number printed at its foot.
    const facts = card.locator('.sheet-facts');
    assert.equal(await card.locator('.sheet-title').innerText(), 'Page 1');
    assert.equal(
      await card.locator('.sheet-title').evaluate((node) => node.tagName),
      'H5',
      'under the "Pages" heading',
    );
    assert.match(await facts.innerText(), /^Size\s+209\.9 × 297\.0 mm \(A4\)\s+Margins/);
    const left = card.locator('.margins li[data-side="left"]');
    assert.match(await left.getAttribute('class'), /is-short/);
    assert.match(await left.innerText(), /^left 1\.\d cm under the US minimum of 2\.5 cm$/);
    const top = card.locator('.margins li[data-side="top"]');
    assert.doesNotMatch((await top.getAttribute('class')) ?? '', /is-short/);
    assert.match(await top.innerText(), /^top 3\.\d cm \(US minimum 2\.0 cm\)$/);
    assert.match(await facts.innerText(), /Printed number\s+1$/);
    assert.match(await part.locator('.sheet-legend').innerText(), /Body text in the margin/);

    // The look came after the card, and changed neither the card's size nor the report's place.
    const boxes = await page.evaluate(() => window.__pageBoxes);
    const [shown, drawn] = ['card', 'look'].map((when) => boxes.find((b) => b.when === when));
    assert.ok(shown && drawn, JSON.stringify(boxes));
    assert.deepEqual(drawn, { ...shown, when: 'look' }, 'no layout shift when the look arrives');

    // Choosing the margin finding on page 1 shows the page, the body in the margin marked, the focus on it.
    const finding = page.locator(`#findings .finding[data-rule="${MARGINS}"][data-page="1"]`).first();
    assert.equal(await finding.count(), 1, `findings: ${await page.locator('#findings').innerText()}`);
    assert.match(await placeOf(finding).locator('.where').innerText(), /Page 1/);
    assert.equal(await drawing.locator('rect.sheet-hit').count(), 0);
    await finding.locator('button.finding-main').click();
    await card.and(page.locator('.is-selected')).waitFor();
    assert.equal(await drawing.locator('rect.sheet-hit').count(), 1);
    const hit = await rectOf(drawing.locator('rect.sheet-hit'));
    assert.ok(hit[0] < body[0] && hit[0] > body[0] - 3, `hit from the body's left edge: ${hit}`);
    assert.ok(hit[0] + hit[2] > 25 && hit[0] + hit[2] < 28, `hit to the usable area's left: ${hit}`);
    assert.match(await card.locator('.sheet-marked').innerText(), /1\d\.\d to 25\.0 mm from the left edge/);
    const marked = await layers(drawing);
    assert.ok(marked.lastIndexOf('sheet-hit') > marked.indexOf('sheet-look'), `the mark above the look: ${marked}`);
    assert.equal(
      await page.evaluate(() => document.activeElement?.classList.contains('page-card')),
      true,
      'the focus moves to the page',
    );
    await page.waitForFunction(
      () => {
        const box = document.querySelector('.page-card.is-selected svg').getBoundingClientRect();
        const view = document.querySelector('#description-view').getBoundingClientRect();
        return box.height > 0 && box.top >= Math.max(0, view.top) - 1 && box.top < Math.min(innerHeight, view.bottom);
      },
      null,
      { timeout: 5_000 },
    );
    const office = await finding.locator('.finding-offices').innerText();
    await page.waitForTimeout(300);
    await card.screenshot({ path: join(SCREENSHOTS, 'text-page-look.png') });

    // Back to the finding, by keyboard.
    await card.getByRole('button', { name: 'Back to the finding' }).focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.closest('.finding')?.dataset.rule), MARGINS);

    // Another office's usable area: the finding stays shown, the focus stays on the choice.
    const select = part.locator('select');
    assert.deepEqual(await select.locator('option').allInnerTexts(), ['US', 'EP', 'WO']);
    assert.match(office, /US/);
    await select.selectOption('EP');
    const again = part.locator('.page-card[data-page="1"]');
    assert.match(await again.locator('svg.sheet-svg').getAttribute('aria-label'), /crosses the EP usable area/);
    assert.match(await again.locator('.margins li[data-side="left"]').innerText(), /under the EP minimum of 2\.5 cm/);
    assert.equal(await again.locator('rect.sheet-hit').count(), 1, 'the finding stays shown');
    assert.match(await again.getAttribute('class'), /is-selected/);
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'SELECT');
    await again.locator('g.sheet-look path').first().waitFor({ state: 'attached', timeout: 5_000 });

    // A new report (a keystroke in the claims editor): the finding stays shown, on its button in the new list.
    await afterRecheck(page, () => page.locator('#editor').pressSequentially('x'));
    assert.equal(await again.locator('rect.sheet-hit').count(), 1, 'the finding stays shown after a new report');
    assert.match(await again.getAttribute('class'), /is-selected/);
    assert.match(await finding.locator('button.finding-main').getAttribute('class'), /is-active/);
    await again.getByRole('button', { name: 'Back to the finding' }).click();
    assert.equal(await page.evaluate(() => document.activeElement?.closest('.finding')?.dataset.rule), MARGINS);

    // In every language, no string is missing.
    for (const code of ['ja', 'ko', 'zh']) {
      await chooseLanguage(page, code);
      const text = await part.innerText();
      assert.deepEqual(
        PAGE_KEYS.filter((key) => text.includes(key)),
        [],
        `${code}: ${text}`,
      );
    }
    await chooseLanguage(page, 'en');
    assert.deepEqual(problems, [], 'no console errors or CSP violations');
  });
});
