// patlint's page. It sends the claims in the editor and the files the user adds, with the chosen options, to the
// checker (worker.js, which runs the Wasm core) and renders the report: its tables (report-tables.js) and findings
// (findings-panel.js), and here the claims, dependencies, drawings, descriptions and files as read. Nothing leaves
// this tab: once loaded, the page only fetches from its own origin the rules' documentation (pkg/rule-docs*.js)
// when the rules list is drawn or SARIF exported, a language's strings and translations when it is first shown, and
// drawing support when a drawing is checked or a PDF's pages are drawn.

import { documentHeading, el } from './dom.js';
import { askedCheck, beginProgress, callWorker, catalogueAsked, replayEarlyMessages, sample } from './checker.js';
import { exportJson, exportSarif, renderPrintHeader } from './exports.js';
import { renderRules } from './rules-view.js';
import { EDITOR_FILE, OFFICE_NAMES, dom, fileLabel, state } from './state.js';
import { LANGUAGES, currentLanguage, formatNumber, initialLanguage, loadMessages, setLanguage, t } from './i18n.js';
import { acceptanceOf, reload as reloadAccepted, STORAGE_KEY as ACCEPTED_KEY } from './accepted.js';
import { dependencyTree } from './deps-tree.js';
import {
  clearCards,
  drawingOffices,
  legend as drawingsLegend,
  renderDrawings as drawingsSections,
  sheetKey,
  showFigureCard,
} from './drawings-view.js';
import {
  clearDescriptionSelection,
  hasDescriptionPlace,
  renderDescriptions,
  showDescriptionFinding,
  showPageFinding,
  shownPageFinding,
} from './description-view.js';
import { renderFees, renderIntake, renderReadiness, renderSequences, renderSummary } from './report-tables.js';
import { connectFindingsPanel, renderBlocking, renderFindings, setFilter } from './findings-panel.js';
import {
  FORM_FILE,
  assignmentFile,
  initAssignmentForm,
  loadOffer,
  renderAssignmentForm,
  showField,
} from './assignment-form.js';

performance.mark('patlint:app');

const DEBOUNCE_MS = 150;

// ---------------------------------------------------------------------------------------------------------------
// Checking

let checkTimer = 0;
let checkTimerPending = false;
let checkSequence = 0;

function scheduleCheck() {
  clearTimeout(checkTimer);
  checkTimerPending = true;
  setBusy(true);
  checkTimer = setTimeout(runCheck, DEBOUNCE_MS);
}

/** Tells assistive technology (and the end-to-end tests) whether the report is about to change. */
function setBusy(busy) {
  dom.report.setAttribute('aria-busy', String(busy));
}

/** The options of a check. Every office is said by leaving them out, as the boot script's check of the sample does
 *  (it runs before the office boxes exist). */
function readOptions() {
  const boxes = [...dom.options.querySelectorAll('input[name="office"]')];
  const offices = boxes.filter((box) => box instanceof HTMLInputElement && box.checked).map((box) => box.value);
  /** @type {{ offices?: string[], filingDate?: string, route?: string, kinds?: Record<string, unknown> }} */
  const options = offices.length === boxes.length ? {} : { offices };
  if (dom.filingDate.value) options.filingDate = dom.filingDate.value;
  if (dom.route.value !== 'national') options.route = dom.route.value;
  // The kinds the user chose for files the checker would read otherwise (or not at all).
  const kinds = Object.fromEntries(state.files.filter((f) => f.kind).map((f) => [f.name, f.kind]));
  if (Object.keys(kinds).length) options.kinds = kinds;
  return options;
}

/** The editor's text (unless blank) and every added file, as the worker takes them. */
function inputs() {
  /** @type {Array<{ name: string, bytes?: Blob | Uint8Array, text?: string }>} */
  const files = state.files.map(({ name, bytes }) => ({ name, bytes }));
  if (dom.editor.value.trim()) files.unshift({ name: EDITOR_FILE, text: dom.editor.value });
  // The assignment form's record, checked as one more file.
  const record = assignmentFile();
  if (record) files.push(record);
  return files;
}

