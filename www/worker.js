// Runs the checker off the main thread, so a large file or a long claim set never freezes typing.
// Messages in: { id, op: 'meta' } or { id, op: 'check', files, options }.
// Messages out: { id, result } or { id, error }.

import init, { check, rules, version } from './pkg/patlint.js';

const ready = init();

self.onmessage = async ({ data: { id, op, files, options } }) => {
  try {
    await ready;
    if (op === 'meta') {
      self.postMessage({ id, result: { version: version(), rules: rules() } });
    } else if (op === 'check') {
      const started = performance.now();
      const report = check(files, options);
      self.postMessage({ id, result: { report, elapsed: performance.now() - started } });
    } else {
      throw new Error(`unknown operation ${op}`);
    }
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
