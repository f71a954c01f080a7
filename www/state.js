// What the page's views share: its elements and its state, in one place. The views read `state`; app.js changes
// it and decides when each view renders.

import { NO_FILTER } from './findings-view.js';
import { t } from './i18n.js';

/** The name the editor's text carries in the report (and in exports); the page shows it translated. */
export const EDITOR_FILE = 'Claims editor';

/** The offices the page offers, by code, with their names: read from the office boxes of index.html, the one place
 *  the page lists them. */
export const OFFICE_NAMES = Object.fromEntries(
  [...document.querySelectorAll('input[name="office"]')].map((box) => [
    /** @type {HTMLInputElement} */ (box).value,
    box.parentElement?.querySelector('.office-name')?.textContent ?? /** @type {HTMLInputElement} */ (box).value,
  ]),
);

export const $ = (selector) => document.querySelector(selector);
export const dom = {
  editor: $('#editor'),
  options: $('#options'),
  filingDate: $('#filing-date'),
  route: $('#route'),
  fileInput: $('#file-input'),
  dropZone: $('#drop-zone'),
  fileList: $('#file-list'),
  clearFiles: $('#clear-files'),
  status: $('#status'),
  progress: $('#progress'),
  progressBar: $('#progress-bar'),
  progressLabel: $('#progress-label'),
  summary: $('#summary tbody'),
  summaryHead: $('#summary thead'),
  intake: $('#intake'),
  readiness: $('#readiness'),
  sequences: $('#sequences'),
  fees: $('#fees'),
  findings: $('#findings'),
  findingsFilters: $('#findings-filters'),
  filters: {
    office: $('#filter-office'),
    severity: $('#filter-severity'),
    file: $('#filter-file'),
    family: $('#filter-family'),
  },
  filterNote: $('#filter-note'),
  blocking: $('#blocking'),
  findingsHeading: $('#findings-heading'),
  toggleAccepted: $('#toggle-accepted'),
  englishNote: $('#english-note'),
  claims: $('#claims-view'),
  deps: $('#deps-view'),
  drawingsPanel: $('#drawings-panel'),
  drawings: $('#drawings-view'),
  drawingsOffice: $('#drawings-office'),
  drawingsNoOffice: $('#drawings-no-office'),
  drawingsLegend: $('#drawings-legend'),
  descriptionPanel: $('#description-panel'),
  description: $('#description-view'),
  rules: $('#rules'),
  exportJson: $('#export-json'),
  exportSarif: $('#export-sarif'),
  print: $('#print'),
  printHeader: $('#print-header'),
  version: $('#version'),
  report: $('#report'),
  language: $('#language'),
};

/** @typedef {import('./pkg/patlint.js').Report} Report */
/** @typedef {import('./pkg/patlint.js').Finding} Finding */
/** @typedef {import('./pkg/patlint.js').RuleInfo} RuleInfo */
/** @typedef {import('./pkg/patlint.js').Claim} Claim */
/** @typedef {{ name: string, size: number, bytes: File, kind?: string | null }} AddedFile */

export const state = {
  /** Files the user added: { name, size, bytes: File }. The worker's Wasm module reads each File itself; no
   *  JavaScript copies its bytes (posting a File to a worker shares its data). */
  files: /** @type {AddedFile[]} */ ([]),
  report: /** @type {Report | null} */ (null),
  /** How long the last check took (ms). */
  elapsed: 0,
  /** The editor's text the report was made from: fixes apply only to it. */
  reportSource: /** @type {string | null} */ (null),
  /** The rules catalogue, from the checker. */
  rules: /** @type {RuleInfo[] | null} */ (null),
  version: /** @type {string | null} */ (null),
  /** Which findings are listed: { office, severity, file, family }, empty for all. */
  filter: { ...NO_FILTER },
  /** Whether accepted findings are listed. */
  showAccepted: false,
  /** A sentence to say before the next status line (a fix or an acceptance). */
  notice: /** @type {string | null} */ (null),
  /** Claim elements of the rendered view, by `claimKey`, each with its claim. */
  claimElements: /** @type {Map<string, Array<{ element: HTMLElement, claim: Claim }>>} */ (new Map()),
  /** The finding button whose claim or sheet is highlighted, to return to. */
  activeFinding: /** @type {HTMLElement | null} */ (null),
  /** Drawn sheets, by `sheetKey`: { card, svg, extent, sheet }. */
  sheetCards: new Map(),
  /** The office whose usable area the drawn sheets show (the user's choice, kept across reports). */
  drawingsOffice: /** @type {string | null} */ (null),
  /** The finding on a sheet that is shown, to show again when the sheets are drawn again. */
  sheetFinding: /** @type {Finding | null} */ (null),
  /** Reports shown so far; the end-to-end tests wait on its change. */
  reportCount: 0,
  /** The status line's message (a catalog key) when there is nothing to check. */
  emptyMessage: /** @type {string | null} */ (null),
  /** The last check's failure, shown until the next report. */
  errorMessage: /** @type {string | null} */ (null),
};

/** The name a file is shown under: the editor's is translated. */
export function fileLabel(file) {
  return file === EDITOR_FILE ? t('editor.fileName') : file;
}
