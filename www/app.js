// patlint's page. It sends the claims in the editor and the files the user adds, with the chosen options, to the
// checker (worker.js, which runs the Wasm core) and renders the report. Nothing leaves this tab: the page makes
// no request after it has loaded.

import { documentHeading, el } from './dom.js';
import { askedCheck, beginProgress, callWorker, catalogueAsked, replayEarlyMessages, sample } from './checker.js';
import { exportJson, exportSarif, renderPrintHeader } from './exports.js';
import { openRule, renderRules, ruleAnchor } from './rules-view.js';
import { EDITOR_FILE, OFFICE_NAMES, dom, fileLabel, state } from './state.js';
import {
  LANGUAGES,
  currentLanguage,
  formatNumber,
  initialLanguage,
  loadMessages,
  localMessage,
  ruleSummary,
  setLanguage,
  t,
} from './i18n.js';
import {
  accept,
  acceptanceOf,
  canAccept,
  reload as reloadAccepted,
  STORAGE_KEY as ACCEPTED_KEY,
  unaccept,
} from './accepted.js';
import { applyEdits } from './claims-fix.js';
import { dependencyTree } from './deps-tree.js';
import {
  clearMarks,
  drawingOffices,
  legend as drawingsLegend,
  markArea,
  renderDrawings as drawingsSections,
  sheetKey,
} from './drawings-view.js';
import {
  clearDescriptionSelection,
  hasDescriptionPlace,
  renderDescriptions,
  showDescriptionFinding,
} from './description-view.js';
import {
  NO_FILTER,
  blockingByOffice,
  blockingRules,
  cardsOf,
  filterChoices,
  filterNote,
  passes,
  renderTiers,
} from './findings-view.js';
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
/** Past this many findings, the browser lays out only those on screen (style.css, `.is-long`). */
const LONG_LIST = 150;
/** The rules that block filing named on the first screen; the rest are counted. */
const BLOCKING_RULES_SHOWN = 6;

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
    if (options.offices.length === 0) return showNothing('status.noOffices');
    if (files.length === 0) return showNothing('status.empty');
    const result = await (askedCheck({ files, options }, useCatalogue) ?? callWorker('check', { files, options }));
    // Answers come in order; a newer check supersedes this one.
    // Drawing support brings the drawing rules' documentation, which the core module leaves out.
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
 * `patlint:module-compiled`, `patlint:module-ready`, `patlint:check-start`, `patlint:check-end`), beside the page's
 * own (`patlint:boot`, `patlint:app`, `patlint:first-report`): where the time to the first report goes
 * (BENCHMARKS.md).
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

/** The kinds of document, in the order of the matrix's columns. */
const KINDS = ['claims', 'description', 'drawings', 'assignment', 'sequences', 'unknown'];

/**
 * The matrix of offices × documents: for each office, the errors, warnings and infos in each kind of document the
 * filing has, and in all of them.
 */
function renderSummary(offices, findings, documents) {
  const kindByFile = new Map(documents.map((d) => [d.file, d.kind]));
  const kindOf = (finding) => kindByFile.get(finding.file) ?? 'unknown';
  const kinds = KINDS.filter(
    (kind) => findings.some((f) => kindOf(f) === kind) || documents.some((d) => d.kind === kind),
  );
  const severities = ['error', 'warning', 'info'];
  const cell = (list, total) => {
    const counts = severities.map((severity) => list.filter((f) => f.severity === severity).length);
    return el(
      'td',
      {
        class: total ? 'total' : null,
        dataset: total ? { errors: counts[0], warnings: counts[1], infos: counts[2] } : {},
      },
      counts.flatMap((n, i) => [
        i ? el('span', { class: 'separator', 'aria-hidden': 'true' }, ' / ') : null,
        el(
          'span',
          { class: n > 0 ? `count has-${severities[i]}s` : 'count' },
          formatNumber(n),
          el('span', { class: 'visually-hidden' }, ` ${t(`summary.${severities[i]}s`)}`),
        ),
      ]),
    );
  };
  dom.summaryHead.replaceChildren(
    el(
      'tr',
      {},
      el('th', { scope: 'col' }, t('summary.office')),
      kinds.map((kind) => el('th', { scope: 'col', dataset: { kind } }, t(`kind.${kind}`))),
      el('th', { scope: 'col' }, t('summary.all')),
    ),
  );
  dom.summary.replaceChildren(
    ...offices.map((office) => {
      const of = findings.filter((f) => f.offices.includes(office));
      return el(
        'tr',
        { dataset: { office } },
        el(
          'th',
          { scope: 'row' },
          el('span', { class: 'office-code' }, office),
          ' ',
          el('span', { class: 'office-name' }, OFFICE_NAMES[office] ?? ''),
        ),
        kinds.map((kind) =>
          cell(
            of.filter((f) => kindOf(f) === kind),
            false,
          ),
        ),
        cell(of, true),
      );
    }),
  );
}

