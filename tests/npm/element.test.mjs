// <patlint-check> (patlint/element) as portals embed it, from the packed package installed in a scratch project:
// in a plain page served statically, in a Vite app and in a page under a strict CSP, each time with a claims file
// dropped or chosen, its patlint-report event and its cards checked (screenshots in
// target/screenshots/element-*.png); and check() taking a FileList in a worker, with no byte of a file read on the
// main thread. Expects scripts/build-wasm.sh to have run.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  existsSync,
} from 'node:fs';
import { createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../../scripts/chromium.mjs';
import { serve } from '../../scripts/static-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SCREENSHOTS = join(root, 'target', 'screenshots');
const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

const CLAIMS = `1. A lever.
2. The lever of claim 1, being red.
3. The lever of claim 1 or 2, being long.
4. The lever of claim 2 or 3, being heavy.
5. The lever of claim 7, being light
`;
/** A portal's page embedding the element as the README shows it: two lines. */
const PORTAL_PAGE = `<!doctype html><meta charset="utf-8"><title>portal</title>
<script type="module" src="../node_modules/patlint/js/element.js"></script>
<patlint-check offices="US,EP,WO"></patlint-check>`;

/** Writes a test site's files (name → text) into the consumer project, under `name`; returns its folder. */
function writeSite(name, files) {
  const site = join(consumer, name);
  mkdirSync(site, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(site, file), text);
  return site;
}

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; style-src 'self'";

// On the main thread, every way JavaScript reads a Blob's bytes, recorded with the blob's size.
const MAIN_THREAD_SPY = `(() => {
  window.__reads = [];
  const spy = (proto, names, size = (self) => self.size) => {
    for (const name of names) {
      const original = proto?.[name];
      if (typeof original !== 'function') continue;
      proto[name] = function (...args) {
        window.__reads.push({ name, bytes: size(this, args) });
        return original.apply(this, args);
      };
    }
  };
  spy(Blob.prototype, ['arrayBuffer', 'text', 'stream', 'bytes', 'slice']);
  spy(FileReader.prototype, ['readAsArrayBuffer', 'readAsText', 'readAsDataURL', 'readAsBinaryString'], (self, [blob]) => blob?.size);
  spy(URL, ['createObjectURL'], (self, [blob]) => blob?.size);
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(\`\${event.violatedDirective} \${event.blockedURI}\`));
})();`;

let scratch;
let consumer;
let claimsPath;
let browser;

before(async () => {
  assert.ok(existsSync(join(root, 'pkg', 'patlint_bg.wasm')), 'pkg/ is missing: run scripts/build-wasm.sh first');
  scratch = mkdtempSync(join(tmpdir(), 'patlint-element-'));
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', scratch], root));
  consumer = join(scratch, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(scratch, packed.filename)], consumer);
  claimsPath = join(scratch, 'claims.txt');
  writeFileSync(claimsPath, CLAIMS);
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** A page with its console problems and CSP violations recorded, and the main thread's reads of blobs spied on. */
async function openPage() {
  const page = await browser.newPage({ viewport: { width: 900, height: 700 } });
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('worker', (worker) =>
    worker.on('console', (message) => message.type() === 'error' && problems.push(`worker: ${message.text()}`)),
  );
  await page.addInitScript(MAIN_THREAD_SPY);
  // The test pages have no icon; the browser's request for one is not the element's.
  await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
  return { page, problems };
}

/**
 * Opens `url`, gives the element the claims file (dropped, or chosen with its button), and returns the element's
 * first event, its cards and summary, and the main thread's reads.
 */
async function checkWithElement(page, url, how) {
  await page.goto(url);
  await page.waitForFunction(() => customElements.get('patlint-check') !== undefined, null, { timeout: 20_000 });
  await page.evaluate(() => {
    window.__events = [];
    const element = document.querySelector('patlint-check');
    element.addEventListener('patlint-report', (event) =>
      window.__events.push({ type: 'report', report: event.detail }),
    );
    element.addEventListener('patlint-error', (event) => window.__events.push({ type: 'error', detail: event.detail }));
  });
  if (how === 'drop') {
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'claims.txt', { type: 'text/plain' }));
      return transfer;
    }, CLAIMS);
    await page.dispatchEvent('patlint-check', 'dragover', { dataTransfer });
    await page.dispatchEvent('patlint-check', 'drop', { dataTransfer });
  } else {
    const chooser = page.waitForEvent('filechooser');
    await page.locator('patlint-check').getByRole('button').click();
    await (await chooser).setFiles(claimsPath);
  }
  await page.waitForFunction(() => window.__events.length > 0, null, { timeout: 30_000 });
  return {
    ...(await page.evaluate(rendered, 0)),
    ...(await page.evaluate(() => ({ reads: window.__reads, violations: window.__violations }))),
  };
}

