// The browser side of scripts/bench-browser.mjs: loads a Wasm module built for the benchmark, checks the large
// filing (target/large-filing/, served at /filing/) with `timings: true`, and returns medians per phase, exactly as
// benches/filing_phases.rs does natively: same files, same scenarios, same numbers of runs.

/** Loads a module by the URL of its bindings (a query string gives a fresh instance); returns the bindings and the
 *  instance's exports (for its memory). */
export async function load(url) {
  const bindings = await import(url);
  const started = performance.now();
  const exports = await bindings.default();
  return { bindings, exports, init: performance.now() - started };
}

async function fetchBytes(path) {
  const response = await fetch(`/filing/${path}`);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The files of the large filing, as `check` takes them. */
export async function filing() {
  const manifest = await (await fetch('/filing/manifest.json')).json();
  const file = async (name, path) => ({ name, bytes: await fetchBytes(path) });
  const specification = await file('specification.docx', manifest.specification);
  const assignment = await file('assignment.json', manifest.assignment);
  const tiffs = await Promise.all(manifest.tiffs.map((path) => file(path, path)));
  return {
    'filing-pdf': [specification, await file('drawings.pdf', manifest.pdf), assignment],
    'filing-tiff': [specification, ...tiffs, assignment],
    'application-pdf': [await file('application.pdf', manifest.application)],
    'sheet-pdf': [await file('sheet.pdf', manifest.sheetPdf)],
    'sheet-tiff': [{ name: 'sheet-01.tif', bytes: tiffs[0].bytes }],
    'claims-200': [await file('claims.txt', manifest.claims)],
    'sequences-10000': [await file('sequences.xml', manifest.sequences)],
  };
}

/** The claim set of benches/common/large_filing.rs (and benches/claims.rs). */
export function claimSet(n) {
  const lines = ['What is claimed is:'];
  let group = 1;
  for (let k = 1; k <= n; k++) {
    let body;
    if (k % 25 === 1) {
      group = k;
      body = 'A fluid control apparatus comprising a housing, a valve member movable within the housing, an actuator coupled to the valve member, and a controller configured to operate the actuator in response to a sensed pressure.';
    } else if (k % 25 === 7 || k % 25 === 14) {
      body = `The apparatus according to any one of claims ${group} to ${k - 1}, wherein the housing comprises a first port and a second port.`;
    } else if (k % 3 === 0) {
      body = `The apparatus of claim ${group}, wherein the valve member has a sealing surface.`;
    } else {
      body = `The apparatus of claim ${k - 1}, wherein the controller comprises a processor and a memory.`;
    }
    lines.push(`${k}. ${body}`);
  }
  return `${lines.join('\n')}\n`;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  return n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
};

/** Runs `run(i)` (which returns a report) `warm` times, then `runs` times; medians of the whole call (which includes
 *  copying the files in and the report out) and of each phase the report times. */
function measure(warm, runs, run) {
  for (let i = 0; i < warm; i++) run(i);
  const totals = [];
  const phases = new Map();
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const report = run(i);
    totals.push(performance.now() - started);
    for (const { phase, ms } of report.timings ?? []) {
      if (!phases.has(phase)) phases.set(phase, []);
      phases.get(phase).push(ms);
    }
  }
  return { runs, total: median(totals), phases: Object.fromEntries([...phases].map(([p, v]) => [p, median(v)])) };
}

/** The warm-up runs and timed runs of each scenario: those of benches/filing_phases.rs. The single sheets get 30
 *  warm-ups so that V8 has tiered their hot functions up from its baseline compiler (otherwise a module whose code
 *  Chromium happened to cache optimised looks faster). */
export const SCENARIOS = {
  'filing-pdf': [2, 9],
  'filing-tiff': [1, 5],
  'application-pdf': [2, 9],
  'sheet-pdf': [30, 31],
  'sheet-tiff': [30, 31],
  'claims-200': [10, 51],
  'sequences-10000': [1, 5],
  'recheck-100': [20, 201],
};

/** Peak linear memory of a fresh instance checking the large filing: WebAssembly memory never shrinks, so its size
 *  after the check is its peak. */
export async function memory(url) {
  const { bindings, exports } = await load(`${url}?memory`);
  const files = await filing();
  const out = { initial: exports.memory.buffer.byteLength };
  bindings.check(files['filing-pdf']);
  out['filing-pdf'] = exports.memory.buffer.byteLength;
  bindings.check(files['filing-tiff']);
  out['filing-tiff'] = exports.memory.buffer.byteLength;
  bindings.check(files['application-pdf']);
  out['application-pdf'] = exports.memory.buffer.byteLength;
  bindings.check(files['sequences-10000']);
  out['sequences-10000'] = exports.memory.buffer.byteLength;
  return out;
}

/** Times the scenarios named (all by default) with the module at `url`. */
export async function run(url, names = Object.keys(SCENARIOS)) {
  const { bindings, init } = await load(url);
  const files = await filing();
  const options = { timings: true };
  const recheck = [claimSet(100), claimSet(100).replace('2. The apparatus of claim 1,', '2. The apparatus of claim 1 ,')];
  const out = { init };
  for (const name of names) {
    const [warm, runs] = SCENARIOS[name];
    out[name] = name === 'recheck-100'
      ? measure(warm, runs, (i) => bindings.checkClaims(recheck[i % 2], options))
      : measure(warm, runs, () => bindings.check(files[name], options));
  }
  return out;
}
