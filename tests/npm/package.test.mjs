// The npm package as portals use it: packed with `npm pack`, installed into a scratch project, imported in Node,
// type-checked with tsc, bundled by Vite into a page that checks claims in a Web Worker in Chromium, its report
// valid against the shipped JSON Schema, and publint-clean. Expects scripts/build-wasm.sh to have run.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../scripts/chromium.mjs';
import { serve } from '../../scripts/static-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** One US-letter page with a line: a drawing sheet the EPO objects to (not A4). */
const LETTER_PDF = `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R>>endobj 4 0 obj<</Length 22>>stream\n100 100 m 300 600 l S\nendstream endobj\ntrailer<</Root 1 0 R>>`;

let scratch;
let consumer;
let packed;

before(() => {
  assert.ok(existsSync(join(root, 'pkg', 'patlint_bg.wasm')), 'pkg/ is missing: run scripts/build-wasm.sh first');
  scratch = mkdtempSync(join(tmpdir(), 'patlint-npm-'));
  [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', scratch], root));
  consumer = join(scratch, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(scratch, packed.filename)], consumer);
});

after(() => scratch && rmSync(scratch, { recursive: true, force: true }));

test('the tarball holds only what the package needs', () => {
  const files = packed.files.map((f) => f.path).sort();
  assert.deepEqual(files, [
    'CHANGELOG.md',
    'LICENSE',
    'README.md',
    'js/element-worker.js',
    'js/element.d.ts',
    'js/element.js',
    'js/finding-cards.js',
    'js/index.d.ts',
    'js/index.js',
    'messages/en.ftl',
    'messages/index.d.ts',
    'messages/index.js',
    'messages/ja.ftl',
    'messages/ko.ftl',
    'messages/zh.ftl',
    'package.json',
    'pkg/drawings/patlint.js',
    'pkg/drawings/patlint_bg.wasm',
    'pkg/messages/en.js',
    'pkg/messages/fluent-bundle.LICENSE.txt',
    'pkg/messages/fluent-bundle.js',
    'pkg/messages/ja.js',
    'pkg/messages/ko.js',
    'pkg/messages/zh.js',
    'pkg/patlint.d.ts',
    'pkg/patlint.js',
    'pkg/patlint_bg.wasm',
    'pkg/patlint_bg.wasm.d.ts',
    'pkg/rule-docs.ja.js',
    'pkg/rule-docs.js',
    'pkg/rule-docs.ko.js',
    'pkg/rule-docs.zh.js',
    'schemas/report.schema.json',
  ]);
  const wasm = statSync(join(root, 'pkg', 'patlint_bg.wasm')).size;
  const drawings = statSync(join(root, 'pkg', 'drawings', 'patlint_bg.wasm')).size;
  console.log(
    `tarball ${packed.size} bytes (unpacked ${packed.unpackedSize}); core wasm ${wasm} bytes, drawings wasm ${drawings} bytes`,
  );
});

