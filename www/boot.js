// Starts the checker as early as the page can. index.html runs this classic script from its head, before the
// stylesheet and the modules, so that the worker starts, the Wasm module downloads and compiles (here, while the
// worker thread starts, and handed to it), and the catalogue of rules and a check of the sample claims are asked
// for, all while the page's own modules arrive and parse. app.js takes over what this started (self.patlintBoot),
// and adopts the sample's report when what it would ask is what was asked here.
'use strict';

(() => {
  // A US-style set with defects to show: claim 5 is a multiple dependent claim depending on claim 3, itself a
  // multiple dependent claim; claim 6 refers to a later claim.
  const sample = `What is claimed is:

1. A bicycle brake, comprising:
   a caliper having a first arm and a second arm;
   a cable anchor mounted on the first arm; and
   a return spring biasing the first arm and the second arm apart.

2. The bicycle brake of claim 1, wherein the return spring is a coil spring.

3. The bicycle brake of claim 1 or 2, further comprising a brake pad held on each arm.

4. The bicycle brake of claim 3, wherein each brake pad is adjustable in height.

5. The bicycle brake of any one of claims 2 to 4, wherein the caliper is made of forged aluminum.

6. The bicycle brake of claim 7, wherein the cable anchor is a pinch bolt.

7. The bicycle brake of claim 1, wherein the first arm and the second arm pivot about a common bolt.

8. A method of stopping a bicycle, comprising:
   pulling a brake cable to draw a first caliper arm toward a second caliper arm; and
   pressing a brake pad on each caliper arm against a wheel rim.
`;
  const worker = new Worker('worker.js', { type: 'module' });
  /** Messages and errors that arrive before app.js takes over, in order. */
  const early = [];
  worker.onmessage = (event) => early.push(event);
  worker.onerror = (event) => {
    event.preventDefault();
    early.push(event);
  };
  // Compiled here while the worker thread starts; without streaming (a server that does not say application/wasm)
  // from the bytes; failing that, the worker loads the module itself.
  const url = 'pkg/patlint_bg.wasm';
  Promise.resolve()
    .then(() => WebAssembly.compileStreaming(fetch(url)))
    .catch(() => fetch(url).then((response) => response.arrayBuffer()).then((bytes) => WebAssembly.compile(bytes)))
    .catch(() => null)
    .then((module) => worker.postMessage({ op: 'module', module }));
  // The first questions, with ids below app.js's (which start at 1): the worker answers them once the module is in.
  const speculative = {
    meta: -1,
    check: -2,
    payload: { files: [{ name: 'Claims editor', text: sample }], options: { offices: ['US', 'EP', 'JP', 'KR', 'CN', 'WO'] } },
  };
  worker.postMessage({ id: speculative.meta, op: 'meta' });
  worker.postMessage({ id: speculative.check, op: 'check', ...speculative.payload });
  self.patlintBoot = { worker, early, sample, speculative };
})();