/**
 * Would each office take each file? For every file of the filing (not the claims typed in the editor) and every
 * office, the worst finding of the intake rules (format, fonts, size, encryption, embedded objects): refused on an
 * error, to check on a warning, and no objection found otherwise, with the rules that say so.
 */
function renderIntake(report, findings) {
  const intake = new Set((state.rules ?? []).filter((rule) => rule.intake).map((rule) => rule.id));
  const files = report.documents.filter((doc) => doc.file !== EDITOR_FILE);
  dom.intake.hidden = intake.size === 0 || files.length === 0;
  if (dom.intake.hidden) {
    dom.intake.replaceChildren();
    return;
  }
  const summaryOf = (id) => ruleSummary(id, state.rules?.find((r) => r.id === id)?.summary);
  const cell = (file, office) => {
    const found = findings.filter((f) => f.file === file && f.offices.includes(office) && intake.has(f.rule));
    const status = found.some((f) => f.severity === 'error')
      ? 'refused'
      : found.some((f) => f.severity === 'warning')
        ? 'check'
        : 'taken';
    return el(
      'td',
      { dataset: { office, status } },
      el('span', { class: `badge intake-${status}` }, t(`intake.${status}`)),
      found.length
        ? el(
            'ul',
            { class: 'intake-rules' },
            [...new Set(found.map((f) => f.rule))].map((rule) => el('li', {}, summaryOf(rule))),
          )
        : null,
    );
  };
  dom.intake.replaceChildren(
    el('h3', { id: 'intake-heading' }, t('intake.heading')),
    // A region the keyboard can scroll, when the offices' columns are wider than the panel.
    el(
      'div',
      { class: 'intake-scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'intake-heading' },
      el(
        'table',
        { class: 'intake-table' },
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            el('th', { scope: 'col' }, t('intake.file')),
            report.offices.map((office) => el('th', { scope: 'col' }, office)),
          ),
        ),
        el(
          'tbody',
          {},
          files.map((doc) =>
            el(
              'tr',
              { dataset: { file: doc.file } },
              el('th', { scope: 'row' }, doc.file),
              report.offices.map((office) => cell(doc.file, office)),
            ),
          ),
        ),
      ),
    ),
  );
}

