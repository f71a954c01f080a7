// patlint's page. It sends the claims in the editor and the files the user adds, with the chosen options, to the
// checker (worker.js, which runs the Wasm core) and renders the report. Nothing leaves this tab: the page makes
// no request after it has loaded.

import { renderMarkdown } from './markdown.js';

/** The name the editor's text carries in the report. */
const EDITOR_FILE = 'Claims editor';
const DEBOUNCE_MS = 150;

const OFFICE_NAMES = { US: 'USPTO', EP: 'EPO', JP: 'JPO', KR: 'KIPO', CN: 'CNIPA', WO: 'PCT (WIPO)' };
const SEVERITY_LABELS = { error: 'Error', warning: 'Warning', info: 'Info' };

// A US-style set with defects to show: claim 5 is a multiple dependent claim depending on claim 3, itself a
// multiple dependent claim; claim 6 refers to a later claim.
const SAMPLE_CLAIMS = `What is claimed is:

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

const $ = (selector) => document.querySelector(selector);
const dom = {
  editor: $('#editor'),
  options: $('#options'),
  filingDate: $('#filing-date'),
  fileInput: $('#file-input'),
  dropZone: $('#drop-zone'),
  fileList: $('#file-list'),
  clearFiles: $('#clear-files'),
  status: $('#status'),
  summary: $('#summary tbody'),
  findings: $('#findings'),
  claims: $('#claims-view'),
  deps: $('#deps-view'),
  rules: $('#rules'),
  exportButton: $('#export'),
  version: $('#version'),
  report: $('#report'),
};

const state = {
  /** Files the user added: { name, size, bytes: Uint8Array }. */
  files: [],
  report: null,
  /** Claim elements of the rendered view, by `claimKey`, each with its claim. */
  claimElements: new Map(),
  /** The finding button whose claim is highlighted, to return to. */
  activeFinding: null,
  /** Reports shown so far; the end-to-end tests wait on its change. */
  reportCount: 0,
};

// ---------------------------------------------------------------------------------------------------------------
// Small DOM helper: el('p', { class: 'x', onclick: f }, 'text', child)

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  node.append(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));
  return node;
}

function plural(count, word, many = `${word}s`) {
  return `${count} ${count === 1 ? word : many}`;
}

// ---------------------------------------------------------------------------------------------------------------
// The checker runs in a worker; each call is a promise answered by message id.

const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
const pending = new Map();
let nextCallId = 1;

worker.onmessage = ({ data }) => {
  const call = pending.get(data.id);
  pending.delete(data.id);
  if (data.error !== undefined) call?.reject(new Error(data.error));
  else call?.resolve(data.result);
};

/** Set when the worker could not start; every later call fails at once with it. */
let workerFailure = null;

// Fires when worker.js or the Wasm module cannot be loaded at all.
worker.onerror = (event) => {
  event.preventDefault();
  workerFailure = new Error('the checker could not be loaded. Reload the page; if that does not help, the page was built without its Wasm module (www/pkg)');
  for (const call of pending.values()) call.reject(workerFailure);
  pending.clear();
};

function callWorker(op, payload = {}) {
  if (workerFailure) return Promise.reject(workerFailure);
  const id = nextCallId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, op, ...payload });
  });
}

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

function readOptions() {
  const offices = [...dom.options.querySelectorAll('input[name="office"]:checked')].map((box) => box.value);
  const options = { offices };
  if (dom.filingDate.value) options.filingDate = dom.filingDate.value;
  return options;
}

/** The editor's text (unless blank) and every added file, as the checker takes them. */
function inputs() {
  const files = state.files.map(({ name, bytes }) => ({ name, bytes }));
  if (dom.editor.value.trim()) files.unshift({ name: EDITOR_FILE, text: dom.editor.value });
  return files;
}

async function runCheck() {
  clearTimeout(checkTimer);
  checkTimerPending = false;
  const sequence = ++checkSequence;
  setBusy(true);
  const options = readOptions();
  const files = inputs();
  try {
    // An empty office list means "all" to the checker; here it means the user chose none.
    if (options.offices.length === 0) return showNothing('Choose at least one office to check against.');
    if (files.length === 0) return showNothing('Type or paste claims, or add a claim file.');
    const { report, elapsed } = await callWorker('check', { files, options });
    // Answers come in order; a newer check supersedes this one.
    if (sequence === checkSequence) showReport(report, elapsed);
  } catch (error) {
    if (sequence === checkSequence) showError(error.message);
  } finally {
    // Still busy while a newer check is on its way or waiting for typing to pause.
    if (sequence === checkSequence && !checkTimerPending) setBusy(false);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Report

function showReport(report, elapsed) {
  state.report = report;
  renderSummary(report.summary);
  renderFindings(report.findings);
  renderClaims(report.documents);
  renderDependencies(report.documents);
  renderFileList();
  dom.exportButton.disabled = false;
  dom.status.classList.remove('is-error');
  dom.status.textContent = statusLine(report, elapsed);
  state.reportCount += 1;
  document.documentElement.dataset.reports = String(state.reportCount);
  // Read by the end-to-end tests: the time from navigation start to the first report.
  if (state.reportCount === 1) performance.mark('patlint:first-report');
}

function statusLine(report, elapsed) {
  const count = (severity) => report.findings.filter((f) => f.severity === severity).length;
  const claims = report.documents.flatMap((d) => d.claim_sets).reduce((n, set) => n + set.claims.length, 0);
  const time = elapsed < 1 ? 'under 1 ms' : `${Math.round(elapsed)} ms`;
  return (
    `${plural(claims, 'claim')} in ${plural(report.documents.length, 'document')}: ` +
    `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${count('info')} info ` +
    `(checked in ${time}).`
  );
}

function showNothing(message) {
  state.report = null;
  dom.exportButton.disabled = true;
  dom.status.classList.remove('is-error');
  dom.status.textContent = message;
  for (const node of [dom.summary, dom.findings, dom.claims, dom.deps]) node.replaceChildren();
  state.claimElements.clear();
  renderFileList();
}

function showError(message) {
  dom.status.classList.add('is-error');
  dom.status.textContent = `The check failed: ${message}`;
}

function renderSummary(summary) {
  const cell = (count, kind) => el('td', { class: count > 0 ? `count has-${kind}` : 'count' }, count);
  dom.summary.replaceChildren(
    ...summary.map((row) =>
      el(
        'tr',
        { dataset: { office: row.office } },
        el('th', { scope: 'row' }, el('span', { class: 'office-code' }, row.office), ' ', el('span', { class: 'office-name' }, OFFICE_NAMES[row.office] ?? '')),
        cell(row.errors, 'errors'),
        cell(row.warnings, 'warnings'),
        cell(row.infos, 'infos'),
      ),
    ),
  );
}

/** Findings of each file, files in the report's order, each file's sorted by claim and place. */
function groupByFile(findings) {
  const groups = new Map();
  for (const finding of findings) {
    if (!groups.has(finding.file)) groups.set(finding.file, []);
    groups.get(finding.file).push(finding);
  }
  const place = (f) => [f.location.claim ?? 0, f.location.span?.start ?? -1];
  for (const list of groups.values()) {
    list.sort((a, b) => {
      const [ca, sa] = place(a);
      const [cb, sb] = place(b);
      return ca - cb || sa - sb;
    });
  }
  return groups;
}

function renderFindings(findings) {
  state.activeFinding = null;
  if (findings.length === 0) {
    dom.findings.replaceChildren(el('p', { class: 'all-clear' }, 'No findings for the chosen offices.'));
    return;
  }
  const groups = [...groupByFile(findings)].map(([file, list]) =>
    el(
      'section',
      { class: 'finding-group', dataset: { file } },
      el('h4', {}, file, ' ', el('span', { class: 'muted' }, `(${plural(list.length, 'finding')})`)),
      el('ol', { class: 'finding-list' }, list.map(findingItem)),
    ),
  );
  dom.findings.replaceChildren(...groups);
}

function findingItem(finding) {
  const { location } = finding;
  const where = [
    location.claim !== undefined ? `Claim ${location.claim}` : 'File',
    location.language ? `(${location.language})` : null,
  ].filter(Boolean).join(' ');
  const body = [
    el('span', { class: 'finding-line' },
      el('span', { class: `badge badge-${finding.severity}` }, SEVERITY_LABELS[finding.severity] ?? finding.severity),
      el('span', { class: 'where' }, where),
      el('code', { class: 'rule-id' }, finding.rule),
      el('span', { class: 'finding-offices' }, el('span', { class: 'visually-hidden' }, 'Offices: '), finding.offices.join(' · ')),
    ),
    el('span', { class: 'message' }, finding.message),
    location.excerpt ? el('q', { class: 'excerpt' }, location.excerpt) : null,
  ];
  // Only a finding about a claim has somewhere to go in the rendered view.
  const main =
    location.claim !== undefined
      ? el('button', { type: 'button', class: 'finding-main', onclick: (event) => selectFinding(finding, event.currentTarget) }, body)
      : el('div', { class: 'finding-main' }, body);
  return el(
    'li',
    { class: `finding severity-${finding.severity}`, dataset: { rule: finding.rule, claim: location.claim ?? '' } },
    main,
    citationLine(finding),
  );
}

function citationLine(finding) {
  const citations = finding.citations.map((c, i) => [
    i > 0 ? '; ' : null,
    // "JP Patent Act …" names its office already; "37 CFR 1.75(c)" does not.
    c.text.startsWith(`${c.office} `) ? null : [el('span', { class: 'office-code' }, c.office), ' '],
    c.url ? el('a', { href: c.url, rel: 'noopener noreferrer', target: '_blank' }, c.text) : c.text,
  ]);
  return el(
    'p',
    { class: 'citations' },
    citations.length ? [el('span', { class: 'visually-hidden' }, 'Citations: '), ...citations, ' · '] : null,
    el('a', { href: `#${ruleAnchor(finding.rule)}`, class: 'rule-link', onclick: () => openRule(finding.rule) }, 'About this rule'),
  );
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
        el('h3', {}, doc.file, ' ', el('span', { class: 'muted' }, `· ${doc.format}`)),
        doc.claim_sets.map((set, setIndex) => [
          several ? el('h4', {}, `Language: ${set.language ?? 'unknown'}`) : null,
          el('ol', { class: 'claims' }, set.claims.map((claim, i) => {
            const item = claimItem(claim, `claim-${docIndex}-${setIndex}-${i}`);
            const key = claimKey(doc.file, several ? set.language : null, claim.number);
            if (!state.claimElements.has(key)) state.claimElements.set(key, []);
            state.claimElements.get(key).push({ element: item, claim });
            return item;
          })),
        ]),
      );
    });
  dom.claims.replaceChildren(...(sections.length ? sections : [el('p', { class: 'muted' }, 'No claims were read.')]));
}

