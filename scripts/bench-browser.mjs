// Times claim checking through the built Wasm in headless Chromium (median of 100 runs after 20 warm-ups), with
// the same generated claim sets as benches/claims.rs, and the module's start-up. Run scripts/build-wasm.sh first.
// With target/large-spec.docx (python3 benches/make_large_spec.py), it also times checking that 120-page DOCX.
// Usage: node scripts/bench-browser.mjs

import { existsSync, readFileSync } from 'node:fs';
import { launchChromium } from './chromium.mjs';
import { serve } from './static-server.mjs';

/** The claim set of benches/claims.rs: groups of 25 with single, grouped and multiple dependencies. */
function claimSet(n) {
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
  return lines.join('\n');
}

const server = await serve(new URL('../www', import.meta.url).pathname);
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(server.url);
  const results = await page.evaluate(async (sets) => {
    const started = performance.now();
    const wasm = await import('./pkg/patlint.js');
    await wasm.default();
    const init = performance.now() - started;
    const out = { init };
    for (const [n, text] of sets) {
      for (let i = 0; i < 20; i++) wasm.checkClaims(text);
      const times = [];
      for (let i = 0; i < 100; i++) {
        const t = performance.now();
        wasm.checkClaims(text);
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      out[n] = times[50];
    }
    return out;
  }, [[100, claimSet(100)], [500, claimSet(500)]]);
  const docx = new URL('../target/large-spec.docx', import.meta.url).pathname;
  if (existsSync(docx)) {
    const median = await page.evaluate(async (bytes) => {
      const wasm = await import('./pkg/patlint.js');
      const files = [{ name: 'spec.docx', bytes: new Uint8Array(bytes) }];
      for (let i = 0; i < 3; i++) wasm.check(files);
      const times = [];
      for (let i = 0; i < 15; i++) {
        const t = performance.now();
        wasm.check(files);
        times.push(performance.now() - t);
      }
      return times.sort((a, b) => a - b)[7];
    }, [...readFileSync(docx)]);
    console.log(`Chromium: 120-page DOCX specification checked in ${median.toFixed(1)} ms (median of 15)`);
  }
  console.log(`Chromium: module start-up ${results.init.toFixed(1)} ms`);
  for (const n of [100, 500]) console.log(`Chromium: ${n} claims checked in ${results[n].toFixed(3)} ms (median of 100)`);
} finally {
  await browser.close();
  await server.close();
}
