// The browser half of scripts/bench.sh (issue #8): in headless Chromium (scripts/chromium.mjs), through the Wasm
// modules scripts/bench.sh built, times the large filing per phase with the benchmark page (scripts/bench-page/),
// measures peak Wasm memory, module sizes and the time from opening the page (www/) to its first report, and prints
// one table with the Wasm/native ratio against the native figures of the same run (benches/filing_phases.rs) and
// the budgets of BENCHMARKS.md. Run it through scripts/bench.sh, which builds the site it serves.
//
// Usage: node scripts/bench-browser.mjs --site target/bench/site --native target/large-filing/native.json [--variants]
//        [--json OUT]

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { launchChromium, markTime } from './chromium.mjs';
import { serve } from './static-server.mjs';

const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const site = arg('--site') ?? 'target/bench/site';
const nativePath = arg('--native') ?? 'target/large-filing/native.json';
// Variants of the drawings module to compare with it (--variants): pkg/drawings-NAME/ of the site.
const variants = process.argv.includes('--variants')
  ? readdirSync(`${site}/pkg`).filter(
      (d) => d.startsWith('drawings-') && existsSync(`${site}/pkg/${d}/patlint_bg.wasm`),
    )
  : [];
const VARIANT_SCENARIOS = ['sheet-pdf', 'sheet-tiff', 'filing-pdf', 'filing-tiff'];
const native = JSON.parse(readFileSync(nativePath, 'utf8'));

/** The budgets of issues #8 and #14 (the 100-page application PDF). */
const BUDGET = {
  application: 1000,
  filing: 1500,
  sequences: 2000,
  ratio: 1.5,
  recheck: 2,
  firstReport: 300,
  memory: 256 << 20,
  core: 400_000,
  drawings: 2_000_000,
  sheet: 20,
};

