// Runs the checker off the main thread, so a large file or a long claim set never freezes typing.
// Messages in: { id, op: 'meta' } or { id, op: 'check', files: [{ name, bytes | text }], options }.
// Messages out: { id, result } or { id, error }.
//
// A filing is checked in one call: rules look across its documents (the claims' reference signs in the
// description, for one), so its files cannot be checked one at a time. A check that a newer one has overtaken
// while it waited is answered { superseded: true } without being run.

import init, * as core from './pkg/patlint.js';

const ready = init();

/** The module calls go to: the core, or the module with drawing support once a drawing needed it. */
let active = core;
let drawingsLoading = null;

/** Loads drawing support (a second, larger module) the first time a drawing is checked. */
function loadDrawings() {
  drawingsLoading ??= import('./pkg/drawings/patlint.js').then(async (drawings) => {
    await drawings.default();
    active = drawings;
  });
  return drawingsLoading;
}

/** The newest check asked for. */
let latestCheck = 0;

/** Lets messages that have arrived meanwhile be handled first. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

self.onmessage = async ({ data: { id, op, files, options } }) => {
  if (op === 'check') latestCheck = id;
  try {
    await ready;
    if (op === 'meta') {
      self.postMessage({ id, result: { version: active.version(), rules: active.rules() } });
    } else if (op === 'check') {
      await nextTask();
      if (id !== latestCheck) {
        self.postMessage({ id, result: { superseded: true } });
        return;
      }
      const started = performance.now();
      if (!active.drawingSupport() && files.some((file) => file.bytes && active.isDrawing(file.bytes))) {
        self.postMessage({ id, progress: { loading: 'drawings' } });
        await loadDrawings();
      }
      // Each file done fills the page's progress bar.
      const report = active.check(files, options, (done, total) => self.postMessage({ id, progress: { done, total } }));
      self.postMessage({ id, result: { report, elapsed: performance.now() - started } });
    } else {
      throw new Error(`unknown operation ${op}`);
    }
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