/** For each assignment record, how ready it is for recording at each office, and what is missing. */
function renderReadiness(documents) {
  const records = documents.flatMap((doc) =>
    (doc.assignments ?? []).map((record, i, all) => ({
      doc,
      record,
      label: all.length > 1 ? `${doc.file} (${i + 1})` : doc.file,
    })),
  );
  dom.readiness.hidden = records.length === 0;
  if (!records.length) {
    dom.readiness.replaceChildren();
    return;
  }
  const summaryOf = (id) => ruleSummary(id, state.rules?.find((r) => r.id === id)?.summary);
  dom.readiness.replaceChildren(
    el('h3', {}, t('readiness.heading')),
    ...records.map(({ record, label }) =>
      el(
        'table',
        { class: 'readiness-table' },
        el('caption', {}, label),
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            ['readiness.office', 'readiness.status', 'readiness.details'].map((key) =>
              el('th', { scope: 'col' }, t(key)),
            ),
          ),
        ),
        el(
          'tbody',
          {},
          record.readiness.map((row) =>
            el(
              'tr',
              { dataset: { office: row.office, status: row.status } },
              el(
                'th',
                { scope: 'row' },
                el('span', { class: 'office-code' }, row.office),
                ' ',
                el('span', { class: 'office-name' }, OFFICE_NAMES[row.office] ?? ''),
              ),
              el('td', {}, el('span', { class: `badge readiness-${row.status}` }, t(`readiness.${row.status}`))),
              el(
                'td',
                { class: 'readiness-details' },
                row.missing.length
                  ? el(
                      'ul',
                      {},
                      [...new Set(row.missing.map((item) => item.rule))].map((rule) => el('li', {}, summaryOf(rule))),
                    )
                  : null,
                row.to_check.length
                  ? el('span', { class: 'muted' }, t('readiness.toCheck', { n: row.to_check.length }))
                  : null,
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

/** Each sequence listing as read: its sequences with their SEQ ID NO, molecule type, length, organism and feature keys. */
function renderSequences(documents) {
  const listings = documents.filter((doc) => doc.sequences);
  dom.sequences.hidden = listings.length === 0;
  dom.sequences.replaceChildren(
    ...(listings.length ? [el('h3', {}, t('sequences.heading'))] : []),
    ...listings.map((doc) =>
      el(
        'table',
        { class: 'sequences-table', dataset: { file: doc.file } },
        el('caption', {}, t('sequences.caption', { file: doc.file, n: doc.sequences.sequences.length })),
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            ['sequences.id', 'sequences.type', 'sequences.length', 'sequences.organism', 'sequences.features'].map(
              (key) => el('th', { scope: 'col' }, t(key)),
            ),
          ),
        ),
        el(
          'tbody',
          {},
          doc.sequences.sequences
            .slice(0, 2000)
            .map((seq) =>
              el(
                'tr',
                { dataset: { sequence: seq.id } },
                el('th', { scope: 'row' }, seq.id),
                el('td', {}, seq.skipped ? t('sequences.skipped') : (seq.moltype ?? '')),
                el('td', { class: 'number' }, seq.skipped ? '' : formatNumber(seq.length)),
                el('td', {}, seq.organism ?? ''),
                el('td', {}, el('code', {}, seq.features.join(' '))),
              ),
            ),
        ),
      ),
    ),
  );
}

/** An amount in its currency, in the page's language: "USD 1,000", "¥96,000". */
/** Currency formatters by language and currency: each costs about a millisecond to make, and the fees statement
 *  formats dozens of amounts in a handful of currencies (made anew each time, they were most of the first report's
 *  rendering). */
const amountFormats = new Map();

function formatAmount(value, currency) {
  const language = document.documentElement.lang || 'en';
  const key = `${language} ${currency}`;
  let format = amountFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, {
      style: 'currency',
      currency,
      minimumFractionDigits: 0,
      maximumFractionDigits: 0,
    });
    amountFormats.set(key, format);
  }
  return format.format(value);
}

/**
 * The counts-and-fees statement: closed, its summary says per office what the filing's size costs (totals where a
 * dated schedule gives amounts, the number of items without one); open, every item with what the office counted.
 */
function renderFees(items = []) {
  dom.fees.hidden = items.length === 0;
  if (!items.length) {
    dom.fees.replaceChildren();
    return;
  }
  const offices = [...new Set(items.map((item) => item.office))];
  const officeSummary = (office) => {
    const charged = items.filter((item) => item.office === office && item.quantity > 0);
    const totals = new Map();
    for (const item of charged.filter((i) => i.total !== undefined))
      totals.set(item.currency, (totals.get(item.currency) ?? 0) + item.total);
    const unpriced = charged.filter((item) => item.total === undefined).length;
    const parts = [...totals].map(([currency, total]) => formatAmount(total, currency));
    if (unpriced) parts.push(t('fees.unpriced', { n: unpriced }));
    return el(
      'span',
      { class: 'fee-office', dataset: { office } },
      el('span', { class: 'office-code' }, office),
      ' ',
      parts.length ? parts.join(' + ') : t('fees.none'),
    );
  };
  const counted = (item) =>
    item.unit === 'application' || item.unit === 'format'
      ? ''
      : `${formatNumber(item.counted)} ${t(`fees.unit.${item.unit}`)}`;
  const amount = (item) =>
    item.amount === undefined
      ? el('span', { class: 'muted' }, t('fees.notConfirmed'))
      : [
          `${formatNumber(item.quantity)} × ${formatAmount(item.amount, item.currency)} = ${formatAmount(item.total, item.currency)}`,
          el('span', { class: 'muted' }, ` ${t('fees.since', { date: item.since })}`),
        ];
  dom.fees.replaceChildren(
    el(
      'summary',
      {},
      el('span', { class: 'fees-heading' }, t('fees.heading')),
      ' ',
      ...offices.flatMap((office, i) => [i ? ' · ' : '', officeSummary(office)]),
    ),
    el('p', { class: 'hint' }, t('fees.note')),
    el(
      'table',
      { class: 'fees-table' },
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          ['fees.office', 'fees.item', 'fees.counted', 'fees.charged', 'fees.amount', 'fees.citation'].map((key) =>
            el('th', { scope: 'col' }, t(key)),
          ),
        ),
      ),
      el(
        'tbody',
        {},
        items.map((item) =>
          el(
            'tr',
            { class: item.quantity > 0 ? 'charged' : 'not-charged', dataset: { item: item.item } },
            el('th', { scope: 'row' }, el('span', { class: 'office-code' }, item.office)),
            el(
              'td',
              {},
              t(`fees.item.${item.item}`) === `fees.item.${item.item}` ? item.label : t(`fees.item.${item.item}`),
            ),
            el('td', { class: 'number' }, counted(item)),
            el('td', { class: 'number' }, formatNumber(item.quantity)),
            el('td', {}, item.quantity > 0 ? amount(item) : ''),
            el('td', { class: 'muted' }, `${item.citation} (${item.grade === 'Unconfirmed' ? '?' : item.grade})`),
          ),
        ),
      ),
    ),
  );
}