/** What the element shows: its events from `from` on, its cards, summary and status (evaluated in the page). */
function rendered(from) {
  const shadow = document.querySelector('patlint-check').shadowRoot;
  return {
    events: window.__events.slice(from),
    cards: [...shadow.querySelectorAll('[part~="card"]')].map((card) => ({
      part: card.getAttribute('part'),
      rule: card.dataset.rule,
      file: card.dataset.file,
      offices: card.querySelector('[part="offices"]').textContent,
      places: [...card.querySelectorAll('[part="place"]')].map((place) => place.textContent),
    })),
    summary: shadow.querySelector('[part="summary"]').textContent,
    status: shadow.querySelector('[part="status"]').textContent,
    inlineStyles: shadow.querySelectorAll('style, [style]').length,
    adopted: shadow.adoptedStyleSheets.length,
  };
}

/** The report and cards of the claims file checked at US, EP and WO. */
function assertClaimsReport({ events, cards, summary, status, inlineStyles, adopted, reads, violations }) {
  assert.equal(events.length, 1, JSON.stringify(events));
  assert.equal(events[0].type, 'report', JSON.stringify(events[0]));
  const { report } = events[0];
  assert.deepEqual(report.offices, ['US', 'EP', 'WO']);
  assert.deepEqual(
    report.documents.map((d) => [d.file, d.kind]),
    [['claims.txt', 'claims']],
  );
  assert.deepEqual(
    report.findings.map((f) => [f.rule, f.severity, f.offices.join(), f.location.claim]),
    [
      ['claims/multiple-dependency-on-multiple', 'error', 'US', 4],
      ['claims/multiple-dependency-on-multiple', 'warning', 'WO', 4],
      ['claims/final-period-missing', 'error', 'US', 5],
      ['claims/dependency-target-missing', 'error', 'US,EP,WO', 5],
    ],
  );
  // One card per rule and document, its offices by severity, its place and message; all errors here.
  assert.deepEqual(
    cards.map(({ part, rule, offices }) => [part, rule, offices]),
    [
      ['card card-error', 'claims/multiple-dependency-on-multiple', 'Error: US · Warning: WO'],
      ['card card-error', 'claims/final-period-missing', 'Error: US'],
      ['card card-error', 'claims/dependency-target-missing', 'Error: US, EP, WO'],
    ],
  );
  assert.deepEqual(cards[0].places, [
    'Claim 4 — Claim 4 is a multiple dependent claim and refers to claim 3, which is multiple dependent too.',
  ]);
  assert.ok(cards.every((card) => card.file === 'claims.txt'));
  assert.equal(summary, 'Errors per office: US: 3 EP: 1 WO: 1');
  assert.equal(status, 'Errors: 3 · Warnings: 1 · Info: 0');
  // Styles from a constructable stylesheet, none inline.
  assert.equal(inlineStyles, 0);
  assert.equal(adopted, 1);
  // The file reached the worker as a File: the main thread read none of its bytes.
  assert.deepEqual(reads, []);
  assert.deepEqual(violations, []);
}