test('Node imports it, checks claims and numbers, and throws typed errors', () => {
  const script = `
    import { init, initDrawings, checkClaims, check, rules, ruleDocs, sarif, sheetLooks, version, rulesVersion, InvalidOptionsError, InvalidInputError, PatlintError, DrawingsNotLoadedError } from 'patlint';
    import { formatMessage, isTranslated, loadLanguage } from 'patlint/messages';
    const started = performance.now();
    await init();
    const initMs = performance.now() - started;
    const report = checkClaims('1. A lever.\\n2. The lever of claim 1, being red.\\n3. The lever of claim 1 or 2.\\n4. The lever of claim 2 or 3.', { offices: ['US'] });
    const multi = report.findings.find((f) => f.rule === 'claims/multiple-dependency-on-multiple');
    await loadLanguage('ja');
    await loadLanguage('ko');
    const progress = [];
    const bytes = check([{ name: 'c.txt', bytes: new TextEncoder().encode('1. A lever.') }], undefined, (done, total) => progress.push(done + '/' + total));
    if (progress.join() !== '1/1') throw new Error('progress: ' + progress.join());
    let optionsError, inputError;
    try { checkClaims('1. A lever.', { offices: ['QQ'] }); } catch (e) { optionsError = e; }
    try { check([{ text: 'no name' }]); } catch (e) { inputError = e; }
    // SARIF as the CLI writes it, a warning the user accepted suppressed with the reason; an error cannot be.
    const every = checkClaims('1. A lever.\\n2. The lever of claim 1, being red.\\n3. The lever of claim 1 or 2.\\n4. The lever of claim 2 or 3.');
    const pctWarning = every.findings.findIndex((f) => f.severity === 'warning' && f.rule === 'claims/multiple-dependency-on-multiple');
    const log = JSON.parse(sarif(every, [{ finding: pctWarning, reason: 'Not filed under the PCT.' }]));
    const coreRules = rules().length;
    let sarifError;
    try { sarif(every, [{ finding: every.findings.findIndex((f) => f.severity === 'error'), reason: 'no' }]); } catch (e) { sarifError = e; }
    const pdf = { name: 'sheet.pdf', bytes: new TextEncoder().encode(${JSON.stringify(LETTER_PDF)}) };
    let notLoaded;
    try { check([pdf]); } catch (e) { notLoaded = e; }
    let lookNotLoaded;
    try { sheetLooks(pdf.bytes); } catch (e) { lookNotLoaded = e; }
    await initDrawings();
    const looks = sheetLooks(pdf.bytes);
    let damaged;
    try { sheetLooks(new TextEncoder().encode('%PDF-1.4 nothing else')); } catch (e) { damaged = e; }
    const drawings = check([pdf], { offices: ['EP'] });
    console.log(JSON.stringify({
      initMs, claim: multi?.location.claim,
      messages: ['en', 'ja'].map((l) => formatMessage(multi.message_template, l)).concat(isTranslated(multi.message_template, 'ko'), multi.message),
      documents: bytes.documents.length, rules: rules().length, version: version(), rulesVersion: rulesVersion(),
      // The documentation the modules leave out comes with each rule from the package, and into SARIF as help.
      undocumented: rules().filter((rule) => !rule.docs.startsWith('## What it checks')).map((rule) => rule.id),
      // In Japanese too, for every rule.
      japanese: await (async () => {
        const docs = await ruleDocs('ja');
        let unknown;
        try { await ruleDocs('xx'); } catch (e) { unknown = e; }
        return [
          rules().filter((rule) => !docs[rule.id]?.startsWith('## 確認する内容')).map((rule) => rule.id),
          (await ruleDocs()) === (await ruleDocs('en')) && (await ruleDocs())[rules()[0].id] === rules()[0].docs,
          unknown instanceof InvalidInputError,
        ];
      })(),
      help: (() => {
        const rule = log.runs[0].tool.driver.rules.find((r) => r.id === 'claims/multiple-dependency-on-multiple');
        const docs = rules().find((r) => r.id === rule.id).docs;
        return [rule.help.markdown === docs, rule.fullDescription.text === docs];
      })(),
      options: [optionsError instanceof InvalidOptionsError, optionsError instanceof PatlintError, optionsError?.code],
      input: [inputError instanceof InvalidInputError, inputError?.code],
      notLoaded: [notLoaded instanceof DrawingsNotLoadedError, notLoaded?.code],
      looks: [lookNotLoaded instanceof DrawingsNotLoadedError, looks.length, looks[0]?.number, looks[0]?.stroke.startsWith('M')],
      // A file the module cannot read: why, in English, from the catalogue.
      damaged: [damaged instanceof InvalidInputError, damaged?.message],
      drawings: [drawings.documents[0].kind, drawings.findings.map((f) => f.rule).includes('drawings/sheet-size-invalid')],
      sarif: {
        version: log.version, rules: [log.runs[0].tool.driver.rules.length, coreRules], results: log.runs[0].results.length, findings: every.findings.length,
        suppressed: log.runs[0].results.flatMap((r, i) => (r.suppressions ? [[i, r.level, r.suppressions]] : [])),
        unsuppressed: sarif(every).includes('suppressions'),
        error: [sarifError instanceof InvalidInputError, sarifError?.code, sarifError?.message],
      },
      drawingsSarif: (() => {
        const run = JSON.parse(sarif(drawings)).runs[0];
        const result = run.results.find((r) => r.ruleId === 'drawings/sheet-size-invalid');
        return [run.tool.driver.rules[result.ruleIndex]?.id, result.locations[0].logicalLocations];
      })(),
    }));`;
  const out = JSON.parse(run('node', ['--input-type=module', '-e', script], consumer));
  console.log(`init in Node: ${out.initMs.toFixed(1)} ms`);
  assert.equal(out.claim, 4);
  // The finding's message in English as the report has it, and in Japanese and Korean from patlint/messages.
  const [english, japanese, koreanTranslated, reported] = out.messages;
  assert.equal(english, reported);
  assert.match(japanese, /請求項4/);
  assert.equal(koreanTranslated, true);
  // A sheet's look: its line drawn as stroked path data, once drawing support is loaded.
  assert.deepEqual(out.looks, [true, 1, 1, true]);
  assert.equal(out.damaged[0], true);
  assert.match(out.damaged[1], /^The drawings could not be read: .+\.$/);
  assert.equal(out.documents, 1);
  assert.ok(out.rules >= 25);
  assert.deepEqual(out.undocumented, []);
  assert.deepEqual(out.japanese, [[], true, true]);
  assert.deepEqual(out.help, [true, true]);
  assert.equal(out.version, JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
  assert.match(out.rulesVersion, /^\d{4}-\d{2}-\d{2}$/);
  assert.deepEqual(out.options, [true, true, 'INVALID_OPTIONS']);
  assert.deepEqual(out.input, [true, 'INVALID_INPUT']);
  assert.deepEqual(out.notLoaded, [true, 'DRAWINGS_NOT_LOADED']);
  assert.deepEqual(out.drawings, ['drawings', true]);
  const { sarif } = out;
  assert.equal(sarif.version, '2.1.0');
  // Every rule of the module that wrote it: the core's, before initDrawings().
  assert.equal(sarif.rules[0], sarif.rules[1]);
  assert.equal(sarif.results, sarif.findings);
  assert.deepEqual(
    sarif.suppressed.map(([, level, suppressions]) => [level, suppressions]),
    [['warning', [{ kind: 'external', status: 'accepted', justification: 'Not filed under the PCT.' }]]],
  );
  assert.equal(sarif.unsuppressed, false);
  assert.equal(sarif.error[0], true);
  assert.equal(sarif.error[1], 'INVALID_INPUT');
  assert.match(sarif.error[2], /errors cannot be accepted/);
  // After initDrawings() the module with drawing support writes SARIF, and knows the drawing rules.
  assert.deepEqual(out.drawingsSarif, ['drawings/sheet-size-invalid', [{ name: 'sheet 1', kind: 'member' }]]);
});

test('TypeScript type-checks a consumer against the shipped types', () => {
  writeFileSync(
    join(consumer, 'main.ts'),
    `
    import { init, checkClaims, rules, ruleDocs, sarif, type Report, type Finding, type Options, type Acceptance } from 'patlint';
    import { formatMessage, loadLanguage, type Language } from 'patlint/messages';
    await init();
    const options: Options = { offices: ['US', 'EP'], filingDate: '2024-01-31' };
    const report: Report = checkClaims('1. A lever.', options);
    const first: Finding | undefined = report.findings[0];
    const claim: number | undefined = first?.location.claim ?? undefined;
    const severities: Array<'error' | 'warning' | 'info'> = report.findings.map((f) => f.severity);
    const ids: string[] = rules().map((r) => r.id);
    const docs: string[] = rules().map((r) => r.docs);
    const japanese: Record<string, string> = await ruleDocs('ja');
    const language: Language = 'ja';
    await loadLanguage(language);
    const shown: string[] = report.findings.map((f) => formatMessage(f.message_template, language));
    const accepted: Acceptance[] = [{ finding: 0, reason: 'Not filed under the PCT.' }];
    const log: string = sarif(report, accepted) + sarif({ version: report.version, findings: report.findings });
    console.log(claim, severities, ids, docs, japanese, shown, log, report.documents[0]?.claim_sets[0]?.claims[0]?.depends_on);
    // @ts-expect-error: an acceptance names its finding by index and gives a reason
    sarif(report, [{ finding: 0 }]);
    // @ts-expect-error: a language messages are not translated into
    formatMessage(report.findings[0]!.message_template, 'fr');
    // @ts-expect-error: offices are ST.3 codes
    checkClaims('1. A lever.', { offices: ['QQ'] });
    // @ts-expect-error: a language the documentation is not translated into
    await ruleDocs('fr');
  `,
  );
  writeFileSync(
    join(consumer, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'es2022',
        module: 'esnext',
        moduleResolution: 'bundler',
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        lib: ['es2022', 'dom'],
      },
      files: ['main.ts'],
    }),
  );
  run(bin('tsc'), ['-p', 'tsconfig.json'], consumer);
});

