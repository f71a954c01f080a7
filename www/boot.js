// Starts the checker's worker as early as the page can: index.html loads this module on its own (async), so the
// worker and its Wasm module load while the rest of the page's modules are still arriving. app.js takes the worker
// from here, with the messages it sent before app.js was listening.

export const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });

/** Messages and errors that arrived before app.js took over, in order. */
export const early = [];
worker.onmessage = (event) => early.push(event);
worker.onerror = (event) => {
  event.preventDefault();
  early.push(event);
};