test('a plain page served statically embeds it in two lines; a chosen file is checked; language and offices follow the attributes', async () => {
  writeSite('plain', { 'index.html': PORTAL_PAGE });
  const server = await serve(consumer);
  const { page, problems } = await openPage();
  try {
    const result = await checkWithElement(page, `${server.url}plain/`, 'choose');
    assertClaimsReport(result);
    await page.locator('patlint-check').screenshot({ path: join(SCREENSHOTS, 'element-plain.png') });

    // In Japanese: the messages from patlint/messages, the element's words from its own table.
    await page.evaluate(() => document.querySelector('patlint-check').setAttribute('language', 'ja'));
    await page.waitForFunction(() => /請求項4が/.test(document.querySelector('patlint-check').shadowRoot.textContent));
    const ja = await page.evaluate(rendered, 1);
    assert.equal(ja.events.length, 0, 'a language is shown without checking again');
    assert.equal(ja.cards[0].offices, 'エラー: US · 警告: WO');
    assert.match(ja.cards[0].places[0], /^請求項 4 — 多数項従属請求項である請求項4が/);
    await page.locator('patlint-check').screenshot({ path: join(SCREENSHOTS, 'element-plain-ja.png') });

    // Other offices check the same files again.
    await page.evaluate(() => document.querySelector('patlint-check').setAttribute('offices', 'EP'));
    await page.waitForFunction(() => window.__events.length > 1);
    const ep = await page.evaluate(rendered, 1);
    assert.deepEqual(
      ep.events.map((e) => e.report.offices),
      [['EP']],
    );
    assert.deepEqual(
      ep.cards.map((card) => card.offices),
      ['エラー: EP'],
    );
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
    await server.close();
  }
});

test('a Vite app bundles it with one import; a dropped file is checked', async () => {
  // Vite's defaults: its worker, found by new Worker(new URL(…, import.meta.url)), bundled with the Wasm as assets.
  const site = writeSite('vite-app', {
    'index.html': PORTAL_PAGE.replace('../node_modules/patlint/js/element.js', './main.js'),
    'main.js': "import 'patlint/element';\n",
    'vite.config.js': 'export default {};',
  });
  run(
    join(root, 'node_modules', '.bin', 'vite'),
    ['build', '--logLevel', 'error', '--outDir', 'dist', '--config', join(site, 'vite.config.js'), site],
    consumer,
  );
  // The rules' documentation (pkg/rule-docs.js), which the element never reads, is left out of the bundle.
  const bundled = readdirSync(join(site, 'dist', 'assets')).filter((file) => file.endsWith('.js'));
  assert.ok(bundled.length > 0);
  for (const file of bundled) {
    assert.ok(!readFileSync(join(site, 'dist', 'assets', file), 'utf8').includes('## What it checks'), file);
  }
  const server = await serve(join(site, 'dist'));
  const { page, problems } = await openPage();
  try {
    const result = await checkWithElement(page, server.url, 'drop');
    assertClaimsReport(result);
    await page.locator('patlint-check').screenshot({ path: join(SCREENSHOTS, 'element-vite.png') });
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
    await server.close();
  }
});