test('the report is valid against the shipped JSON Schema', async () => {
  const { default: Ajv } = await import('ajv');
  const schema = JSON.parse(
    readFileSync(join(consumer, 'node_modules', 'patlint', 'schemas', 'report.schema.json'), 'utf8'),
  );
  // A filing with defects of every family, from the repository's fixtures: claims, Word descriptions in three
  // languages, a sequence listing with its application, an assignment record, and a drawing sheet.
  const fixture = (path) => ({ name: path.split('/').pop(), path: join(root, 'tests', 'fixtures', path) });
  const files = ['docx/us_defects.docx', 'docx/ja_defects.docx', 'docx/cn_defects.docx', 'st26/valid.xml'].map(fixture);
  // The listing's application, citing a sequence the listing does not hold.
  const application = `${readFileSync(join(root, 'tests', 'fixtures', 'st26', 'application.txt'), 'utf8')}\nThe primer of SEQ ID NO: 9 binds.\n`;
  const texts = [
    { name: 'application.txt', text: application },
    {
      name: 'claims.txt',
      text: '1. A lever\n3. The lever of claim 1 or 2.\n4. The lever of claim 3 or 1, being red.\n5. The lever of claim 7.\n',
    },
    {
      name: 'record.json',
      text: JSON.stringify({
        conveyance: 'assignment',
        assignors: [{ name: 'Roe, Jane', country: 'USA' }],
        assignees: [{ name: 'Acme', country: 'EP' }],
        properties: [{ office: 'US', number: '16/123' }],
      }),
    },
  ];
  const script = `
    import { readFileSync } from 'node:fs';
    import { initDrawings, init, check } from 'patlint';
    await init();
    await initDrawings();
    const files = ${JSON.stringify(files)}.map(({ name, path }) => ({ name, bytes: new Uint8Array(readFileSync(path)) }));
    files.push(...${JSON.stringify(texts)});
    files.push({ name: 'sheet.pdf', bytes: new TextEncoder().encode(${JSON.stringify(LETTER_PDF)}) });
    console.log(JSON.stringify(check(files, { kinds: { 'application.txt': 'description' } })));`;
  const report = JSON.parse(run('node', ['--input-type=module', '-e', script], consumer));
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  assert.ok(validate(report), JSON.stringify(validate.errors, null, 2));
  const families = new Set(report.findings.map((f) => f.rule.split('/')[0]));
  assert.deepEqual(
    [...families].sort(),
    ['assignment', 'claims', 'description', 'drawings', 'sequences'],
    [...families].join(),
  );
  assert.ok(report.findings.length > 40, `${report.findings.length} findings`);
  assert.ok(report.documents.some((d) => d.assignments.length > 0) && report.documents.some((d) => d.description));
  assert.ok(report.documents.some((d) => d.drawings?.sheets.length === 1));
});

