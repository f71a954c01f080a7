// Runs the checker off the main thread, so a large file or a long claim set never freezes typing.
// Messages in: { id, op: 'meta' }, { id, op: 'check', files: [{ name, bytes | text }], options }, or
// { id, op: 'validateNumber', number, office? } (a NumberCheck back: the assignment form checks numbers as typed),
// { id, op: 'looks', file } (each sheet of a drawing file as it looks, SheetLook[], which the drawing view draws
// beneath its marks; drawing support is loaded for it if need be), or
// { id, op: 'sarif', report, accepted, docs } (the SARIF log as text: the report's `version` and `findings`, the
// accepted findings as [{ finding: index, reason }], and the rules' documentation by id, pkg/rule-docs.js).
// Messages out: { id, result } (a check's result carries `rules` when drawing support has just brought its drawing
// rules, which the core module leaves out, and the first check's `timing`: when the worker started, had its
// messages, compiled the module, had it ready, began and ended the check, in ms since 1970), { id, error } (with
// `code: 'drawings'` when drawing support could not be loaded), or
// { id, progress } while a check runs: { loading: 'drawings' } before drawing support loads, { loading: null } once
// it has, and { done, total } after each file.
//
// A filing is checked in one call: rules look across its documents (the claims' reference signs in the
// description, for one), so its files cannot be checked one at a time. A check that a newer one has overtaken
// while it waited is answered { superseded: true } without being run.

// The core module is fetched and compiled from the worker's first moment, while its bindings load: they are imported
// dynamically so that the two downloads overlap (a static import would hold this script back until the bindings are
// in). Compiled by the page's boot script instead and handed over, the first report came later (BENCHMARKS.md).
const WASM = new URL('./pkg/patlint_bg.wasm', import.meta.url);
/** When each step of the worker's start happened (ms since 1970, to be placed on the page's timeline): sent with
 *  the first check's result, for the page's performance marks. */
const now = () => performance.timeOrigin + performance.now();
const steps = { 'worker-start': now() };
const compiled = WebAssembly.compileStreaming(fetch(WASM))
  // A server that does not say application/wasm: compiled from the bytes.
  .catch(() =>
    fetch(WASM)
      .then((response) => response.arrayBuffer())
      .then((bytes) => WebAssembly.compile(bytes)),
  )
  .then((module) => {
    steps['module-compiled'] = now();
    return module;
  });

/** The module calls go to: the core, or the module with drawing support once a drawing needed it. */
let active = null;

const ready = import('./pkg/patlint.js').then(
  async (core) => {
    await core.default({ module_or_path: await compiled });
    steps['module-ready'] = now();
    active = core;
  },
  (error) => {
    // Without its bindings there is no checker: thrown from a task, the error reaches the page as a worker that
    // could not load (worker.onerror), as it did when they were a static import. The calls wait for ever.
    compiled.catch(() => {});
    setTimeout(() => {
      throw error;
    });
    return new Promise(() => {});
  },
);

// The modules carry messages as ids and values; their English text (messages/en.ftl) is written here, into every
// result that has messages. Loaded beside the module, not before it.
const messages = import('./messages/index.js').then((module) => {
  steps['messages-ready'] = now();
  return module;
});

let drawingsLoading = null;
let drawingsAttempts = 0;

/** Loads drawing support (a second, larger module) the first time a drawing is checked. */
function loadDrawings() {
  if (!drawingsLoading) {
    // A module that failed to load stays failed under its URL in this worker: a retry asks under another one.
    const url = `./pkg/drawings/patlint.js${drawingsAttempts ? `?retry=${drawingsAttempts}` : ''}`;
    drawingsAttempts += 1;
    drawingsLoading = import(url)
      .then(async (drawings) => {
        await drawings.default();
        active = drawings;
      })
      .catch((error) => {
        // Not remembered: the next check with a drawing tries again (the server, or the network, may be back).
        drawingsLoading = null;
        throw Object.assign(new Error(error instanceof Error ? error.message : String(error)), { code: 'drawings' });
      });
  }
  return drawingsLoading;
}

/** The newest check asked for. */
let latestCheck = 0;

/** Lets messages that have arrived meanwhile be handled first. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

self.onmessage = async ({ data: { id, op, files, file, options, number, office, report, accepted, docs } }) => {
  if (op === 'check') latestCheck = id;
  try {
    await ready;
    const { writeEnglish } = await messages;
    if (op === 'meta') {
      self.postMessage({ id, result: { version: active.version(), rules: active.rules() } });
    } else if (op === 'validateNumber') {
      self.postMessage({ id, result: writeEnglish(active.validateNumber(number, office ?? undefined)) });
    } else if (op === 'looks') {
      if (!active.drawingSupport()) await loadDrawings();
      self.postMessage({ id, result: active.sheetLooks(file) });
    } else if (op === 'sarif') {
      // The module that made the report: after a drawing, the one with drawing support, which knows its rules.
      self.postMessage({ id, result: active.sarif(report, accepted, docs) });
    } else if (op === 'check') {
      await nextTask();
      if (id !== latestCheck) {
        self.postMessage({ id, result: { superseded: true } });
        return;
      }
      let rules;
      const drawing = (file) =>
        options?.kinds?.[file.name] === 'drawings' || (file.bytes && active.isDrawing(file.bytes));
      if (!active.drawingSupport() && files.some(drawing)) {
        self.postMessage({ id, progress: { loading: 'drawings' } });
        await loadDrawings();
        rules = active.rules();
        self.postMessage({ id, progress: { loading: null } });
        // Loading takes a while: a newer check may have come meanwhile.
        if (id !== latestCheck) {
          self.postMessage({ id, result: { superseded: true, rules } });
          return;
        }
      }
      // The time the check took, not the time drawing support took to load.
      const started = performance.now();
      // Each file done fills the page's progress bar.
      const report = writeEnglish(
        active.check(files, options, (done, total) => self.postMessage({ id, progress: { done, total } })),
      );
      const elapsed = performance.now() - started;
      // The first check's steps, once.
      const timing = steps['check-start']
        ? undefined
        : Object.assign(steps, { 'check-start': now() - elapsed, 'check-end': now() });
      self.postMessage({ id, result: { report, rules, elapsed, timing } });
    } else {
      throw new Error(`unknown operation ${op}`);
    }
  } catch (error) {
    // An error of the module may be a message of the catalogue: written in English as a report's are.
    if (error?.message_template) (await messages).writeEnglish(error);
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error), code: error?.code });
  }
};