function claimItem(claim, id) {
  const status = statusText(claim.status);
  return el(
    'li',
    { id, class: `claim${claim.multiple ? ' is-multiple' : ''}${status === 'canceled' ? ' is-cancelled' : ''}`, tabindex: '-1', dataset: { claim: claim.number } },
    el('span', { class: 'claim-number' }, `${claim.number}.`),
    el('span', { class: 'claim-body' },
      status ? el('span', { class: 'claim-status' }, `(${status})`) : null,
      el('span', { class: 'claim-text' }, claim.text),
    ),
  );
}

/** The rendered claim a finding is about; with repeated claim numbers, the one on the finding's line. */
function claimElementFor(finding) {
  const candidates = state.claimElements.get(claimKey(finding.file, finding.location.language, finding.location.claim)) ?? [];
  const onLine = candidates.find(({ claim }) => finding.location.line !== undefined && claim.line === finding.location.line);
  return onLine ?? candidates[0] ?? null;
}

function clearHighlight() {
  for (const node of dom.claims.querySelectorAll('.claim.is-selected')) {
    node.classList.remove('is-selected');
    const text = node.querySelector('.claim-text');
    text.textContent = text.textContent; // drops the <mark>
    node.querySelector('.back-to-finding')?.remove();
  }
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
  if (finding.location.span) markSpan(element.querySelector('.claim-text'), claim.text, finding.location.span, finding.severity);
  button.classList.add('is-active');
  state.activeFinding = button;
  // A way back for keyboard users, whose focus moves to the claim.
  element.querySelector('.claim-body').append(
    el('button', { type: 'button', class: 'button subtle small back-to-finding', onclick: () => button.focus() }, 'Back to the finding'),
  );
  revealClaim(element);
}

