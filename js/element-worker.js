// The worker of <patlint-check> (js/element.js). It checks the files the element posts: `File` objects, which the
// Wasm module reads itself (index.js's check), so no JavaScript on either thread copies their bytes. Drawing
// support loads the first time a drawing comes. The Wasm modules load from the package (index.js finds them).
// In: { id, files: File[], options }. Out, for that id: { progress: { done, total } | { loading: 'drawings' } },
// then { report } or { error, code }. A check that a newer one overtook while it waited is not answered.

import { init, initDrawings, drawingsLoaded, isDrawing, check } from './index.js';

const ready = init();
let latest = 0;

self.onmessage = async ({ data: { id, files, options } }) => {
  latest = id;
  try {
    await ready;
    if (!drawingsLoaded() && files.some((file) => isDrawing(file))) {
      self.postMessage({ id, progress: { loading: 'drawings' } });
      await initDrawings();
    }
    if (id !== latest) return;
    const report = check(files, options, (done, total) => self.postMessage({ id, progress: { done, total } }));
    self.postMessage({ id, report });
  } catch (error) {
    self.postMessage({ id, error: error?.message ?? String(error), code: error?.code ?? 'INTERNAL' });
  }
};
