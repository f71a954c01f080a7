// Side by side, cold: patlint's page (www/) to its first report, and Pyodide (the Python runtime PatentLint runs
// on) to its first Python result, alternating loads in one headless Chromium, each in a fresh browser context.
// Pyodide comes from its npm package, installed into target/pyodide-bench/ (never into the project), and is served
// with a page of its own from the same server as patlint's.
//
//   node scripts/bench-pyodide.mjs [--latency=MS] [LOADS [SITE...]]
//       7 loads each by default; SITE: patlint's page, www/ by default (scripts/bench.sh passes the page it built).
//       --latency adds MS to every request, as a server across a network would (Chromium's network emulation):
//       on this machine's loopback a request costs next to nothing, and how many the page makes one after the
//       other does not show.
//
// With several SITEs (two builds of the page, say before and after a change) each load of Pyodide is followed by
// one of each page in turn, so that all of them are measured in the same conditions.

import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, markTime } from './chromium.mjs';
import { serve } from './static-server.mjs';

const ROOT = join(import.meta.dirname, '..');
const SCRATCH = join(ROOT, 'target', 'pyodide-bench');
const VERSION = '0.27.7';
const flags = process.argv.slice(2).filter((arg) => arg.startsWith('--'));
const args = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const latency = Number(flags.find((flag) => flag.startsWith('--latency='))?.split('=')[1] ?? 0);
const loads = Number(args[0] ?? 7);
const sites = args.length > 1 ? args.slice(1) : [join(ROOT, 'www')];

if (!existsSync(join(SCRATCH, 'node_modules', 'pyodide', 'pyodide.mjs'))) {
  mkdirSync(SCRATCH, { recursive: true });
  // A package.json of its own, so that npm installs here and not into the project above.
  writeFileSync(join(SCRATCH, 'package.json'), '{ "private": true }\n');
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--silent', `pyodide@${VERSION}`], {
    cwd: SCRATCH,
    stdio: 'inherit',
  });
}
// Pyodide's page, served as patlint's is (the same static server, another port).
const site = join(SCRATCH, 'site');
cpSync(join(SCRATCH, 'node_modules', 'pyodide'), join(site, 'pyodide'), { recursive: true });
writeFileSync(
  join(site, 'pyodide', 'index.html'),
  `<!doctype html><meta charset="utf-8"><title>Pyodide</title>
<script type="module">
import { loadPyodide } from './pyodide.mjs';
const pyodide = await loadPyodide({ indexURL: './' });
document.title = String(pyodide.runPython('1 + 1'));
performance.mark('pyodide:first-result');
</script>\n`,
);

const servers = { patlint: await Promise.all(sites.map((www) => serve(www))), pyodide: await serve(site) };
const browser = await launchChromium();
const times = { patlint: sites.map(() => []), pyodide: [] };
/** Every performance mark of every load, by name (the first site's and Pyodide's marks alike). */
const steps = {};
const load = async (url, mark) => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    if (latency) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency,
        downloadThroughput: -1,
        uploadThroughput: -1,
      });
    }
    await page.goto(url);
    const time = await markTime(page, mark);
    // The page's other marks (patlint's steps to its first report), for the breakdown below.
    const marks = await page.evaluate(() =>
      performance.getEntriesByType('mark').map(({ name, startTime }) => [name, startTime]),
    );
    for (const [name, at] of marks) {
      steps[name] ??= [];
      steps[name].push(at);
    }
    return time;
  } finally {
    await context.close();
  }
};
try {
  for (let i = 0; i < loads; i++) {
    for (const [k, server] of servers.patlint.entries())
      times.patlint[k].push(await load(server.url, 'patlint:first-report'));
    times.pyodide.push(await load(new URL('pyodide/', servers.pyodide.url).href, 'pyodide:first-result'));
  }
} finally {
  await browser.close();
  await Promise.all([...servers.patlint, servers.pyodide].map((server) => server.close()));
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const pyodide = median(times.pyodide);
const list = (values) => values.map(Math.round).join(', ');
const over = latency ? `, ${latency} ms added to each request` : '';
console.log(`cold start, median of ${loads} alternating loads on this machine${over}:`);
for (const [k, www] of sites.entries()) {
  const patlint = median(times.patlint[k]);
  const name = sites.length > 1 ? ` (${www})` : '';
  console.log(`  patlint page to first report   ${patlint.toFixed(0)} ms  (${list(times.patlint[k])})${name}`);
  console.log(`    Pyodide / patlint: ${(pyodide / patlint).toFixed(1)}x`);
}
console.log(`  Pyodide ${VERSION} to first result ${pyodide.toFixed(0)} ms  (${list(times.pyodide)})`);
if (sites.length === 1) {
  console.log('  patlint page, each step (median ms from navigation start):');
  const patlintSteps = Object.entries(steps).filter(([name]) => name.startsWith('patlint:'));
  for (const [name, at] of patlintSteps.sort((a, b) => median(a[1]) - median(b[1]))) {
    console.log(`    ${name.padEnd(26)} ${median(at).toFixed(0).padStart(5)}  (${list(at)})`);
  }
}