/** The findings, filtered as the user chose, as cards by rule and document, what blocks filing first. */
function renderFindings(findings) {
  state.activeFinding = null;
  offeredFixes.clear();
  renderFilters();
  const entries = findings.map((finding, index) => ({
    finding,
    index,
    acceptance: acceptanceOf(finding),
    message: localMessage(finding.message_template, finding.message),
  }));
  const chosen = entries.filter((entry) => passes(state.filter, entry.finding));
  const acceptedCount = chosen.filter((e) => e.acceptance).length;
  dom.findings.classList.toggle('show-accepted', state.showAccepted);
  dom.findings.classList.toggle('is-long', chosen.length > LONG_LIST);
  dom.toggleAccepted.hidden = acceptedCount === 0;
  dom.toggleAccepted.setAttribute('aria-expanded', String(state.showAccepted));
  dom.toggleAccepted.textContent = t(state.showAccepted ? 'accepted.hide' : 'accepted.show', { n: acceptedCount });
  dom.englishNote.hidden = !chosen.some((e) => e.message.english);
  const open = (list) => list.filter((e) => !e.acceptance).length;
  dom.filterNote.textContent = filterNote(open(chosen), open(entries));

  const clear =
    open(chosen) === 0
      ? el(
          'p',
          { class: 'all-clear' },
          t(acceptedCount ? 'findings.allAccepted' : chosen.length < entries.length ? 'filter.none' : 'findings.none'),
        )
      : null;
  const tiers = renderTiers(cardsOf(chosen), {
    item: findingItem,
    where: whereText,
    fileLabel,
    rule: (id) => state.rules?.find((r) => r.id === id),
    offices: state.report?.offices ?? [],
  });
  dom.findings.replaceChildren(...[clear, ...tiers].filter(Boolean));
}

/** The filter's controls, their choices from the report; a choice the report no longer has is dropped. */
function renderFilters() {
  const { offices, files, families } = filterChoices(state.report);
  const choices = {
    office: [
      ['', t('filter.allOffices')],
      ...offices.map((office) => [office, `${office} · ${OFFICE_NAMES[office] ?? ''}`]),
    ],
    severity: [
      ['', t('filter.allSeverities')],
      ['warning', t('filter.errorsWarnings')],
      ['error', t('filter.errors')],
    ],
    file: [['', t('filter.allFiles')], ...files.map((file) => [file, fileLabel(file)])],
    family: [['', t('filter.allFamilies')], ...families.map((family) => [family, t(`family.${family}`)])],
  };
  for (const [name, options] of Object.entries(choices)) {
    if (!options.some(([value]) => value === state.filter[name])) state.filter[name] = '';
    dom.filters[name].replaceChildren(
      ...options.map(([value, text]) => el('option', { value, selected: value === state.filter[name] }, text)),
    );
  }
  dom.findingsFilters.hidden = state.report.findings.length === 0;
}

