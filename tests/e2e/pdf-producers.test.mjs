// The application as one PDF, as another program makes it: an application written as HTML is printed to PDF by
// Chromium's own printer (the PDF a browser's "Save as PDF" gives, with its embedded subset fonts), then checked
// through the npm package in Node. The claims must come out with their dependencies, a compliant application
// with no errors, and each injected defect where it was put. `node --test tests/e2e/`.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from '../../scripts/chromium.mjs';
import { init, initDrawings, check } from '../../js/index.js';

/** The claims of the source, with the claims each refers to: the truth the PDF's claims are measured against. */
const CLAIMS = [
  [1, 'A lever comprising a handle and a head fixed to the handle.', []],
  [2, 'The lever of claim 1, wherein the handle is made of wood.', [1]],
  [3, 'The lever of claim 1 or 2, wherein the head is made of steel.', [1, 2]],
  [4, 'The lever of claim 3, wherein the head carries a hook that holds a rope wound around it several times.', [3]],
  [5, 'The lever according to any one of claims 1 to 2, wherein the handle is longer than the head.', [1, 2]],
  [6, 'The lever of claim 2, wherein the wood is oak.', [2]],
  [
    7,
    'A method of lifting a load with the lever of claim 1, comprising placing the head under the load and pressing the handle down.',
    [1],
  ],
  [8, 'The method of claim 7, wherein the handle is pressed down with one hand.', [7]],
  [9, 'A kit comprising the lever of claim 1 and a rope.', [1]],
  [10, 'The kit of claim 9, wherein the rope is made of hemp.', [9]],
];
const ABSTRACT = 'A lever has a handle and a head fixed to the handle. The head is made of steel and carries a hook.';
const PARAGRAPHS = [
  ['TECHNICAL FIELD', ['The invention relates to levers held in one hand, used to lift loads in a workshop.']],
  [
    'BACKGROUND',
    [
      'Levers are known. They are often too short to be held with one hand, and their handles slip when they are wet, so that the load falls back and may hurt the person who lifts it.',
      'Longer levers are heavy and hard to carry from one place of work to the next.',
    ],
  ],
  [
    'SUMMARY',
    [
      'It is an object of the invention to provide a lever that is light and that does not slip. The lever has a handle of wood and a head of steel.',
    ],
  ],
  ['BRIEF DESCRIPTION OF THE DRAWINGS', ['FIG. 1 is a side view of the lever.']],
  [
    'DETAILED DESCRIPTION',
    [
      'The lever 10 has a handle 12 and a head 14 fixed to the handle 12. The handle 12 is made of oak, which is light and strong and which does not slip in a wet hand.',
      'The head 14 is made of steel and carries a hook 16. A rope may be wound around the hook 16 several times, so that a load can be pulled as well as lifted.',
      'To lift a load, the head 14 is placed under the load and the handle 12 is pressed down with one hand.',
    ],
  ],
];

/** The application as HTML: each part on a page of its own, set as a word processor would set it. */
function html({
  claims = CLAIMS,
  abstract = ABSTRACT,
  skipParagraph = 0,
  marginText = false,
  claimsOnNewPage = true,
} = {}) {
  let number = 0;
  const body = PARAGRAPHS.map(([heading, paragraphs]) => {
    const ps = paragraphs.map((text) => {
      number += number + 1 === skipParagraph ? 2 : 1;
      const style = marginText && number === 3 ? ' style="margin-left:-2cm"' : '';
      return `<p${style}>[${String(number).padStart(4, '0')}] ${text}</p>`;
    });
    return `<h2>${heading}</h2>${ps.join('')}`;
  }).join('');
  const claimList = claims.map(([n, text]) => `<p class="claim">${n}. ${text}</p>`).join('');
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    @page { size: A4; margin: 2.5cm 2cm 2.5cm 2.5cm; @bottom-center { content: counter(page); font: 10pt serif; } }
    body { font: 12pt/1.8 "Liberation Serif", "DejaVu Serif", serif; margin: 0; }
    h1, h2 { font-size: 12pt; margin: 1.8em 0 0; }
    p { margin: 0; text-align: justify; }
    .part { break-before: page; }
    .together { break-before: auto; margin-top: 1.8em; }
  </style></head><body>
    <h1>Lever with a handle</h1>${body}
    <section class="${claimsOnNewPage ? 'part' : 'together'}"><h2>CLAIMS</h2>${claimList}</section>
    <section class="part"><h2>ABSTRACT</h2><p>${abstract}</p></section>
  </body></html>`;
}

let browser;

before(async () => {
  browser = await launchChromium();
  await init();
  await initDrawings();
});

after(async () => browser?.close());

/** Prints HTML with Chromium's printer and checks the PDF. */
async function printAndCheck(source, offices = ['US', 'EP', 'WO']) {
  const page = await browser.newPage();
  await page.setContent(source);
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
  await page.close();
  return check([{ name: 'application.pdf', bytes: new Uint8Array(pdf) }], { offices });
}

test('an application printed by Chromium is read part by part, its claims as written, with no error', async () => {
  const report = await printAndCheck(html());
  const [document] = report.documents;
  assert.ok(document.pages.length >= 3, JSON.stringify(document.pages));
  assert.ok(
    document.pages.every((p) => p.kind === 'text'),
    JSON.stringify(document.pages),
  );
  const claims = document.claim_sets[0].claims;
  const agreeing = CLAIMS.filter(([n, , depends]) => {
    const claim = claims.find((c) => c.number === n);
    return claim && JSON.stringify(claim.depends_on) === JSON.stringify(depends);
  });
  assert.equal(claims.length, CLAIMS.length);
  assert.ok(agreeing.length / CLAIMS.length >= 0.99, `${agreeing.length} of ${CLAIMS.length} claims agree`);
  assert.equal(document.description.title, 'Lever with a handle');
  assert.equal(document.description.paragraphs, 8);
  const errors = report.findings.filter((f) => f.severity === 'error');
  assert.deepEqual(
    errors.map((f) => `${f.rule}: ${f.message}`),
    [],
  );
});

test('defects injected into the HTML are found in Chromium’s PDF, where they are', async () => {
  const long = `${ABSTRACT} `.repeat(9);
  const rules = async (options) => (await printAndCheck(html(options))).findings.map((f) => f.rule);
  assert.ok((await rules({ abstract: long })).includes('description/abstract-too-long'));
  const later = CLAIMS.map(([n, text, d]) =>
    n === 2 ? [2, 'The lever of claim 4, wherein the handle is made of wood.', [4]] : [n, text, d],
  );
  const report = await printAndCheck(html({ claims: later }));
  const finding = report.findings.find((f) => f.rule === 'claims/dependency-on-later-claim');
  assert.equal(finding?.location.claim, 2);
  assert.ok(finding.location.page >= 2, JSON.stringify(finding.location));
  assert.ok((await rules({ skipParagraph: 5 })).includes('description/paragraph-numbers-not-consecutive'));
  const margin = (await printAndCheck(html({ marginText: true }))).findings.find(
    (f) => f.rule === 'description/margins-invalid',
  );
  assert.equal(margin?.location.page, 1);
  assert.ok((await rules({ claimsOnNewPage: false })).includes('description/part-not-on-new-sheet'));
});