function selectClaim(element) {
  clearHighlight();
  element.classList.add('is-selected');
  revealClaim(element);
}

function revealClaim(element) {
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  element.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
  element.focus({ preventScroll: true });
}

// ---------------------------------------------------------------------------------------------------------------
// Dependencies

/** How far each claim sits below an independent claim, following its deepest reference; cycles stop at 0. */
function depths(claims) {
  const byNumber = new Map(claims.map((c) => [c.number, c]));
  const memo = new Map();
  const visiting = new Set();
  const depth = (claim) => {
    if (memo.has(claim.number)) return memo.get(claim.number);
    if (visiting.has(claim.number)) return 0;
    visiting.add(claim.number);
    const parents = claim.depends_on.map((n) => byNumber.get(n)).filter((c) => c && c !== claim);
    const value = parents.length ? 1 + Math.max(...parents.map(depth)) : 0;
    visiting.delete(claim.number);
    memo.set(claim.number, value);
    return value;
  };
  return new Map(claims.map((c) => [c, depth(c)]));
}

function renderDependencies(documents) {
  const sections = documents
    .filter((doc) => doc.claim_sets.length > 0)
    .map((doc) =>
      el(
        'section',
        { class: 'deps-doc' },
        el('h3', {}, doc.file),
        doc.claim_sets.map((set) => [
          doc.claim_sets.length > 1 ? el('h4', {}, `Language: ${set.language ?? 'unknown'}`) : null,
          dependencyList(doc.file, doc.claim_sets.length > 1 ? set.language : null, set.claims),
        ]),
      ),
    );
  dom.deps.replaceChildren(...(sections.length ? sections : [el('p', { class: 'muted' }, 'No claims were read.')]));
}