/** Shows the findings that pass a new filter, keeping the focus on the control that changed it. */
function setFilter(changes) {
  Object.assign(state.filter, changes);
  renderFindings(state.report.findings);
}

/**
 * What must be fixed before filing, on the first screen: at each chosen office, its open errors (a link that shows
 * just them), and the rules that raise them, each once, with its documents and offices (a link to its card). An
 * office with none says that no objection was found, not that there is none.
 */
function renderBlocking(offices, shown) {
  const offer = (text, onclick) =>
    el(
      'a',
      {
        href: '#findings-heading',
        onclick: (event) => {
          event.preventDefault();
          onclick();
        },
      },
      text,
    );
  const rules = blockingRules(shown, offices);
  const shownRules = rules.slice(0, BLOCKING_RULES_SHOWN);
  dom.blocking.hidden = false;
  dom.blocking.replaceChildren(
    el(
      'p',
      { class: 'blocking-offices' },
      el('span', { class: 'blocking-label' }, t('blocking.heading')),
      el(
        'ul',
        { class: 'blocking-list' },
        blockingByOffice(shown, offices).map(({ office, errors }) =>
          el(
            'li',
            { dataset: { office, errors } },
            el('span', { class: 'office-code' }, office),
            ' ',
            errors
              ? offer(t('blocking.fix', { n: errors }), () => {
                  setFilter({ ...NO_FILTER, office, severity: 'error' });
                  dom.findingsHeading.scrollIntoView({ block: 'start' });
                  dom.findingsHeading.focus({ preventScroll: true });
                })
              : el('span', { class: 'muted' }, t('blocking.none')),
          ),
        ),
      ),
    ),
    rules.length
      ? el(
          'ul',
          { class: 'blocking-rules' },
          shownRules.map(({ rule, files, offices: concerned }) =>
            el(
              'li',
              { dataset: { rule } },
              offer(ruleSummary(rule, state.rules?.find((r) => r.id === rule)?.summary), () => showCard(rule)),
              ' ',
              el('span', { class: 'muted' }, `${concerned.join(', ')} · ${files.map(fileLabel).join(', ')}`),
            ),
          ),
          rules.length > shownRules.length
            ? el('li', { class: 'muted' }, t('blocking.more', { n: rules.length - shownRules.length }))
            : null,
        )
      : null,
  );
}

/** Shows a rule's first card (clearing a filter that hides it) and puts the focus on its first finding. */
function showCard(rule) {
  const find = () => dom.findings.querySelector(`.rule-card[data-rule="${CSS.escape(rule)}"]`);
  if (!find()) setFilter({ ...NO_FILTER });
  const card = find();
  if (!card) return;
  card.scrollIntoView({ block: 'start' });
  // A finding that leads nowhere is no button: then the card itself takes the focus.
  const target = card.querySelector('button.finding-main') ?? card;
  if (target === card) card.tabIndex = -1;
  target.focus({ preventScroll: true });
}

/** One finding at its place: its severity and offices, its message, citations and actions. */
function findingItem({ finding, index, acceptance, message }) {
  const { location } = finding;
  const body = [
    el(
      'span',
      { class: 'finding-line' },
      el('span', { class: `badge badge-${finding.severity}` }, t(`severity.${finding.severity}`)),
      el(
        'span',
        { class: 'finding-offices' },
        el('span', { class: 'visually-hidden' }, t('finding.offices')),
        finding.offices.join(' · '),
      ),
    ),
    el('span', { class: 'message', lang: message.english ? 'en' : null }, message.text),
  ];
  // Only a finding about a claim, a drawn sheet, a paragraph of a description or a field of the assignment form has
  // somewhere to go.
  const select =
    location.claim !== undefined
      ? selectFinding
      : hasSheet(finding)
        ? selectSheetFinding
        : hasDescriptionPlace(state.report, finding)
          ? selectDescriptionFinding
          : finding.file === FORM_FILE && location.field
            ? selectFormField
            : null;
  const main = select
    ? el(
        'button',
        { type: 'button', class: 'finding-main', onclick: (event) => select(finding, event.currentTarget) },
        body,
      )
    : el('div', { class: 'finding-main' }, body);
  return el(
    'li',
    {
      class: `finding severity-${finding.severity}${acceptance ? ' is-accepted' : ''}`,
      dataset: { rule: finding.rule, claim: location.claim ?? '', sheet: location.sheet ?? '', index },
    },
    main,
    citationLine(finding),
    acceptance ? acceptedNote(finding, acceptance) : findingActions(finding),
  );
}