async function runCheck() {
  clearTimeout(checkTimer);
  checkTimerPending = false;
  const sequence = ++checkSequence;
  setBusy(true);
  const options = readOptions();
  const files = inputs();
  const source = dom.editor.value;
  // The worker says when it loads drawing support (a larger module, the first time a drawing is checked).
  const progress = beginProgress(({ loading }) =>
    loading === 'drawings'
      ? t('progress.loadingDrawings')
      : t(files.length > 1 ? 'progress.checkingFiles' : 'progress.checking', { n: files.length }),
  );
  try {
    // An empty office list means "all" to the checker; here it means the user chose none.
    if (options.offices?.length === 0) return showNothing('status.noOffices');
    if (files.length === 0) return showNothing('status.empty');
    const result = await (askedCheck({ files, options }, useCatalogue) ?? callWorker('check', { files, options }));
    // Answers come in order; a newer check supersedes this one.
    // Drawing support brings the drawing rules, which the core module leaves out.
    if (result.rules) state.rules = result.rules;
    markWorkerSteps(result.timing);
    if (sequence === checkSequence && !result.superseded) showReport(result.report, result.elapsed, source);
  } catch (error) {
    if (sequence === checkSequence) showError(error.message);
  } finally {
    progress.stop();
    // Still busy while a newer check is on its way or waiting for typing to pause.
    if (sequence === checkSequence && !checkTimerPending) setBusy(false);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Report

/**
 * The worker's first steps as performance marks on the page's timeline (`patlint:worker-start`,
 * `patlint:messages-ready`, `patlint:module-compiled`, `patlint:module-ready`, `patlint:check-start`,
 * `patlint:check-end`), beside the page's own (`patlint:boot`, `patlint:app`, `patlint:first-report`): where the time
 * to the first report goes (BENCHMARKS.md).
 */
function markWorkerSteps(timing) {
  if (!timing) return;
  for (const [step, epoch] of Object.entries(timing)) {
    performance.mark(`patlint:${step}`, { startTime: Math.max(0, epoch - performance.timeOrigin) });
  }
}

function showReport(report, elapsed, source) {
  state.report = report;
  state.elapsed = elapsed;
  state.reportSource = source;
  state.emptyMessage = null;
  state.errorMessage = null;
  renderReport();
  renderClaims(report.documents);
  renderDependencies(report.documents);
  renderDrawings();
  renderDescription();
  renderFileList();
  // For paper; printing renders it again with the time of printing.
  setTimeout(renderPrintHeader, 0);
  state.notice = null;
  state.reportCount += 1;
  document.documentElement.dataset.reports = String(state.reportCount);
  // Read by the end-to-end tests: the time from navigation start to the first report.
  if (state.reportCount === 1) {
    performance.mark('patlint:first-report');
    // The rules list is long and below the fold: it waits for the first report.
    if (state.rules) setTimeout(renderRules, 0);
  }
}

/** The parts of the report that accepting a finding changes: counts, findings, status, exports. */
function renderReport() {
  const report = state.report;
  if (!report) return;
  const shown = report.findings.filter((f) => !acceptanceOf(f));
  renderSummary(report.offices, shown, report.documents);
  renderIntake(report, shown);
  renderReadiness(report.documents);
  renderSequences(report.documents);
  renderFees(report.fees);
  renderBlocking(report.offices, shown);
  renderFindings(report.findings);
  for (const button of [dom.exportJson, dom.exportSarif, dom.print]) button.disabled = false;
  dom.status.classList.remove('is-error');
  // The notice (what a fix or an acceptance did) is said once, and not printed.
  dom.status.replaceChildren(
    ...(state.notice ? [el('span', { class: 'status-notice' }, state.notice), ' '] : []),
    statusLine(report, shown, state.elapsed),
  );
}

function claimCount(report) {
  return report.documents.flatMap((d) => d.claim_sets).reduce((n, set) => n + set.claims.length, 0);
}

function statusLine(report, shown, elapsed) {
  const count = (severity) => shown.filter((f) => f.severity === severity).length;
  return t('status.report', {
    claims: claimCount(report),
    documents: report.documents.length,
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
    accepted: report.findings.length - shown.length,
    time: elapsed < 1 ? t('status.underOneMs') : t('status.ms', { ms: formatNumber(Math.round(elapsed)) }),
  });
}

function showNothing(key) {
  state.report = null;
  state.reportSource = null;
  state.emptyMessage = key;
  state.errorMessage = null;
  for (const button of [dom.exportJson, dom.exportSarif, dom.print]) button.disabled = true;
  dom.status.classList.remove('is-error');
  dom.status.textContent = t(key);
  for (const node of [
    dom.summary,
    dom.findings,
    dom.claims,
    dom.deps,
    dom.intake,
    dom.readiness,
    dom.sequences,
    dom.fees,
    dom.blocking,
  ])
    node.replaceChildren();
  dom.blocking.hidden = true;
  dom.findingsFilters.hidden = true;
  dom.intake.hidden = true;
  dom.readiness.hidden = true;
  dom.sequences.hidden = true;
  dom.fees.hidden = true;
  renderDrawings();
  renderDescription();
  dom.toggleAccepted.hidden = true;
  state.claimElements.clear();
  renderFileList();
}

function showError(message) {
  state.errorMessage = message;
  dom.status.classList.add('is-error');
  dom.status.textContent = t('status.failed', { message });
}

/** What choosing a finding in the list shows (findings-panel.js asks): null when it has nowhere to go. */
function selectorFor(finding) {
  const { location } = finding;
  // Only a finding about a claim, a drawn sheet, a paragraph of a description or a field of the assignment form has
  // somewhere to go.
  return location.claim !== undefined
    ? selectFinding
    : hasSheet(finding)
      ? selectSheetFinding
      : hasDescriptionPlace(state.report, finding)
        ? selectDescriptionFinding
        : finding.file === FORM_FILE && location.field
          ? selectFormField
          : null;
}

// ---------------------------------------------------------------------------------------------------------------
// Claims as read, and highlighting a finding's claim and words

function claimKey(file, language, number) {
  return JSON.stringify([file, language ?? null, number]);
}

function statusText(status) {
  if (!status) return null;
  return typeof status === 'string' ? status.replace(/-/g, ' ') : String(Object.values(status)[0]);
}

function renderClaims(documents) {
  state.claimElements.clear();
  const sections = documents
    .filter((doc) => doc.claim_sets.length > 0)
    .map((doc, docIndex) => {
      // Findings name the language only for documents holding several claim sets.
      const several = doc.claim_sets.length > 1;
      return el(
        'section',
        { class: 'claims-doc' },
        documentHeading(fileLabel(doc.file), doc.format),
        doc.claim_sets.map((set, setIndex) => [
          several ? el('h4', {}, t('claims.language', { language: set.language ?? '?' })) : null,
          el(
            'ol',
            { class: 'claims', lang: set.language ?? null },
            set.claims.map((claim, i) => {
              const item = claimItem(claim, `claim-${docIndex}-${setIndex}-${i}`);
              const key = claimKey(doc.file, several ? set.language : null, claim.number);
              const rendered = state.claimElements.get(key) ?? [];
              if (!state.claimElements.has(key)) state.claimElements.set(key, rendered);
              rendered.push({ element: item, claim });
              return item;
            }),
          ),
        ]),
      );
    });
  dom.claims.replaceChildren(...(sections.length ? sections : [el('p', { class: 'muted' }, t('claims.none'))]));
}

function claimItem(claim, id) {
  const status = statusText(claim.status);
  return el(
    'li',
    {
      id,
      class: `claim${claim.multiple ? ' is-multiple' : ''}${status === 'canceled' ? ' is-cancelled' : ''}`,
      tabindex: '-1',
      dataset: { claim: claim.number },
    },
    el('span', { class: 'claim-number' }, `${claim.number}.`),
    el(
      'span',
      { class: 'claim-body' },
      status ? el('span', { class: 'claim-status', lang: 'en' }, `(${status})`) : null,
      el('span', { class: 'claim-text' }, claim.text),
    ),
  );
}

/** The rendered claim a finding is about; with repeated claim numbers, the one on the finding's line. */
function claimElementFor(finding) {
  const candidates =
    state.claimElements.get(claimKey(finding.file, finding.location.language, finding.location.claim)) ?? [];
  const onLine = candidates.find(
    ({ claim }) => finding.location.line !== undefined && claim.line === finding.location.line,
  );
  return onLine ?? candidates[0] ?? null;
}

function clearHighlight() {
  for (const node of dom.claims.querySelectorAll('.claim.is-selected')) {
    node.classList.remove('is-selected');
    const text = node.querySelector('.claim-text');
    text.replaceChildren(text.textContent); // drops the <mark>
    node.querySelector('.back-to-finding')?.remove();
  }
  clearCards(dom.drawings);
  clearDescriptionSelection();
  state.sheetFinding = null;
  state.activeFinding?.classList.remove('is-active');
  state.activeFinding = null;
}

/** Wraps characters [start, end) of the claim's text in a mark. Offsets count Unicode scalar values. */
function markSpan(textNode, text, span, severity) {
  const chars = Array.from(text);
  const start = Math.max(0, Math.min(span.start, chars.length));
  const end = Math.max(start, Math.min(span.end, chars.length));
  const mark = el('mark', { class: `hit hit-${severity}` }, chars.slice(start, end).join(''));
  textNode.replaceChildren(chars.slice(0, start).join(''), mark, chars.slice(end).join(''));
}

function selectFinding(finding, button) {
  clearHighlight();
  const found = claimElementFor(finding);
  if (!found) return;
  const { element, claim } = found;
  element.classList.add('is-selected');
  if (finding.location.span)
    markSpan(element.querySelector('.claim-text'), claim.text, finding.location.span, finding.severity);
  button.classList.add('is-active');
  state.activeFinding = button;
  // A way back for keyboard users, whose focus moves to the claim.
  element
    .querySelector('.claim-body')
    ?.append(
      el(
        'button',
        { type: 'button', class: 'button subtle small back-to-finding', onclick: () => button.focus() },
        t('claims.back'),
      ),
    );
  revealClaim(element, { focus: true });
}

function selectClaim(element, { focus }) {
  clearHighlight();
  element.classList.add('is-selected');
  revealClaim(element, { focus });
}

function revealClaim(element, { focus }) {
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  element.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
  if (focus) element.focus({ preventScroll: true });
}

// ---------------------------------------------------------------------------------------------------------------
// Descriptions as read (description-view.js), and showing a finding's paragraph

function renderDescription() {
  const { report } = state;
  const shown = shownPageFinding();
  renderDescriptions(report?.documents ?? [], {
    panel: dom.descriptionPanel,
    view: dom.description,
    fileLabel,
    offices: report?.offices ?? [],
    looks: looksOf,
  });
  // The finding shown on a text page stays shown while the report still has it (its button is the one in the list
  // now), as a sheet's does.
  if (shown && report) {
    const same = (f) => f.rule === shown.rule && f.file === shown.file && f.location.page === shown.location.page;
    const index = report.findings.findIndex(same);
    const button = index < 0 ? null : dom.findings.querySelector(`.finding[data-index="${index}"] button.finding-main`);
    if (button && showPageFinding(report.findings[index], button, { focus: false, scroll: false })) {
      button.classList.add('is-active');
      state.activeFinding = button;
    }
  }
}

function selectDescriptionFinding(finding, button) {
  clearHighlight();
  if (!showDescriptionFinding(state.report, finding, button)) return;
  button.classList.add('is-active');
  state.activeFinding = button;
}

/** A finding of the assignment form: the form opens at its field, which takes the focus. */
function selectFormField(finding, button) {
  clearHighlight();
  if (!showField(finding.location.field)) return;
  button.classList.add('is-active');
  state.activeFinding = button;
}

// ---------------------------------------------------------------------------------------------------------------
// Drawings as read, and showing a finding's place on its sheet

/** Whether the report drew the sheet a finding is about. */
function hasSheet(finding) {
  if (finding.location.sheet === undefined) return false;
  const doc = state.report?.documents.find((d) => d.file === finding.file);
  return Boolean(doc?.drawings?.sheets.some((sheet) => sheet.number === finding.location.sheet));
}

/** Each added PDF's or drawing file's pages as they look (the worker's SheetLook[]), asked once per file: by the
 * drawings view for its sheets, by the description view for a PDF's text pages. */
const sheetLooks = new WeakMap();

/** How the pages of the added file `name` look: a promise of SheetLook[], or null (not a file added here). */
function looksOf(name) {
  const file = state.files.find((f) => f.name === name)?.bytes;
  if (!file) return null;
  if (!sheetLooks.has(file)) {
    // A failure is not kept: the next drawing of the sheets asks again.
    const looks = callWorker('looks', { file }).catch(() => {
      sheetLooks.delete(file);
      return null;
    });
    sheetLooks.set(file, looks);
  }
  return sheetLooks.get(file);
}

/** Draws the report's sheets, with the usable area of the office chosen (or the first selected that has one). */
function renderDrawings() {
  const { report } = state;
  const documents = (report?.documents ?? []).filter((doc) => doc.drawings);
  dom.drawingsPanel.hidden = documents.length === 0;
  const shown = state.sheetFinding;
  state.sheetCards.clear();
  if (!report || !documents.length) {
    dom.drawings.replaceChildren();
    dom.drawingsLegend.replaceChildren();
    return;
  }
  const offices = drawingOffices(documents, report.offices);
  const office = offices.includes(state.drawingsOffice) ? state.drawingsOffice : (offices[0] ?? null);
  dom.drawingsOffice.replaceChildren(
    ...offices.map((code) =>
      el('option', { value: code, selected: code === office }, `${code} · ${OFFICE_NAMES[code] ?? ''}`),
    ),
  );
  dom.drawingsOffice.closest('.drawings-office').hidden = offices.length === 0;
  dom.drawingsNoOffice.hidden = offices.length > 0;
  dom.drawingsLegend.replaceChildren(drawingsLegend(office));
  const { sections, cards } = drawingsSections(documents, { office, fileLabel, looks: looksOf });
  for (const [key, entry] of cards) state.sheetCards.set(key, entry);
  dom.drawings.replaceChildren(...sections);
  dom.drawingsPanel.dataset.office = office ?? '';
  // The finding shown stays shown while the report still has it (its button is the one in the list now).
  if (shown) {
    const same = (f) => f.rule === shown.rule && f.file === shown.file && f.location.sheet === shown.location.sheet;
    const index = report.findings.findIndex(same);
    const button = index < 0 ? null : dom.findings.querySelector(`.finding[data-index="${index}"] button.finding-main`);
    if (button) showSheetFinding(report.findings[index], button, { focus: false, scroll: false });
  }
}

/** Shows a finding's sheet, its area marked, in the usable area of one of the finding's offices. */
function selectSheetFinding(finding, button) {
  clearHighlight();
  // The usable area shown is the finding's: another office's might not be crossed at all.
  if (!finding.offices.includes(dom.drawingsOffice.value)) {
    const office = finding.offices.find((code) =>
      [...dom.drawingsOffice.options].some((option) => option.value === code),
    );
    if (office) {
      state.drawingsOffice = office;
      renderDrawings();
    }
  }
  showSheetFinding(finding, button, { focus: true, scroll: true });
}

function showSheetFinding(finding, button, { focus, scroll }) {
  const entry = state.sheetCards.get(sheetKey(finding.file, finding.location.sheet));
  if (!entry) return;
  showFigureCard(entry, finding.location.area ?? null, button, { focus, scroll });
  button.classList.add('is-active');
  state.activeFinding = button;
  state.sheetFinding = finding;
}

// ---------------------------------------------------------------------------------------------------------------
// Dependencies

function renderDependencies(documents) {
  const sections = documents
    .filter((doc) => doc.claim_sets.length > 0)
    .map((doc) =>
      el(
        'section',
        { class: 'deps-doc' },
        el('h3', {}, fileLabel(doc.file)),
        doc.claim_sets.map((set) => {
          const several = doc.claim_sets.length > 1;
          const language = several ? set.language : null;
          return [
            several ? el('h4', {}, t('claims.language', { language: set.language ?? '?' })) : null,
            set.claims.length
              ? dependencyTree(set.claims, {
                  label:
                    t('deps.treeLabel', { file: fileLabel(doc.file) }) + (several ? ` (${set.language ?? '?'})` : ''),
                  onSelect: (claim) => {
                    const found =
                      (state.claimElements.get(claimKey(doc.file, language, claim.number)) ?? []).find(
                        (c) => c.claim.line === claim.line,
                      ) ?? state.claimElements.get(claimKey(doc.file, language, claim.number))?.[0];
                    if (found) selectClaim(found.element, { focus: false });
                  },
                })
              : null,
          ];
        }),
      ),
    );
  dom.deps.replaceChildren(...(sections.length ? sections : [el('p', { class: 'muted' }, t('claims.none'))]));
}

// ---------------------------------------------------------------------------------------------------------------
// Files

function uniqueName(name) {
  const taken = new Set([EDITOR_FILE, FORM_FILE, ...state.files.map((f) => f.name)]);
  if (!taken.has(name)) return name;
  for (let n = 2; ; n += 1) if (!taken.has(`${name} (${n})`)) return `${name} (${n})`;
}

function addFiles(fileList) {
  for (const file of fileList) state.files.push({ name: uniqueName(file.name), size: file.size, bytes: file });
  renderFileList();
  runCheck();
}

function removeFile(name) {
  state.files = state.files.filter((f) => f.name !== name);
  renderFileList();
  runCheck();
  if (state.files.length === 0) dom.fileInput.focus();
}

function formatSize(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Each added file with what the last report read it as. */
function renderFileList() {
  const documents = new Map((state.report?.documents ?? []).map((d) => [d.file, d]));
  // The list is rebuilt after each check: the control that had the focus gets it back.
  const active = document.activeElement;
  const focused = active instanceof HTMLElement && dom.fileList.contains(active) ? active.dataset.focusKey : null;
  dom.fileList.replaceChildren(
    ...state.files.map((file) => {
      const { name, size, bytes } = file;
      const doc = documents.get(name);
      const detected = doc
        ? `${t(`kind.${doc.kind}`)} · ${doc.format || t('files.unknownFormat')}`
        : t('files.notChecked');
      return el(
        'li',
        { class: 'file', dataset: { file: name, kind: doc?.kind ?? '' } },
        el('span', { class: 'file-name' }, name),
        el('span', { class: 'file-meta' }, `${formatSize(size)} · `, el('span', { class: 'file-kind' }, detected)),
        ...pageList(doc),
        kindChoice(file),
        loadOffer({ name, bytes }, doc, () => removeFile(name)),
        el(
          'button',
          {
            type: 'button',
            class: 'button subtle small',
            'aria-label': t('files.removeNamed', { name }),
            onclick: () => removeFile(name),
          },
          t('files.remove'),
        ),
      );
    }),
  );
  if (focused)
    [...dom.fileList.querySelectorAll('[data-focus-key]')].find((node) => node.dataset.focusKey === focused)?.focus();
  dom.clearFiles.hidden = state.files.length === 0;
}

/** A PDF's pages as read: runs of pages of one kind and parts ("1–9 text: description, claims"), and whether the
 * file is a publication. */
function pageList(doc) {
  if (!doc?.pages?.length) return [];
  const runs = [];
  for (const page of doc.pages) {
    const key = `${page.kind}:${page.parts.join(',')}`;
    const last = runs.at(-1);
    if (last?.key === key && last.to === page.number - 1) last.to = page.number;
    else runs.push({ key, kind: page.kind, parts: page.parts, from: page.number, to: page.number });
  }
  const text = runs.map(({ kind, parts, from, to }) => {
    const pages = from === to ? `${from}` : `${from}–${to}`;
    const named = parts.filter((part) => part !== 'drawings' || kind !== 'drawing').map((part) => t(`part.${part}`));
    return `${pages} ${t(`page.${kind}`)}${named.length ? ` (${named.join(', ')})` : ''}`;
  });
  const items = [el('span', { class: 'file-pages' }, `${t('files.pages')}: ${text.join(' · ')}`)];
  if (doc.publication)
    items.push(el('span', { class: 'file-publication' }, t('files.publication', { number: doc.publication })));
  return items;
}

/** The kind a file is read as: detected, or the one the user chooses (a text file that holds a description). */
function kindChoice(file) {
  const select = el(
    'select',
    {
      class: 'file-kind-choice',
      'aria-label': t('files.readAs', { name: file.name }),
      dataset: { focusKey: `kind:${file.name}` },
    },
    ['', 'claims', 'description', 'drawings', 'assignment', 'sequences'].map((kind) =>
      el(
        'option',
        { value: kind, selected: (file.kind ?? '') === kind },
        kind ? t(`kind.${kind}`) : t('files.detectKind'),
      ),
    ),
  );
  select.addEventListener('change', () => {
    file.kind = select.value || null;
    runCheck();
  });
  return select;
}

function setUpDropZone() {
  const zone = dom.dropZone;
  const over = (event) => {
    event.preventDefault();
    zone.classList.add('is-dragging');
  };
  zone.addEventListener('dragenter', over);
  zone.addEventListener('dragover', over);
  zone.addEventListener('dragleave', (event) => {
    if (!zone.contains(event.relatedTarget)) zone.classList.remove('is-dragging');
  });
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('is-dragging');
    addFiles(event.dataTransfer.files);
  });
  // A file dropped beside the zone would otherwise replace the page, losing the work.
  window.addEventListener('dragover', (event) => event.preventDefault());
  window.addEventListener('drop', (event) => event.preventDefault());
}

// ---------------------------------------------------------------------------------------------------------------
// Language

function fillLanguageMenu() {
  dom.language.replaceChildren(
    ...LANGUAGES.map((l) =>
      el('option', { value: l.code, lang: l.htmlLang, selected: l.code === currentLanguage().code }, l.name),
    ),
  );
}

/**
 * Runs `render`, then chooses again the finding that was chosen, so its claim, sheet or paragraph stays highlighted;
 * the focus and the page's scroll stay where they were.
 */
function keepingSelection(render) {
  const item = state.activeFinding?.closest('.finding');
  const index = item instanceof HTMLElement ? item.dataset.index : undefined;
  render();
  const button =
    index === undefined ? null : dom.findings.querySelector(`.finding[data-index="${index}"] button.finding-main`);
  if (!button) return;
  const focused = document.activeElement;
  const [x, y] = [window.scrollX, window.scrollY];
  button.click();
  window.scrollTo({ left: x, top: y, behavior: 'instant' });
  if (focused instanceof HTMLElement && focused !== document.body) focused.focus({ preventScroll: true });
  else if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
}

/** Re-renders everything in the chosen language, once its strings are in (if they cannot load, in the one before). */
async function applyLanguage(code, remember) {
  let switched = false;
  try {
    switched = await setLanguage(code, { remember });
  } finally {
    dom.language.value = currentLanguage().code;
  }
  // Another language was chosen meanwhile: it draws the page.
  if (!switched) return;
  // Findings show in English until the translations of their messages arrive, then again in the language.
  loadMessages().then(
    () => state.report && currentLanguage().code === code && keepingSelection(renderReport),
    () => {},
  );
  if (state.version) dom.version.textContent = t('header.version', { version: state.version });
  const { report } = state;
  if (report) {
    keepingSelection(() => {
      renderReport();
      renderClaims(report.documents);
      renderDependencies(report.documents);
      renderDrawings();
      renderDescription();
    });
    renderPrintHeader();
  } else if (state.emptyMessage) {
    dom.status.textContent = t(state.emptyMessage);
  } else if (!state.errorMessage && state.reportCount === 0) {
    dom.status.textContent = t('status.loading');
  }
  if (state.errorMessage) showError(state.errorMessage);
  renderFileList();
  renderAssignmentForm();
  if (state.reportCount > 0) renderRules();
}

// ---------------------------------------------------------------------------------------------------------------
// Start

function bindControls() {
  dom.editor.addEventListener('input', scheduleCheck);
  dom.options.addEventListener('change', runCheck);
  dom.filingDate.addEventListener('input', scheduleCheck);
  dom.route.addEventListener('change', scheduleCheck);
  dom.options.addEventListener('submit', (event) => event.preventDefault());
  dom.fileInput.addEventListener('change', () => {
    addFiles([...dom.fileInput.files]);
    dom.fileInput.value = ''; // so choosing the same file again is seen as a change
  });
  dom.clearFiles.addEventListener('click', () => {
    state.files = [];
    renderFileList();
    runCheck();
    dom.fileInput.focus();
  });
  dom.exportJson.addEventListener('click', exportJson);
  dom.exportSarif.addEventListener('click', () => exportSarif().catch((error) => showError(error.message)));
  dom.print.addEventListener('click', () => {
    renderPrintHeader();
    window.print();
  });
  window.addEventListener('beforeprint', renderPrintHeader);
  dom.toggleAccepted.addEventListener('click', () => {
    state.showAccepted = !state.showAccepted;
    renderReport();
    dom.toggleAccepted.focus();
  });
  dom.language.addEventListener('change', () => applyLanguage(dom.language.value, true).catch(() => {}));
  for (const [name, select] of Object.entries(dom.filters))
    select.addEventListener('change', () => setFilter({ [name]: select.value }));
  dom.drawingsOffice.addEventListener('change', () => {
    state.drawingsOffice = dom.drawingsOffice.value;
    renderDrawings();
  });
  // Another tab accepted or undid a finding, or chose another language.
  window.addEventListener('storage', (event) => {
    if (event.key === ACCEPTED_KEY) {
      reloadAccepted();
      renderReport();
    }
  });
  setUpDropZone();
}

/** The catalogue of rules (and the checker's version) in the page's state. */
function useCatalogue({ version, rules }) {
  state.version = version;
  state.rules = rules;
}

async function start() {
  // In another language the page waits for its strings (English's come with i18n.js) before it draws anything, so
  // that it never shows English first.
  const language = initialLanguage();
  const applied = applyLanguage(language, false).catch(() => {});
  if (language !== 'en') await applied;
  connectFindingsPanel({ selectorFor, renderReport, runCheck });
  replayEarlyMessages();
  dom.editor.value = sample;
  // The checker's work first, the page's after.
  const meta = catalogueAsked();
  runCheck();
  fillLanguageMenu();
  bindControls();
  // After the first check is on its way: the form reads localStorage, and checks again when it kept a record.
  initAssignmentForm({ callWorker, onChange: scheduleCheck });
  try {
    const { version, rules } = await meta;
    useCatalogue({ version, rules });
    dom.version.textContent = t('header.version', { version });
    if (state.report) {
      renderReport();
      renderRules();
    }
  } catch (error) {
    dom.rules.replaceChildren(el('p', { class: 'muted' }, t('rules.failed', { message: error.message })));
  }
}

start();