/** Serves `dir` with a Content-Security-Policy header on every response (the page's and the worker's). */
async function serveWithPolicy(dir, policy) {
  const upstream = await serve(dir);
  const proxy = createServer((req, res) => {
    const forward = request(new URL(req.url, upstream.url), { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode, { ...answer.headers, 'content-security-policy': policy });
      answer.pipe(res);
    });
    req.pipe(forward);
  });
  await new Promise((ok) => proxy.listen(0, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${proxy.address().port}/`,
    close: async () => {
      await new Promise((ok) => {
        proxy.close(() => ok());
        proxy.closeAllConnections();
      });
      await upstream.close();
    },
  };
}

test(`a page under a strict CSP (${CSP}) shows it, styled, with nothing refused`, async () => {
  writeSite('strict', { 'index.html': PORTAL_PAGE });
  const server = await serveWithPolicy(consumer, CSP);
  const { page, problems } = await openPage();
  try {
    const result = await checkWithElement(page, `${server.url}strict/`, 'choose');
    assertClaimsReport(result);
    // The element is styled: the constructable stylesheet applies (the card's severity border, the drop area's).
    const style = await page.evaluate(() => {
      const shadow = document.querySelector('patlint-check').shadowRoot;
      return [
        getComputedStyle(shadow.querySelector('[part~="card"]')).borderLeftWidth,
        getComputedStyle(shadow.querySelector('[part="drop"]')).borderStyle,
      ];
    });
    assert.deepEqual(style, ['6px', 'dashed']);
    await page.locator('patlint-check').screenshot({ path: join(SCREENSHOTS, 'element-csp.png') });
    assert.deepEqual(problems, []);
    // The policy is in force: a style element of the page's own is refused.
    const refused = await page.evaluate(
      () =>
        new Promise((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) => resolve(event.violatedDirective), {
            once: true,
          });
          document.head.append(Object.assign(document.createElement('style'), { textContent: 'body { color: red }' }));
        }),
    );
    assert.match(refused, /^style-src/);
  } finally {
    await page.close();
    await server.close();
  }
});

test('check(fileInput.files) in a worker: File objects reach the Wasm module, no JavaScript reads their bytes', async () => {
  writeSite('files', {
    'index.html': `<!doctype html><meta charset="utf-8"><title>files</title>
<input type="file" multiple id="files"><script type="module" src="./main.js"></script>`,
    // The page posts the input's FileList to its worker as it is.
    'main.js': `
    const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    worker.onmessage = ({ data }) => { window.__result = data; };
    document.getElementById('files').addEventListener('change', (event) => worker.postMessage(event.target.files));`,
    // The worker records every read of a blob's bytes by JavaScript, and whether the Wasm module made it.
    'worker.js': `
    import { init, check } from '../node_modules/patlint/js/index.js';
    const reads = [];
    for (const [proto, names] of [
      [Blob.prototype, ['arrayBuffer', 'text', 'stream', 'bytes']],
      [FileReader.prototype, ['readAsArrayBuffer', 'readAsText', 'readAsDataURL', 'readAsBinaryString']],
      [FileReaderSync.prototype, ['readAsArrayBuffer', 'readAsText', 'readAsDataURL', 'readAsBinaryString']],
    ]) {
      for (const name of names) {
        const original = proto[name];
        proto[name] = function (...args) {
          const blob = args[0] ?? this;
          reads.push({ name, bytes: blob.size, byWasm: /wasm-function|wasm:\\/\\//.test(new Error().stack) });
          return original.apply(this, args);
        };
      }
    }
    const ready = init();
    self.onmessage = async ({ data: files }) => {
      await ready;
      const received = { fileList: files instanceof FileList, files: [...files].map((f) => [f instanceof File, f.name, f.size]) };
      const report = check(files, { offices: ['US'] });
      postMessage({
        received,
        reads,
        documents: report.documents.map((d) => [d.file, d.kind]),
        findings: report.findings.map((f) => [f.file, f.rule, f.location.claim, f.location.excerpt]),
      });
    };`,
  });
  // A file larger than the reader's chunk (8 MiB), with a claim across the chunk boundary.
  const bigPath = join(scratch, 'big.txt');
  const boundary = 8 << 20;
  writeFileSync(
    bigPath,
    `1. A lever.${' '.repeat(boundary - 20)}\n2. The lever of claim 9.\n3. The lever of claim 8.\n`,
  );
  const server = await serve(consumer);
  const { page, problems } = await openPage();
  try {
    await page.goto(`${server.url}files/`);
    await page.setInputFiles('#files', [claimsPath, bigPath]);
    await page.waitForFunction(() => window.__result, null, { timeout: 60_000 });
    const result = await page.evaluate(() => window.__result);
    const sizes = [statSync(claimsPath).size, statSync(bigPath).size];
    assert.deepEqual(result.received, {
      fileList: true,
      files: [
        [true, 'claims.txt', sizes[0]],
        [true, 'big.txt', sizes[1]],
      ],
    });
    assert.deepEqual(result.documents, [
      ['claims.txt', 'claims'],
      ['big.txt', 'claims'],
    ]);
    assert.deepEqual(
      result.findings.filter(([file]) => file === 'big.txt').map(([, rule, claim]) => [rule, claim]),
      [
        ['claims/dependency-target-missing', 2],
        ['claims/dependency-target-missing', 3],
      ],
    );
    assert.ok(
      result.findings.some(
        ([file, rule]) => file === 'claims.txt' && rule === 'claims/multiple-dependency-on-multiple',
      ),
    );
    // The main thread read no byte of either file.
    assert.deepEqual(await page.evaluate(() => window.__reads), []);
    // In the worker, only the Wasm module read them (FileReaderSync, called from Wasm): each file's first bytes to
    // tell a drawing, then the whole file, the large one in 8 MiB chunks.
    assert.deepEqual(
      result.reads.filter((read) => !read.byWasm),
      [],
    );
    const byName = result.reads.map((read) => `${read.name} ${read.bytes}`);
    assert.deepEqual(byName, [
      'readAsArrayBuffer 32',
      'readAsArrayBuffer 32',
      `readAsArrayBuffer ${sizes[0]}`,
      `readAsArrayBuffer ${boundary}`,
      `readAsArrayBuffer ${sizes[1] - boundary}`,
    ]);
    console.log(
      `files read on the main thread: 0 bytes; in the worker by JavaScript: 0 bytes; by the Wasm module: ${result.reads.map((r) => r.bytes).join(' + ')} bytes (FileReaderSync)`,
    );
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
    await server.close();
  }
});

test('TypeScript type-checks a portal using the element and File inputs', () => {
  const dir = join(consumer, 'typed');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'main.ts'),
    `
    import 'patlint/element';
    import { groupReport, type PatlintCheck, type ReportCard } from 'patlint/element';
    import { check, type FilesInput, type Report } from 'patlint';
    const element: PatlintCheck | null = document.querySelector('patlint-check');
    element?.addEventListener('patlint-report', (event) => {
      const report: Report = event.detail;
      const cards: ReportCard[] = groupReport(report);
      console.log(cards[0]?.offices.map((o) => o.severity + o.offices.join()));
    });
    element?.addEventListener('patlint-error', (event) => console.log(event.detail.code, event.detail.message));
    const input = document.querySelector('input')!;
    const files: FilesInput = input.files!;
    console.log(element?.check(input.files!), check(files), check([new Blob(['1. A lever.']), { name: 'b', bytes: new Blob() }]));
    // @ts-expect-error: a file needs a name beside its bytes
    check([{ bytes: new Uint8Array() }]);
  `,
  );
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'es2022',
        module: 'esnext',
        moduleResolution: 'bundler',
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        lib: ['es2022', 'dom', 'dom.iterable'],
      },
      files: ['main.ts'],
    }),
  );
  run(join(root, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json'], dir);
});

test("the element's JavaScript, measured", () => {
  const size = (files) => {
    const text = files.map((file) => readFileSync(join(root, file))).join('\n');
    return `${Buffer.byteLength(text)} bytes, ${gzipSync(text, { level: 9 }).length} gzip`;
  };
  const element = ['js/element.js', 'js/finding-cards.js', 'js/element-worker.js'];
  console.log(`element (element.js + finding-cards.js + element-worker.js): ${size(element)}`);
  console.log(
    `with what its worker loads (index.js, pkg/patlint.js, the messages' runtime and English): ${size([...element, 'js/index.js', 'pkg/patlint.js', 'messages/index.js', 'pkg/messages/fluent-bundle.js', 'pkg/messages/en.js'])}`,
  );
  console.log(
    `of which the messages' runtime and English catalogue (messages/index.js, @fluent/bundle, en): ${size(['messages/index.js', 'pkg/messages/fluent-bundle.js', 'pkg/messages/en.js'])}; each other language, loaded when shown: ja ${size(['pkg/messages/ja.js'])}, ko ${size(['pkg/messages/ko.js'])}, zh ${size(['pkg/messages/zh.js'])}`,
  );
  // What a portal's main thread loads: the element and the grouping it imports.
  const main = ['js/element.js', 'js/finding-cards.js'].map((file) => readFileSync(join(root, file))).join('\n');
  assert.ok(gzipSync(main, { level: 9 }).length < 8_000);
});