/** Where a finding is: its claim, its page (and line) in a PDF, or its section and paragraph, or its field (a JSON
 * path), or the file. */
function whereText(location) {
  const parts = [];
  if (location.claim !== undefined) parts.push(t('finding.claim', { n: location.claim }));
  if (location.sheet !== undefined) parts.push(t('finding.sheet', { n: location.sheet }));
  if (location.sequence !== undefined) parts.push(t('finding.sequence', { n: location.sequence }));
  if (location.page !== undefined) {
    parts.push(
      location.line !== undefined
        ? t('finding.pageLine', { page: location.page, line: location.line })
        : t('finding.page', { n: location.page }),
    );
  }
  if (location.section)
    parts.push(
      ['abstract', 'title'].includes(location.section)
        ? t(`finding.section.${location.section}`)
        : `“${location.section}”`,
    );
  if (location.paragraph !== undefined) parts.push(t('finding.paragraph', { n: location.paragraph }));
  if (location.field) parts.push(el('code', { class: 'field' }, location.field));
  if (location.element) parts.push(el('code', { class: 'field' }, location.element));
  if (!parts.length) parts.push(t('finding.file'));
  return [
    parts.flatMap((part, i) => (i ? [' · ', part] : [part])),
    location.language ? ` (${location.language})` : null,
  ];
}

function citationLine(finding) {
  const citations = finding.citations.map((c, i) => [
    i > 0 ? '; ' : null,
    // "JP Patent Act …" names its office already; "37 CFR 1.75(c)" does not.
    c.text.startsWith(`${c.office} `) ? null : [el('span', { class: 'office-code' }, c.office), ' '],
    c.url
      ? el('a', { href: c.url, rel: 'noopener noreferrer', target: '_blank', lang: 'en' }, c.text)
      : el('span', { lang: 'en' }, c.text),
  ]);
  return el(
    'p',
    { class: 'citations' },
    citations.length ? [el('span', { class: 'visually-hidden' }, t('finding.citations')), ...citations] : null,
    el(
      'span',
      { class: 'rule-link' },
      citations.length ? ' · ' : null,
      el('a', { href: `#${ruleAnchor(finding.rule)}`, onclick: () => openRule(finding.rule) }, t('finding.aboutRule')),
    ),
  );
}

/** The fix and accept controls of a finding still open. */
function findingActions(finding) {
  const buttons = [...fixButtons(finding)];
  if (canAccept(finding)) {
    buttons.push(
      el(
        'button',
        {
          type: 'button',
          class: 'button subtle small accept-open',
          'aria-expanded': 'false',
          onclick: (event) => openAcceptForm(finding, event.currentTarget),
        },
        t('accept.open'),
      ),
    );
  }
  return buttons.length ? el('div', { class: 'finding-actions' }, buttons) : null;
}

// ---------------------------------------------------------------------------------------------------------------
// Accepting warnings and info

let formCounter = 0;