function dependencyList(file, language, claims) {
  const depthOf = depths(claims);
  const multiple = new Set(claims.filter((c) => c.multiple).map((c) => c.number));
  return el('ul', { class: 'deps' }, claims.map((claim) => {
    const item = el(
      'li',
      { class: `dep${claim.multiple ? ' is-multiple' : ''}`, dataset: { claim: claim.number } },
      claimButton(file, language, claim.number, `Claim ${claim.number}`),
      ' ',
      dependencyDetail(claim, multiple),
    );
    // Indentation only: CSSOM properties are allowed under the style-src policy, style attributes are not.
    item.style.setProperty('--depth', Math.min(depthOf.get(claim), 8));
    return item;
  }));
}

function dependencyDetail(claim, multiple) {
  if (claim.independent) return el('span', { class: 'muted' }, `independent${claim.category ? ` · ${claim.category}` : ''}`);
  const targets = claim.depends_on.map((n, i) => [i > 0 ? ', ' : null, multiple.has(n) ? el('strong', { title: 'a multiple dependent claim' }, n) : String(n)]);
  return [
    el('span', {}, claim.depends_on.length > 1 ? 'refers to claims ' : 'refers to claim ', targets),
    claim.multiple ? [' ', el('span', { class: 'tag tag-multiple' }, `multiple dependent · ${claim.form}`)] : null,
  ];
}

function claimButton(file, language, number, label) {
  return el('button', {
    type: 'button',
    class: 'link-button',
    onclick: () => {
      const found = state.claimElements.get(claimKey(file, language, number))?.[0];
      if (found) selectClaim(found.element);
    },
  }, label);
}

// ---------------------------------------------------------------------------------------------------------------
// Files