const server = await serve(site);
const browser = await launchChromium();
const results = {};
try {
  // The benchmark page is served cross-origin isolated (COOP and COEP added here), so that performance.now() has
  // Chromium's fine resolution (5 µs) instead of 100 µs: sub-millisecond phases are measured, not rounded.
  const context = await browser.newContext();
  await context.route('**/*', async (route) => {
    const response = await route.fetch();
    const headers = {
      ...response.headers(),
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    };
    await route.fulfill({ response, headers });
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  const open = async () => {
    await page.goto(new URL('bench/', server.url).href);
    await page.waitForFunction(() => document.body?.dataset.ready === 'true');
  };

  // Peak memory first, in a fresh page, before anything else has grown the memory.
  await open();
  if (!(await page.evaluate(() => self.crossOriginIsolated)))
    console.error('warning: the page is not cross-origin isolated: times are rounded to 0.1 ms');
  results.memory = await page.evaluate(() => window.bench.memory('/pkg/drawings/patlint.js'));
  await open();
  results.wasm = await page.evaluate(() => window.bench.run('/pkg/drawings/patlint.js'));
  if (variants.length) {
    // Interleaved rounds, a fresh page each, and the best median of each figure over the rounds: a busy machine
    // slows the modules alike instead of whichever ran last.
    results.variants = {};
    for (let round = 0; round < 3; round++) {
      for (const name of ['drawings', ...variants]) {
        await open();
        const got = await page.evaluate(
          ([url, n]) => window.bench.run(url, n),
          [`/pkg/${name}/patlint.js?round=${round}`, VARIANT_SCENARIOS],
        );
        results.variants[name] ??= {};
        const best = results.variants[name];
        for (const scenario of VARIANT_SCENARIOS) {
          const [a, b] = [best[scenario], got[scenario]];
          if (!a) best[scenario] = b;
          else {
            a.total = Math.min(a.total, b.total);
            for (const phase of Object.keys(b.phases))
              a.phases[phase] = Math.min(a.phases[phase] ?? Infinity, b.phases[phase]);
          }
        }
      }
    }
  }
  await context.close();

  // Page open to first report: the page of www/ with its sample claims, in a fresh context each time (cold cache).
  const loads = [];
  for (let i = 0; i < 5; i++) {
    const fresh = await browser.newContext();
    const www = await fresh.newPage();
    await www.goto(server.url);
    loads.push(await markTime(www, 'patlint:first-report'));
    await fresh.close();
  }
  results.firstReport = loads.sort((a, b) => a - b)[2];
  results.firstReportAll = loads;
} finally {
  await browser.close();
  await server.close();
}

const size = (path) => {
  const bytes = readFileSync(`${site}/${path}`);
  // gzip -9, as scripts/build-wasm.sh reports it.
  return {
    bytes: bytes.length,
    gzip: execFileSync('gzip', ['-9c', `${site}/${path}`], { maxBuffer: 64 << 20 }).length,
  };
};
results.sizes = { core: size('pkg/patlint_bg.wasm'), drawings: size('pkg/drawings/patlint_bg.wasm') };

// The table.
const ms = (v) => (v === undefined ? '' : v < 10 ? v.toFixed(3) : v.toFixed(1));
const ok = (pass) => (pass ? 'ok' : 'OVER');
const rows = [['figure', 'native ms', 'Wasm ms', 'Wasm/native', 'budget', '']];
const TITLES = {
  'filing-pdf': 'large filing, vector PDF drawings',
  'filing-tiff': 'large filing, 60 G4 TIFF sheets',
  'application-pdf': 'application as one PDF: 80 text pages, 20 sheets',
  'sheet-pdf': 'one vector PDF sheet',
  'sheet-tiff': 'one 300-dpi G4 TIFF sheet',
  'claims-200': '200 claims (text)',
  'recheck-100': '100-claim re-check after one edit',
  'sequences-10000': 'ST.26 listing of 10,000 sequences (about 50 MB)',
};
for (const [name, title] of Object.entries(TITLES)) {
  const n = native[name];
  const w = results.wasm[name];
  let budget = '';
  let pass;
  if (name.startsWith('filing')) [budget, pass] = [`≤ ${BUDGET.filing} ms`, w.total <= BUDGET.filing];
  if (name === 'application-pdf') [budget, pass] = [`≤ ${BUDGET.application} ms`, w.total <= BUDGET.application];
  if (name.startsWith('sheet')) [budget, pass] = [`≤ ${BUDGET.sheet} ms`, w.total <= BUDGET.sheet];
  if (name === 'recheck-100') [budget, pass] = [`≤ ${BUDGET.recheck} ms`, w.total <= BUDGET.recheck];
  if (name === 'sequences-10000') [budget, pass] = [`≤ ${BUDGET.sequences} ms`, w.total <= BUDGET.sequences];
  const ratio = w.total / n.total;
  rows.push([
    `${title} (median of ${w.runs})`,
    ms(n.total),
    ms(w.total),
    `${ratio.toFixed(2)}×`,
    budget,
    pass === undefined ? '' : ok(pass),
  ]);
  const phases = [...new Set([...Object.keys(n.phases), ...Object.keys(w.phases)])];
  for (const phase of phases) {
    const [a, b] = [n.phases[phase], w.phases[phase]];
    const r = a && b ? b / a : undefined;
    // Phases under 0.05 ms natively are timer noise: their ratio is not judged.
    const judged = r !== undefined && a >= 0.05;
    rows.push([
      `  ${phase}`,
      ms(a),
      ms(b),
      r === undefined ? '' : `${r.toFixed(2)}×`,
      judged ? `≤ ${BUDGET.ratio}×` : '',
      judged ? ok(r <= BUDGET.ratio) : '',
    ]);
  }
  const sum = Object.values(w.phases).reduce((s, v) => s + v, 0);
  rows.push(['  files in, report out (JS↔Wasm)', '', ms(Math.max(0, w.total - sum)), '', '', '']);
}
const mb = (b) => `${(b / (1 << 20)).toFixed(1)} MiB`;
const peak = Math.max(results.memory['filing-pdf'], results.memory['filing-tiff']);
rows.push([
  `peak Wasm memory, large filing (PDF, then TIFF; ${mb(results.memory.initial)} at start)`,
  '',
  `${mb(results.memory['filing-pdf'])}, ${mb(peak)}`,
  '',
  '≤ 256 MiB',
  ok(peak <= BUDGET.memory),
]);
rows.push([
  `peak Wasm memory after the application PDF as well`,
  '',
  mb(results.memory['application-pdf']),
  '',
  '≤ 256 MiB',
  ok(results.memory['application-pdf'] <= BUDGET.memory),
]);
rows.push([
  `peak Wasm memory after the 50 MB sequence listing as well`,
  '',
  mb(results.memory['sequences-10000']),
  '',
  '≤ 256 MiB',
  ok(results.memory['sequences-10000'] <= BUDGET.memory),
]);
rows.push(['drawings module start-up (instantiate)', '', ms(results.wasm.init), '', '', '']);
rows.push([
  `page open to first report (median of 5: ${loads(results.firstReportAll)})`,
  '',
  ms(results.firstReport),
  '',
  `≤ ${BUDGET.firstReport} ms`,
  ok(results.firstReport <= BUDGET.firstReport),
]);
const kb = (s) => `${s.bytes.toLocaleString('en')} B, ${s.gzip.toLocaleString('en')} gzip`;
rows.push([
  'core module size',
  '',
  kb(results.sizes.core),
  '',
  '≤ 400 KB gzip',
  ok(results.sizes.core.gzip <= BUDGET.core),
]);
rows.push([
  'drawings module size (lazy)',
  '',
  kb(results.sizes.drawings),
  '',
  '≤ 2 MB gzip',
  ok(results.sizes.drawings.gzip <= BUDGET.drawings),
]);
/** The sum of a scenario's rules phases. */
const rules = (phases) =>
  Object.entries(phases)
    .filter(([phase]) => phase.startsWith('rules '))
    .reduce((sum, [, time]) => sum + time, 0);
for (const variant of variants) {
  const [plain, other] = [results.variants.drawings, results.variants[variant]];
  rows.push([
    `${variant} vs drawings module (best of 3 interleaved rounds)`,
    'plain ms',
    `${variant.slice(9)} ms`,
    'ratio',
    '',
    '',
  ]);
  for (const name of VARIANT_SCENARIOS) {
    const [p, s] = [plain[name], other[name]];
    rows.push([`  ${TITLES[name]}`, ms(p.total), ms(s.total), `${(s.total / p.total).toFixed(2)}×`, '', '']);
    // The drawings' reading, which a build option changes, and the rules, which an older commit's module runs.
    for (const [phase, of] of [
      ['read drawings', (phases) => phases['read drawings']],
      ['rules, all phases', rules],
    ]) {
      const [a, b] = [of(p.phases), of(s.phases)];
      rows.push([`    ${phase}`, ms(a), ms(b), `${(b / a).toFixed(2)}×`, '', '']);
    }
  }
  results.sizes[variant] = size(`pkg/${variant}/patlint_bg.wasm`);
  rows.push([`  ${variant} module size`, '', kb(results.sizes[variant]), '', '', '']);
}

if (arg('--json')) writeFileSync(arg('--json'), JSON.stringify({ native, ...results }, null, 2));

function loads(all) {
  return all.map((v) => Math.round(v)).join(', ');
}

const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
for (const [i, row] of rows.entries()) {
  console.log(
    row
      .map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c])))
      .join('  ')
      .trimEnd(),
  );
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