function openAcceptForm(finding, opener) {
  const item = opener.closest('.finding');
  if (item.querySelector('.accept-form')) {
    item.querySelector('.accept-form input').focus();
    return;
  }
  formCounter += 1;
  const id = `accept-${formCounter}`;
  const input = el('input', {
    type: 'text',
    id: `${id}-reason`,
    name: 'reason',
    maxlength: '500',
    autocomplete: 'off',
    required: true,
    'aria-describedby': `${id}-hint`,
  });
  const problem = el('p', { class: 'form-problem', id: `${id}-problem`, role: 'alert' });
  const close = () => {
    form.remove();
    opener.setAttribute('aria-expanded', 'false');
    opener.focus();
  };
  const form = el(
    'form',
    {
      class: 'accept-form',
      id,
      novalidate: true,
      onsubmit: (event) => {
        event.preventDefault();
        const reason = input.value.trim();
        if (!reason) {
          problem.textContent = t('accept.required');
          input.setAttribute('aria-invalid', 'true');
          input.setAttribute('aria-describedby', `${id}-problem ${id}-hint`);
          input.focus();
          return;
        }
        accept(finding, reason);
        afterAcceptanceChange(item, t('accepted.done'));
      },
      onkeydown: (event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          close();
        }
      },
    },
    el('label', { for: input.id }, t('accept.label')),
    el(
      'div',
      { class: 'accept-row' },
      input,
      el('button', { type: 'submit', class: 'button small' }, t('accept.submit')),
      el('button', { type: 'button', class: 'button subtle small', onclick: close }, t('accept.cancel')),
    ),
    el('p', { class: 'hint', id: `${id}-hint` }, t('accept.hint')),
    problem,
  );
  opener.setAttribute('aria-controls', id);
  opener.setAttribute('aria-expanded', 'true');
  opener.closest('.finding-actions').after(form);
  input.focus();
}

function acceptedNote(finding, acceptance) {
  return el(
    'div',
    { class: 'accepted-note' },
    el('span', { class: 'badge badge-accepted' }, t('accepted.badge')),
    ' ',
    el('span', { class: 'accepted-reason' }, t('accepted.reason', { reason: acceptance.reason })),
    ' ',
    el(
      'button',
      {
        type: 'button',
        class: 'button subtle small undo',
        onclick: (event) => {
          unaccept(finding);
          afterAcceptanceChange(event.currentTarget.closest('.finding'), t('accepted.undone'), true);
        },
      },
      t('accepted.undo'),
    ),
  );
}

/** Re-renders counts and findings, says what changed, and puts the focus where the user can go on. */
function afterAcceptanceChange(item, notice, stayOnItem = false) {
  const index = Number(item.dataset.index);
  const following = [...dom.findings.querySelectorAll('.finding')].map((n) => Number(n.dataset.index));
  const after = following.slice(following.indexOf(index) + 1);
  state.notice = notice;
  renderReport();
  state.notice = null;
  const focusable = (i) => {
    const node = dom.findings.querySelector(`.finding[data-index="${i}"]`);
    return node && node.offsetParent !== null ? node.querySelector('button.finding-main, .accept-open, .undo') : null;
  };
  const target = stayOnItem
    ? focusable(index)
    : (after.map(focusable).find(Boolean) ?? (dom.toggleAccepted.hidden ? dom.findingsHeading : dom.toggleAccepted));
  (target ?? dom.findingsHeading).focus();
}

// ---------------------------------------------------------------------------------------------------------------
// One-click fixes of the editor's claims

// The rules put a fix on the findings they can resolve (`finding.fix`: a description and edits of the checked text,
// in UTF-16 code units; src/report.rs). The editor's findings offer theirs as buttons; a file's cannot be edited here.

/** Whether the editor still holds the text the report was made from, which the fixes' edits are positions in. */
function editorIsChecked() {
  return state.reportSource !== null && state.reportSource === dom.editor.value;
}

/** The fixes offered in the findings as rendered: one button for each, at the first finding that carries it (the
 *  findings of a place at other offices, and the two numbering rules, carry the same fix). */
const offeredFixes = new Set();

function fixButtons(finding) {
  if (finding.file !== EDITOR_FILE || !finding.fix || !editorIsChecked()) return [];
  const key = JSON.stringify(finding.fix.edits);
  if (offeredFixes.has(key)) return [];
  offeredFixes.add(key);
  const { text, english } = localMessage(finding.fix.description_template, finding.fix.description);
  const button = el(
    'button',
    {
      type: 'button',
      class: `button small fix${finding.fix.safe ? '' : ' unsafe'}`,
      lang: english ? 'en' : null,
      dataset: { fix: finding.rule, safe: String(finding.fix.safe) },
      onclick: () => applyFix(finding.fix, text),
    },
    text,
  );
  // A fix that guesses, or may hide a defect, says so beside its button.
  return finding.fix.safe ? [button] : [button, el('span', { class: 'fix-note' }, t('fix.unsafe'))];
}