function uniqueName(name) {
  const taken = new Set([EDITOR_FILE, ...state.files.map((f) => f.name)]);
  if (!taken.has(name)) return name;
  for (let n = 2; ; n += 1) if (!taken.has(`${name} (${n})`)) return `${name} (${n})`;
}

async function addFiles(fileList) {
  setBusy(true);
  for (const file of fileList) {
    state.files.push({ name: uniqueName(file.name), size: file.size, bytes: new Uint8Array(await file.arrayBuffer()) });
  }
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
  dom.fileList.replaceChildren(
    ...state.files.map(({ name, size }) => {
      const doc = documents.get(name);
      const detected = doc ? `${doc.kind} · ${doc.format || 'unknown format'}` : 'not checked yet';
      return el(
        'li',
        { class: 'file', dataset: { file: name, kind: doc?.kind ?? '' } },
        el('span', { class: 'file-name' }, name),
        el('span', { class: 'file-meta' }, `${formatSize(size)} · `, el('span', { class: 'file-kind' }, detected)),
        el('button', { type: 'button', class: 'button subtle small', 'aria-label': `Remove ${name}`, onclick: () => removeFile(name) }, 'Remove'),
      );
    }),
  );
  dom.clearFiles.hidden = state.files.length === 0;
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
// Rules

function ruleAnchor(id) {
  return `rule-${id.replace(/[^a-z0-9]+/gi, '-')}`;
}

function openRule(id) {
  const details = document.getElementById(ruleAnchor(id));
  if (details) details.open = true;
}

function renderRules(rules) {
  dom.rules.replaceChildren(
    ...rules.map((rule) =>
      el(
        'details',
        { class: 'rule', id: ruleAnchor(rule.id) },
        el('summary', {}, el('code', { class: 'rule-id' }, rule.id), el('span', { class: 'rule-summary' }, rule.summary)),
        el('div', { class: 'rule-body' }, el('div', { class: 'rule-docs' }, renderMarkdown(rule.docs ?? '', 2)), ruleOffices(rule.offices)),
      ),
    ),
  );
}

function ruleOffices(offices) {
  if (!offices?.length) return el('p', { class: 'muted' }, 'Reported at every selected office; cites no provision.');
  return el(
    'table',
    { class: 'rule-offices' },
    el('caption', { class: 'visually-hidden' }, 'Offices, severities and provisions'),
    el('thead', {}, el('tr', {}, ['Office', 'Severity', 'Provision', 'Grade', 'Applies from'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, offices.map((p) =>
      el(
        'tr',
        {},
        el('th', { scope: 'row' }, p.office),
        el('td', {}, el('span', { class: `badge badge-${p.severity}` }, SEVERITY_LABELS[p.severity] ?? p.severity)),
        el('td', {}, p.citation.url ? el('a', { href: p.citation.url, rel: 'noopener noreferrer', target: '_blank' }, p.citation.text) : p.citation.text),
        el('td', {}, p.grade),
        el('td', {}, p.appliesFrom ?? '—'),
      ),
    )),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Export

function exportReport() {
  if (!state.report) return;
  const blob = new Blob([`${JSON.stringify(state.report, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: 'patlint-report.json', hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: the download may still be reading the blob.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// ---------------------------------------------------------------------------------------------------------------
// Start

function bindControls() {
  dom.editor.addEventListener('input', scheduleCheck);
  dom.options.addEventListener('change', runCheck);
  dom.filingDate.addEventListener('input', scheduleCheck);
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
  dom.exportButton.addEventListener('click', exportReport);
  setUpDropZone();
}

async function start() {
  bindControls();
  dom.editor.value = SAMPLE_CLAIMS;
  // The first check goes first: the worker answers in order, and the report matters more than the rules list.
  runCheck();
  const meta = callWorker('meta');
  try {
    const { version, rules } = await meta;
    dom.version.textContent = `Version ${version}.`;
    renderRules(rules);
  } catch (error) {
    dom.rules.replaceChildren(el('p', { class: 'muted' }, `The rules could not be listed: ${error.message}`));
  }
}

start();
