// The page's side of the checker: the worker the boot script in index.html started, each call a promise answered
// by message id, and the progress shown while it works.

import { t } from './i18n.js';
import { dom } from './state.js';

/** A check that takes longer than this shows a progress indicator. */
const PROGRESS_DELAY_MS = 200;

// The boot script started the worker, asked it to check the sample and fetched the catalogue before this module
// arrived.
const { worker, early, sample, speculative, catalogue } = self.patlintBoot;
/** The sample claims the boot script checked. */
export { sample };
const pending = new Map();
let nextCallId = 1;
/** Answers to what the boot script asked: the sample's report (null once it no longer applies), and the catalogue,
 *  which the build wrote beside the module (or, when it did not, the worker gives). */
const asked = {
  check: /** @type {Promise<unknown> | null} */ (
    new Promise((resolve, reject) => pending.set(speculative.check, { resolve, reject }))
  ),
  meta: catalogue.then((found) => found ?? callWorker('meta')),
};
/** The check the boot script asked, when a check would ask the same, once; `useCatalogue` takes the catalogue
 *  first, so that the first report names its rules. */
export function askedCheck(payload, useCatalogue) {
  const check = asked.check;
  asked.check = null;
  if (check && JSON.stringify(payload) === JSON.stringify(speculative.payload)) {
    document.documentElement.dataset.firstCheck = 'boot';
    // Shown once the catalogue is in too (it nearly always is), so that the first report names its rules.
    return Promise.all([check, asked.meta.then(useCatalogue, () => {})]).then(([result]) => result);
  }
  check?.catch(() => {}); // not adopted: its answer, or failure, concerns nobody
  return null;
}

/** The newest check asked: only its progress fills the bar (an older one, still running, reports its own files). */
let newestCheck = speculative.check;

/** @param {MessageEvent} event */
function onWorkerMessage({ data }) {
  const call = pending.get(data.id);
  if (!call) return;
  if (data.progress) {
    if (data.id === newestCheck) activeProgress?.update(data.progress);
    return;
  }
  pending.delete(data.id);
  if (data.error !== undefined) call.reject(new Error(data.code === 'drawings' ? t('error.drawings') : data.error));
  else call.resolve(data.result);
}
worker.onmessage = onWorkerMessage;

/** Set when the worker could not start; every later call fails at once with it. */
let workerFailure = null;

/**
 * Fires when worker.js or the Wasm module cannot be loaded at all.
 * @param {Event} event
 */
function onWorkerError(event) {
  event.preventDefault();
  workerFailure = new Error(t('error.worker'));
  for (const call of pending.values()) call.reject(workerFailure);
  pending.clear();
}
worker.onerror = onWorkerError;

export function callWorker(op, payload = {}) {
  if (workerFailure) return Promise.reject(workerFailure);
  const id = nextCallId++;
  if (op === 'check') newestCheck = id;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, op, ...payload });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Progress: shown only when the work takes longer than PROGRESS_DELAY_MS. Reading added files and checking them
// fill a bar file by file (the checker reports each file it has done).

let activeProgress = null;

/** Starts a piece of work that may show progress; `update({ done, total })` fills the bar, `stop()` ends it. */
export function beginProgress(label) {
  activeProgress?.stop();
  const progress = {
    label,
    done: null,
    total: null,
    shown: false,
    timer: setTimeout(() => {
      progress.shown = true;
      renderProgress(progress);
    }, PROGRESS_DELAY_MS),
    loading: null,
    update(values) {
      Object.assign(progress, values);
      if (progress.shown) renderProgress(progress);
    },
    stop() {
      clearTimeout(progress.timer);
      if (activeProgress === progress) {
        activeProgress = null;
        dom.progress.hidden = true;
      }
    },
  };
  activeProgress = progress;
  return progress;
}

function renderProgress(progress) {
  const { label, done, total } = progress;
  if (total) {
    dom.progressBar.max = total;
    dom.progressBar.value = done ?? 0;
  } else {
    dom.progressBar.removeAttribute('value');
    dom.progressBar.removeAttribute('max');
  }
  dom.progressLabel.textContent = label(progress);
  dom.progress.hidden = false;
}

/** The catalogue of rules and the checker's version: from the build, or asked of the worker. */
export const catalogueAsked = () => asked.meta;

/** Handles what the worker said before this module took it over (the boot script started it): once every binding
 *  of the page's modules is initialised (a progress message of the sample's check reaches `activeProgress`). */
export function replayEarlyMessages() {
  for (const event of early.splice(0)) {
    // A worker that could not load raises a plain Event of type 'error', not an ErrorEvent.
    if (event.type === 'error') onWorkerError(event);
    else onWorkerMessage(/** @type {MessageEvent} */ (event));
  }
}