/** Applies a fix's edits to the editor as one undoable change, and re-checks at once. */
function applyFix(fix, description) {
  const text = editorIsChecked() ? applyEdits(dom.editor.value, fix.edits) : null;
  if (text === null) {
    dom.status.textContent = t('fix.stale');
    return;
  }
  if (text !== dom.editor.value) replaceEditorText(text);
  state.notice = t('fix.applied', { fix: description });
  runCheck().then(() => dom.findingsHeading.focus());
}

/** Replaces the editor's text through the editing commands, so Ctrl+Z undoes the fix; directly if they fail. */
function replaceEditorText(text) {
  const old = dom.editor.value;
  let start = 0;
  while (start < old.length && start < text.length && old[start] === text[start]) start += 1;
  let end = 0;
  while (
    end < old.length - start &&
    end < text.length - start &&
    old[old.length - 1 - end] === text[text.length - 1 - end]
  )
    end += 1;
  dom.editor.focus({ preventScroll: true });
  dom.editor.setSelectionRange(start, old.length - end);
  const inserted = text.slice(start, text.length - end);
  const done = inserted ? document.execCommand('insertText', false, inserted) : document.execCommand('delete');
  if (!done || dom.editor.value !== text) dom.editor.value = text;
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
              if (!state.claimElements.has(key)) state.claimElements.set(key, []);
              state.claimElements.get(key).push({ element: item, claim });
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
  for (const card of dom.drawings.querySelectorAll('.sheet-card.is-selected')) {
    card.classList.remove('is-selected');
    card.querySelector('.back-to-finding')?.remove();
  }
  clearMarks(dom.drawings);
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
    .append(
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
  renderDescriptions(state.report?.documents ?? [], { panel: dom.descriptionPanel, view: dom.description, fileLabel });
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

/** Each added drawing file's sheets as they look (the worker's SheetLook[]), asked once per file. */
const sheetLooks = new WeakMap();

/** How the sheets of the added file `name` look: a promise of SheetLook[], or null (not a file added here). */
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
  const documents = (state.report?.documents ?? []).filter((doc) => doc.drawings);
  dom.drawingsPanel.hidden = documents.length === 0;
  const shown = state.sheetFinding;
  state.sheetCards.clear();
  if (!documents.length) {
    dom.drawings.replaceChildren();
    dom.drawingsLegend.replaceChildren();
    return;
  }
  const offices = drawingOffices(documents, state.report.offices);
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
    const index = state.report.findings.findIndex(same);
    const button = index < 0 ? null : dom.findings.querySelector(`.finding[data-index="${index}"] button.finding-main`);
    if (button) showSheetFinding(state.report.findings[index], button, { focus: false, scroll: false });
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
  entry.card.classList.add('is-selected');
  if (finding.location.area) markArea(entry, finding.location.area);
  button.classList.add('is-active');
  state.activeFinding = button;
  state.sheetFinding = finding;
  // A way back for keyboard users, whose focus moves to the sheet.
  entry.card
    .querySelector('.sheet-info')
    .append(
      el(
        'button',
        { type: 'button', class: 'button subtle small back-to-finding', onclick: () => button.focus() },
        t('claims.back'),
      ),
    );
  if (scroll) revealClaim(entry.card, { focus });
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
  const index = state.activeFinding?.closest('.finding')?.dataset.index;
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

/** Re-renders everything in the chosen language. */
function applyLanguage(code, remember) {
  setLanguage(code, { remember });
  dom.language.value = currentLanguage().code;
  // Findings show in English until the translations of their messages arrive, then again in the language.
  loadMessages().then(
    () => state.report && currentLanguage().code === code && keepingSelection(renderReport),
    () => {},
  );
  if (state.version) dom.version.textContent = t('header.version', { version: state.version });
  if (state.report) {
    keepingSelection(() => {
      renderReport();
      renderClaims(state.report.documents);
      renderDependencies(state.report.documents);
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
  dom.language.addEventListener('change', () => applyLanguage(dom.language.value, true));
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
  replayEarlyMessages();
  dom.editor.value = sample;
  // The checker's work first, the page's after.
  const meta = catalogueAsked();
  runCheck();
  applyLanguage(initialLanguage(), false);
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