test('a Vite page bundles it and checks claims in a Web Worker in Chromium', async () => {
  const site = join(consumer, 'site');
  mkdirSync(site, { recursive: true });
  writeFileSync(
    join(site, 'index.html'),
    '<!doctype html><title>portal</title><output id="result">…</output><script type="module" src="./main.js"></script>',
  );
  writeFileSync(
    join(site, 'main.js'),
    `
    const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    worker.onmessage = ({ data }) => { document.getElementById('result').textContent = data; };`,
  );
  writeFileSync(
    join(site, 'worker.js'),
    `
    import { init, checkClaims } from 'patlint';
    await init();
    const report = checkClaims('1. A lever.\\n2. The lever of claim 3.');
    postMessage(report.findings.map((f) => f.rule).join(' '));`,
  );
  // Module workers with top-level await need Vite's ES worker format (the default, iife, cannot await).
  writeFileSync(join(site, 'vite.config.js'), "export default { worker: { format: 'es' } };");
  run(
    bin('vite'),
    ['build', '--logLevel', 'error', '--outDir', 'dist', '--config', join(site, 'vite.config.js'), site],
    consumer,
  );
  const server = await serve(join(site, 'dist'));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => document.getElementById('result').textContent.includes('claims/'), null, {
      timeout: 20000,
    });
    const started = await page.evaluate(() => performance.now());
    assert.match(await page.textContent('#result'), /claims\/dependency-target-missing/);
    console.log(`Vite page: first report ${started.toFixed(0)} ms after navigation`);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('publint finds nothing to fix', () => {
  const out = run(bin('publint'), ['run', '--strict', root], root);
  assert.doesNotMatch(out, /error|warning|suggestion/i, out);
});
