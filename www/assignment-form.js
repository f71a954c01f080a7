// The assignment record as a form: conveyance, parties, properties, correspondent, submitter and documents, each
// property's number validated by the checker (through the worker) as it is typed. The record is checked with the
// filing as one more file (FORM_FILE), so its readiness per office and its findings appear in the report as for a
// dropped file. It is kept in this browser's localStorage, and imported and exported as JSON in the format of
// schemas/assignment.schema.json.
//
// The form's state is the record as the JSON holds it: fields the form does not show (`recorded`, keys patlint does
// not know) are kept, so a file exports as it came in; a field emptied is a key removed, never an empty string.

import { el } from './dom.js';
import { loadMessages, localMessage, t } from './i18n.js';
import { OFFICE_NAMES } from './state.js';

/** The name the form's record is checked (and exported) under. */
export const FORM_FILE = 'assignment-record.json';
const STORAGE_KEY = 'patlint.assignmentRecord';
/** Number checks kept, by office and number: re-rendering the form asks the worker again for none of them. */
const MAX_CHECKS = 1000;
/** What makes JSON assignment data to the checker (src/parse/assignment_json.rs). */
const RECORD_MARKS = ['conveyance', 'assignors', 'assignees', 'properties'];

/** The offices of the page, as [code, name]. */
const OFFICES = Object.entries(OFFICE_NAMES);
/** How each office writes a number, as the number field's placeholder. */
const NUMBER_EXAMPLES = {
  US: '16/123,456',
  EP: 'EP 21 204 983.7',
  JP: '特願2021-123456',
  KR: '10-2021-0123456',
  CN: '202110123456.7',
  WO: 'PCT/US2021/012345',
};
const WORDS = {
  conveyance: [
    'assignment',
    'security-interest',
    'release',
    'merger',
    'change-of-name',
    'license',
    'operation-of-law',
    'other',
  ],
  partyKind: ['person', 'organization'],
  signature: ['handwritten', 'seal', 'electronic', 'text-string'],
  copy: ['original', 'certified-copy', 'copy'],
  propertyKind: ['application', 'patent', 'publication'],
  documentType: [
    'assignment-deed',
    'contract-extract',
    'transfer-declaration',
    'merger-certificate',
    'official-document',
    'technology-export-licence',
    'technology-export-registration',
    'translation',
    'other',
  ],
};

/**
 * Each object of the record, as the schema has it: its keys in the schema's order (exports follow it, whatever
 * order the fields were filled in), the lists and objects it holds, and the fields that are not text.
 */
const SHAPES = {
  record: {
    keys: [
      '$schema',
      'conveyance',
      'conveyance_text',
      'assignors',
      'assignees',
      'properties',
      'correspondent',
      'submitter',
      'documents',
      'recorded',
    ],
    lists: { assignors: 'party', assignees: 'party', properties: 'property', documents: 'document' },
    objects: { correspondent: 'correspondent', submitter: 'submitter' },
    // Kept as they are: the schema's URL, and where a record taken from USPTO data is recorded.
    types: { $schema: 'kept', recorded: 'kept' },
  },
  party: {
    keys: [
      'name',
      'kind',
      'country',
      'nationality',
      'address',
      'execution_date',
      'signed',
      'signature',
      'signatory',
      'representative',
      'power_of_attorney',
      'nationality_certificate',
    ],
    objects: { signatory: 'signatory', power_of_attorney: 'partyDocument', nationality_certificate: 'partyDocument' },
    types: { signed: 'boolean' },
  },
  signatory: { keys: ['name', 'capacity'] },
  // Present means provided, even with nothing said about it.
  partyDocument: { keys: ['copy', 'notarized', 'date'], types: { notarized: 'boolean' }, keepEmpty: true },
  property: {
    keys: ['office', 'kind', 'number', 'title', 'filing_date', 'priority_date'],
    types: { number: 'number' },
  },
  document: { keys: ['type', 'copy', 'numbers', 'language', 'date'], types: { numbers: 'numbers' } },
  correspondent: { keys: ['name', 'address', 'email'] },
  submitter: { keys: ['name', 'signed'], types: { signed: 'boolean' } },
};

const form = {
  /** The record, as its JSON holds it. */
  record: {},
  /** The form's element and the disclosure it is in; null on a page without them. */
  root: /** @type {HTMLElement | null} */ (null),
  panel: /** @type {HTMLDetailsElement | null} */ (null),
  /** Made by build() when the panel first opens: the fields, the status line and the notice. */
  body: /** @type {HTMLElement | null} */ (null),
  status: /** @type {HTMLElement | null} */ (null),
  notice: /** @type {HTMLElement | null} */ (null),
  callWorker: /** @type {typeof import('./checker.js').callWorker | null} */ (null),
  onChange: () => {},
  /** What the notice says, and the record an Undo brings back. */
  message: /** @type {{ text: () => string, error: boolean } | null} */ (null),
  undo: /** @type {{ record: object } | null} */ (null),
  /** Counts the messages said, so that the notice is rendered again only when it changes. */
  messageCount: 0,
  /** The "more" sections of parties the user opened or closed, by path: { path: open }. */
  more: new Map(),
  /** Number checks by `checkKey`: { result } once the worker answered, { waiting: true } before. */
  checks: new Map(),
};

const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

// ---------------------------------------------------------------------------------------------------------------
// The record as JSON: reading (import, storage), tidying (export, check)

/** A value the form cannot show, at `path`. */
class FormProblem extends Error {
  constructor(path) {
    super(path);
    this.path = path;
  }
}

/**
 * A copy of `value` (an object of `shape`) the form can hold: nulls left out, numbers given as JSON numbers made
 * text. Throws a FormProblem at the first value of a type the form cannot show.
 */
function normalise(value, shape, path) {
  const spec = SHAPES[shape];
  const out = {};
  for (const [key, item] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (item === null || item === undefined) continue;
    const type = spec.keys.includes(key) ? (spec.types?.[key] ?? 'text') : 'kept';
    if (spec.lists?.[key]) {
      if (!Array.isArray(item)) throw new FormProblem(at);
      out[key] = item.map((entry, i) => {
        if (!isObject(entry)) throw new FormProblem(`${at}[${i}]`);
        return normalise(entry, spec.lists[key], `${at}[${i}]`);
      });
    } else if (spec.objects?.[key]) {
      if (!isObject(item)) throw new FormProblem(at);
      out[key] = normalise(item, spec.objects[key], at);
    } else if (type === 'kept') {
      out[key] = item;
    } else if (type === 'boolean') {
      if (typeof item !== 'boolean') throw new FormProblem(at);
      out[key] = item;
    } else if (type === 'numbers') {
      if (!Array.isArray(item) || !item.every((n) => typeof n === 'string' || typeof n === 'number'))
        throw new FormProblem(at);
      out[key] = item.map(String);
    } else if (typeof item === 'string' || (type === 'number' && typeof item === 'number')) {
      out[key] = String(item);
    } else {
      throw new FormProblem(at);
    }
  }
  return out;
}

/** A record from JSON text: `{ record }`, or `{ problem }`, a function giving it in words. */
function readRecord(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return { problem: () => t('assignmentForm.error.json') };
  }
  if (!isObject(value) || !RECORD_MARKS.some((key) => key in value))
    return { problem: () => t('assignmentForm.error.notRecord') };
  try {
    return { record: normalise(value, 'record', '') };
  } catch (error) {
    if (error instanceof FormProblem) return { problem: () => t('assignmentForm.error.type', { path: error.path }) };
    throw error;
  }
}

/** The record as it is exported and checked: keys in the schema's order, empty fields and objects left out. */
function tidy(value, shape) {
  const spec = SHAPES[shape];
  const out = {};
  const keys = [
    ...spec.keys.filter((key) => key in value),
    ...Object.keys(value).filter((key) => !spec.keys.includes(key)),
  ];
  for (const key of keys) {
    let item = value[key];
    const known = spec.keys.includes(key) && spec.types?.[key] !== 'kept';
    if (known && typeof item === 'string') item = item.trim();
    if (item === '' || item === null || item === undefined) continue;
    if (spec.lists?.[key] && Array.isArray(item)) {
      // Rows left empty stay: the checker then says what they miss, at the index the form shows.
      if (item.length === 0) continue;
      item = item.map((entry) => (isObject(entry) ? tidy(entry, spec.lists[key]) : entry));
    } else if (spec.objects?.[key] && isObject(item)) {
      item = tidy(item, spec.objects[key]);
      if (Object.keys(item).length === 0 && !SHAPES[spec.objects[key]].keepEmpty) continue;
    } else if (known && spec.types?.[key] === 'numbers' && Array.isArray(item)) {
      item = item.map((n) => n.trim()).filter(Boolean);
      if (item.length === 0) continue;
    }
    out[key] = item;
  }
  return out;
}

/** The fields of `value` the form does not show, as paths. */
function keptFields(value, shape, path = '', out = []) {
  const spec = SHAPES[shape];
  for (const [key, item] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (spec.lists?.[key] && Array.isArray(item)) {
      for (const [i, entry] of item.entries()) {
        if (isObject(entry)) keptFields(entry, spec.lists[key], `${at}[${i}]`, out);
      }
    } else if (spec.objects?.[key] && isObject(item)) keptFields(item, spec.objects[key], at, out);
    else if ((!spec.keys.includes(key) || spec.types?.[key] === 'kept') && key !== '$schema') out.push(at);
  }
  return out;
}

function exported() {
  return tidy(form.record, 'record');
}

/** Whether the record is one the checker reads as assignment data. */
function checkable(record = exported()) {
  return RECORD_MARKS.some((key) => key in record);
}

function isEmpty() {
  return Object.keys(exported()).length === 0;
}

/** The form's record as a file for the checker, or null while it holds no assignment data. */
export function assignmentFile() {
  const record = exported();
  return checkable(record) ? { name: FORM_FILE, text: `${JSON.stringify(record, null, 2)}\n` } : null;
}

function save() {
  try {
    if (isEmpty()) localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, JSON.stringify(form.record));
  } catch {
    // Storage may be off; the record then lasts for this visit.
  }
}

function stored() {
  try {
    const text = localStorage.getItem(STORAGE_KEY);
    return text ? (readRecord(text).record ?? null) : null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Fields. A field's id is its path in the record (`af-assignors-0-name`); its value is read from the record and
// written back on each change.

const idOf = (path) => `af-${path.join('-')}`;

function get(path) {
  return path.reduce((value, key) => value?.[key], form.record);
}

function set(path, value) {
  let target = form.record;
  for (const key of path.slice(0, -1)) target = target[key] ??= {};
  const last = path[path.length - 1];
  if (value === undefined || value === '') delete target[last];
  else target[last] = value;
}

function field(path, label, control, { wide = false } = {}) {
  return el('div', { class: `af-field${wide ? ' af-wide' : ''}` }, el('label', { for: idOf(path) }, label), control);
}

/**
 * @param {(string | number)[]} path
 * @param {string} labelKey
 * @param {{ wide?: boolean, multiline?: boolean, type?: string, placeholder?: string | null,
 *   describedBy?: string | null, onInput?: (() => void) | null }} [options]
 */
function textField(
  path,
  labelKey,
  { wide = false, multiline = false, type = 'text', placeholder = null, describedBy = null, onInput = null } = {},
) {
  const attributes = {
    id: idOf(path),
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder,
    'aria-describedby': describedBy,
  };
  const input = multiline ? el('textarea', { ...attributes, rows: 2 }) : el('input', { ...attributes, type });
  input.value = get(path) ?? '';
  input.addEventListener('input', () => {
    set(path, input.value);
    onInput?.();
    edited();
  });
  return field(path, t(labelKey), input, { wide });
}

/** A date: text as the JSON has it (YYYY-MM-DD), so that a malformed date read from a file is shown, not lost. */
function dateField(path, labelKey) {
  return textField(path, labelKey, { placeholder: t('assignmentForm.datePlaceholder'), describedBy: 'af-format-hint' });
}

/**
 * A choice among `choices` ([value, label]), or none. A value read from a file that is not among them is kept.
 * @param {(string | number)[]} path
 * @param {string} labelKey
 * @param {string[][]} choices
 * @param {{ onChange?: (() => void) | null, wide?: boolean }} [options]
 */
function selectField(path, labelKey, choices, { onChange = null, wide = false } = {}) {
  const value = get(path);
  const shown = value === undefined ? '' : String(value);
  const all = [['', t('assignmentForm.notStated')], ...choices];
  if (!all.some(([v]) => v === shown)) all.push([shown, shown]);
  const select = el(
    'select',
    { id: idOf(path), autocomplete: 'off' },
    all.map(([v, label]) => el('option', { value: v, selected: v === shown }, label)),
  );
  select.addEventListener('change', () => {
    set(path, select.value === '' ? undefined : select.value);
    onChange?.();
    edited();
  });
  return field(path, t(labelKey), select, { wide });
}

function wordField(path, labelKey, words, prefix) {
  return selectField(
    path,
    labelKey,
    words.map((word) => [word, t(`assignmentForm.${prefix}.${word}`)]),
  );
}

/** Yes, no, or not stated: the rules tell an unsigned party from one the record says nothing about. */
function booleanField(path, labelKey) {
  const value = get(path);
  const select = el(
    'select',
    { id: idOf(path), autocomplete: 'off' },
    [
      ['', 'assignmentForm.notStated'],
      ['true', 'assignmentForm.yes'],
      ['false', 'assignmentForm.no'],
    ].map(([v, key]) => el('option', { value: v, selected: v === (value === undefined ? '' : String(value)) }, t(key))),
  );
  select.addEventListener('change', () => {
    set(path, select.value === '' ? undefined : select.value === 'true');
    edited();
  });
  return field(path, t(labelKey), select);
}

function officeChoices() {
  return OFFICES.map(([code, name]) => [code, `${code} · ${name}`]);
}

// ---------------------------------------------------------------------------------------------------------------
// Lists: parties, properties, documents

const LISTS = {
  assignors: {
    item: 'assignmentForm.assignor',
    add: 'assignmentForm.addAssignor',
    legend: 'assignmentForm.assignors',
    row: partyRow,
  },
  assignees: {
    item: 'assignmentForm.assignee',
    add: 'assignmentForm.addAssignee',
    legend: 'assignmentForm.assignees',
    row: partyRow,
  },
  properties: {
    item: 'assignmentForm.property',
    add: 'assignmentForm.addProperty',
    legend: 'assignmentForm.properties',
    row: propertyRow,
  },
  documents: {
    item: 'assignmentForm.document',
    add: 'assignmentForm.addDocument',
    legend: 'assignmentForm.documents',
    row: documentRow,
  },
};

function listSection(key) {
  const list = LISTS[key];
  const rows = Array.isArray(form.record[key]) ? form.record[key] : [];
  return el(
    'fieldset',
    { class: 'af-group', id: `af-${key}` },
    el('legend', {}, t(list.legend)),
    rows.map((_row, i) => {
      const name = t(list.item, { n: i + 1 });
      return el(
        'fieldset',
        { class: 'af-item', dataset: { list: key, index: i } },
        el('legend', {}, name),
        list.row([key, i]),
        el(
          'div',
          { class: 'af-item-actions' },
          el(
            'button',
            {
              type: 'button',
              class: 'button subtle small',
              id: idOf([key, i, 'remove']),
              onclick: () => removeRow(key, i, name),
            },
            t('assignmentForm.removeNamed', { item: name }),
          ),
        ),
      );
    }),
    el(
      'button',
      { type: 'button', class: 'button subtle small af-add', id: idOf([key, 'add']), onclick: () => addRow(key) },
      t(list.add),
    ),
  );
}

function addRow(key) {
  if (!Array.isArray(form.record[key])) form.record[key] = [];
  form.record[key].push({});
  render();
  edited();
  // On to the new row's first field.
  /** @type {HTMLElement | null} */ (
    document.querySelector(`#af-${key} .af-item:last-of-type :is(input, select, textarea)`)
  )?.focus();
}

function removeRow(key, index, name) {
  form.record[key].splice(index, 1);
  if (form.record[key].length === 0) delete form.record[key];
  // The rows after it moved up: what was opened where no longer holds.
  form.more.clear();
  render();
  say(() => t('assignmentForm.removed', { item: name }));
  changed();
  // The focus goes to the row that took its place, else the one before, else the list's Add button.
  const rows = document.querySelectorAll(`#af-${key} .af-item`);
  const next = rows[Math.min(index, rows.length - 1)];
  /** @type {HTMLElement | null} */ (
    next?.querySelector('input, select, textarea') ?? document.getElementById(idOf([key, 'add']))
  )?.focus();
}

function partyRow(path) {
  const party = get(path);
  const more = [...path, 'more'].join('.');
  // Open when the user opened it, or when it holds something.
  const hasMore = ['signature', 'signatory', 'representative', 'power_of_attorney', 'nationality_certificate'].some(
    (key) => party[key] !== undefined,
  );
  const details = el(
    'details',
    { class: 'af-more', open: form.more.get(more) ?? hasMore },
    el('summary', {}, t('assignmentForm.more')),
    el(
      'div',
      { class: 'af-grid' },
      wordField([...path, 'signature'], 'assignmentForm.signature', WORDS.signature, 'signature'),
      textField([...path, 'signatory', 'name'], 'assignmentForm.signatoryName'),
      textField([...path, 'signatory', 'capacity'], 'assignmentForm.signatoryCapacity'),
      textField([...path, 'representative'], 'assignmentForm.representative', { wide: true }),
    ),
    partyDocument([...path, 'power_of_attorney'], 'assignmentForm.powerOfAttorney'),
    partyDocument([...path, 'nationality_certificate'], 'assignmentForm.nationalityCertificate'),
  );
  details.addEventListener('toggle', () => form.more.set(more, details.open));
  return [
    el(
      'div',
      { class: 'af-grid' },
      textField([...path, 'name'], 'assignmentForm.name', { wide: true }),
      wordField([...path, 'kind'], 'assignmentForm.partyKindLabel', WORDS.partyKind, 'partyKind'),
      textField([...path, 'country'], 'assignmentForm.country', { describedBy: 'af-format-hint' }),
      textField([...path, 'nationality'], 'assignmentForm.nationality', { describedBy: 'af-format-hint' }),
      booleanField([...path, 'signed'], 'assignmentForm.signed'),
      dateField([...path, 'execution_date'], 'assignmentForm.executionDate'),
      textField([...path, 'address'], 'assignmentForm.address', { wide: true, multiline: true }),
    ),
    details,
  ];
}

/** A power of attorney or nationality certificate: provided or not, and if provided, in what form. */
function partyDocument(path, labelKey) {
  const provided = isObject(get(path));
  const box = el('input', { type: 'checkbox', id: idOf(path), checked: provided });
  box.addEventListener('change', () => {
    set(path, box.checked ? {} : undefined);
    render();
    edited();
  });
  return el(
    'div',
    { class: 'af-document' },
    el('label', { class: 'af-check' }, box, ' ', t(labelKey)),
    provided
      ? el(
          'div',
          { class: 'af-grid' },
          wordField([...path, 'copy'], 'assignmentForm.copyLabel', WORDS.copy, 'copy'),
          booleanField([...path, 'notarized'], 'assignmentForm.notarized'),
          dateField([...path, 'date'], 'assignmentForm.issueDate'),
        )
      : null,
  );
}

function propertyRow(path) {
  const noteId = `${idOf(path)}-number-note`;
  return el(
    'div',
    { class: 'af-grid' },
    selectField([...path, 'office'], 'assignmentForm.office', officeChoices(), { onChange: () => numberNote(path[1]) }),
    wordField([...path, 'kind'], 'assignmentForm.propertyKindLabel', WORDS.propertyKind, 'propertyKind'),
    (() => {
      const wrapper = textField([...path, 'number'], 'assignmentForm.number', {
        describedBy: noteId,
        onInput: () => numberNote(path[1]),
      });
      wrapper.classList.add('af-number');
      wrapper.append(el('p', { class: 'af-note', id: noteId }));
      return wrapper;
    })(),
    textField([...path, 'title'], 'assignmentForm.title', { wide: true }),
    dateField([...path, 'filing_date'], 'assignmentForm.filingDate'),
    dateField([...path, 'priority_date'], 'assignmentForm.priorityDate'),
  );
}

function documentRow(path) {
  const noteId = `${idOf(path)}-numbers-note`;
  const numbers = el('textarea', {
    id: idOf([...path, 'numbers']),
    rows: 2,
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': noteId,
  });
  numbers.value = (get([...path, 'numbers']) ?? []).join('\n');
  numbers.addEventListener('input', () => {
    const lines = numbers.value.split('\n');
    set([...path, 'numbers'], lines.some((line) => line.trim()) ? lines : undefined);
    documentNumbersNote(path[1]);
    edited();
  });
  return el(
    'div',
    { class: 'af-grid' },
    wordField([...path, 'type'], 'assignmentForm.documentTypeLabel', WORDS.documentType, 'documentType'),
    wordField([...path, 'copy'], 'assignmentForm.copyLabel', WORDS.copy, 'copy'),
    textField([...path, 'language'], 'assignmentForm.language'),
    dateField([...path, 'date'], 'assignmentForm.documentDate'),
    field(
      [...path, 'numbers'],
      t('assignmentForm.documentNumbers'),
      [numbers, el('p', { class: 'af-note', id: noteId })],
      { wide: true },
    ),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Numbers, validated as they are typed

/** The office a property's number is validated for: the one it is listed under, when the checker knows it. */
function officeOf(property) {
  const code = typeof property?.office === 'string' ? property.office.trim().toUpperCase() : '';
  return OFFICES.some(([c]) => c === code) || code === 'PCT' ? code : undefined;
}

const checkKey = (office, number) => `${office ?? ''}\n${number}`;

/** Shows the check of property `index`'s number beside it, asking the worker for it when it is not known yet. */
function numberNote(index) {
  const path = ['properties', index];
  const input = /** @type {HTMLInputElement | null} */ (document.getElementById(idOf([...path, 'number'])));
  if (!input) return;
  const property = get(path);
  const office = officeOf(property);
  input.placeholder = NUMBER_EXAMPLES[office === 'PCT' ? 'WO' : office] ?? '';
  const number = String(property?.number ?? '').trim();
  const entry = number ? askCheck(office, number) : null;
  // While the worker answers (a moment), the note stays as it was rather than blink.
  if (!number || entry?.result) showCheck(input, entry?.result ?? null);
}

/**
 * The numbers a document names, one per line, each checked as typed (for whichever office writes numbers that
 * way): the lines with a problem, each with its line, or that every number is valid.
 */
function documentNumbersNote(index) {
  const input = /** @type {HTMLTextAreaElement | null} */ (
    document.getElementById(idOf(['documents', index, 'numbers']))
  );
  const note = input && noteOf(input);
  if (!input || !note) return;
  const lines = input.value
    .split('\n')
    .map((line, i) => ({ line: i + 1, number: line.trim() }))
    .filter((l) => l.number);
  const checked = lines.map((l) => ({ ...l, result: askCheck(undefined, l.number)?.result }));
  if (checked.some((l) => !l.result)) return; // the worker is answering: the note stays as it was
  const problems = checked.filter((l) => !l.result.valid);
  if (problems.length) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
  note.className = `af-note${lines.length ? (problems.length ? ' is-problem' : ' is-valid') : ''}`;
  if (!lines.length) return note.replaceChildren();
  if (!problems.length) {
    return note.replaceChildren(
      el('span', { class: 'af-note-mark', 'aria-hidden': 'true' }, '✓'),
      el('span', { class: 'af-note-label' }, t('assignmentForm.number.valid')),
      ' ',
      el(
        'span',
        {},
        checked.map((l, i) => [
          i ? ', ' : null,
          t('assignmentForm.number.validAt', {
            number: l.result.normalized ?? l.number,
            office: l.result.office ?? '?',
          }),
        ]),
      ),
    );
  }
  note.replaceChildren(
    el(
      'ul',
      { class: 'af-note-lines' },
      problems.map((l) => {
        const message = localMessage(l.result.problem_template, l.result.problem ?? '');
        return el(
          'li',
          {},
          el('span', { class: 'af-note-mark', 'aria-hidden': 'true' }, '!'),
          el('span', { class: 'af-note-label' }, t('assignmentForm.number.lineProblem', { line: l.line })),
          ' ',
          el('span', { lang: message.english ? 'en' : null }, message.text),
        );
      }),
    ),
  );
}

/**
 * The check of `number` (for `office`, or whichever office writes numbers that way), from the cache; asked of the
 * worker when not known yet, every note shown again when it answers.
 */
function askCheck(office, number) {
  const key = checkKey(office, number);
  const entry = form.checks.get(key);
  if (entry || !form.callWorker) return entry;
  form.checks.set(key, { waiting: true });
  form.callWorker('validateNumber', { number, office }).then(
    (result) => {
      form.checks.set(key, { result });
      while (form.checks.size > MAX_CHECKS) form.checks.delete(form.checks.keys().next().value);
      showNumberNotes();
    },
    () => form.checks.delete(key),
  );
  return form.checks.get(key);
}

/** The note that describes a number's field (its aria-describedby). */
function noteOf(input) {
  return document.getElementById(input.getAttribute('aria-describedby') ?? '');
}

/** Every number's note: each property's, each document's. */
function showNumberNotes() {
  for (const [i, p] of (form.record.properties ?? []).entries()) if (isObject(p)) numberNote(i);
  for (const [i, d] of (form.record.documents ?? []).entries()) if (isObject(d)) documentNumbersNote(i);
}

/** The note beside a number: valid and how its office writes it, or the problem; in words, not colour alone. */
function showCheck(input, check) {
  const note = noteOf(input);
  if (!note) return;
  if (check && !check.valid) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
  note.className = `af-note${check ? (check.valid ? ' is-valid' : ' is-problem') : ''}`;
  if (!check) {
    note.replaceChildren();
  } else if (check.valid) {
    const params = {
      number: check.normalized ?? '',
      office: check.office ?? '?',
      kind: check.kind ? t(`assignmentForm.numberKind.${check.kind}`) : '',
    };
    note.replaceChildren(
      el('span', { class: 'af-note-mark', 'aria-hidden': 'true' }, '✓'),
      el('span', { class: 'af-note-label' }, t('assignmentForm.number.valid')),
      ' ',
      t(check.kind ? 'assignmentForm.number.validAs' : 'assignmentForm.number.validAt', params),
    );
  } else {
    // The checker's words, translated when a template comes with them.
    const message = localMessage(check.problem_template, check.problem ?? '');
    note.replaceChildren(
      el('span', { class: 'af-note-mark', 'aria-hidden': 'true' }, '!'),
      el('span', { class: 'af-note-label' }, t('assignmentForm.number.problem')),
      ' ',
      el('span', { lang: message.english ? 'en' : null }, message.text),
    );
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Rendering

/** Builds the form from the record; the focused field keeps the focus. */
function render() {
  const { root, body } = form;
  if (!root || !body) return;
  const focused = focusedIn(root);
  const kept = keptFields(form.record, 'record');
  body.replaceChildren(
    el(
      'div',
      { class: 'af-grid' },
      selectField(
        ['conveyance'],
        'assignmentForm.conveyance',
        WORDS.conveyance.map((w) => [w, t(`assignmentForm.conveyance.${w}`)]),
      ),
      textField(['conveyance_text'], 'assignmentForm.conveyanceText', { wide: true }),
    ),
    listSection('assignors'),
    listSection('assignees'),
    listSection('properties'),
    el(
      'fieldset',
      { class: 'af-group' },
      el('legend', {}, t('assignmentForm.correspondent')),
      el(
        'div',
        { class: 'af-grid' },
        textField(['correspondent', 'name'], 'assignmentForm.name'),
        textField(['correspondent', 'email'], 'assignmentForm.email', { type: 'email' }),
        textField(['correspondent', 'address'], 'assignmentForm.address', { wide: true, multiline: true }),
      ),
    ),
    el(
      'fieldset',
      { class: 'af-group' },
      el('legend', {}, t('assignmentForm.submitter')),
      el(
        'div',
        { class: 'af-grid' },
        textField(['submitter', 'name'], 'assignmentForm.name'),
        booleanField(['submitter', 'signed'], 'assignmentForm.submitterSigned'),
      ),
    ),
    listSection('documents'),
    ...(kept.length ? [el('p', { class: 'hint af-kept' }, t('assignmentForm.kept', { fields: kept.join(', ') }))] : []),
  );
  showNumberNotes();
  if (focused) document.getElementById(focused)?.focus();
  renderStatus();
}

/** Whether the record is checked, and what the last action did (with its Undo). */
function renderStatus() {
  const { root, status: line, notice } = form;
  if (!root || !line || !notice) return;
  const empty = isEmpty();
  const status = checkable()
    ? t('assignmentForm.status.checked', { file: FORM_FILE })
    : t(empty ? 'assignmentForm.status.empty' : 'assignmentForm.status.incomplete');
  // Live regions: text set again, even the same, may be read out again at each keystroke.
  if (line.textContent !== status) line.textContent = status;
  for (const button of /** @type {NodeListOf<HTMLButtonElement>} */ (root.querySelectorAll('.af-export, .af-clear')))
    button.disabled = empty;
  const { message } = form;
  if (notice.dataset.shown === String(form.messageCount)) return;
  notice.dataset.shown = String(form.messageCount);
  notice.classList.toggle('is-error', Boolean(message?.error));
  notice.replaceChildren(
    ...(message ? [el('span', {}, message.text())] : []),
    ...(message && form.undo
      ? [
          ' ',
          el(
            'button',
            { type: 'button', class: 'button subtle small af-undo', onclick: undo },
            t('assignmentForm.undo'),
          ),
        ]
      : []),
  );
}

/** Says what an action did: `text()` gives it in the current language (the notice is built again when it changes). */
function say(text, { error = false, undoable = false } = {}) {
  form.message = { text, error };
  form.messageCount += 1;
  if (!undoable) form.undo = null;
}

/** After the user changed a field or a list: what the last action said no longer holds, nor can it be undone. */
function edited() {
  if (form.message) {
    form.message = null;
    form.undo = null;
    form.messageCount += 1;
  }
  changed();
}

/** After every change of the record: remember it, say whether it is checked, and check the filing again. */
function changed() {
  save();
  renderStatus();
  form.onChange();
}

/** Puts `record` in the form, the record it replaces kept for an Undo. */
function replace(record, text) {
  form.undo = { record: form.record };
  form.record = record;
  form.more.clear();
  say(text, { undoable: true });
  render();
  changed();
}

function undo() {
  const record = form.undo?.record;
  if (!record) return;
  form.record = record;
  form.undo = null;
  say(() => t('assignmentForm.undone'));
  render();
  changed();
  focusFirstField();
}

/** The id of the element with the focus when it is in `root`, to give the focus back after a rebuild. */
function focusedIn(root) {
  const active = document.activeElement;
  return active && root.contains(active) ? active.id : null;
}

/** Puts the focus on the form's first field (after an import, an Undo, a Clear). */
function focusFirstField() {
  /** @type {HTMLElement | null | undefined} */ (form.root?.querySelector('#af-conveyance'))?.focus();
}

/** Loads JSON text into the form; false (with the problem said) when it is not a record the form can hold. */
function load(text, name) {
  const { record, problem } = readRecord(text);
  if (form.panel) form.panel.open = true;
  if (!form.body) build();
  if (problem) {
    say(() => t('assignmentForm.importFailed', { name, problem: problem() }), { error: true });
    renderStatus();
    return false;
  }
  replace(record, () => t('assignmentForm.imported', { name }));
  return true;
}

async function importFile(file) {
  load(await file.text(), file.name);
  focusFirstField();
}

function exportRecord() {
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(exported(), null, 2)}\n`], { type: 'application/json' }));
  const link = el('a', { href: url, download: FORM_FILE, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: the download may still be reading the blob.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The form's fixed part (intro, actions, status) and its body; all of it again when the language changes. */
function build() {
  const { root } = form;
  if (!root) return;
  const fileInput = el('input', {
    type: 'file',
    accept: '.json,application/json',
    hidden: true,
    class: 'af-import-input',
  });
  fileInput.addEventListener('change', () => {
    const [file] = fileInput.files;
    fileInput.value = ''; // so choosing the same file again is seen as a change
    if (file) importFile(file);
  });
  const status = el('p', { class: 'af-status', role: 'status' });
  const notice = el('p', { class: 'af-notice', role: 'status' });
  const body = el('div', { class: 'af-body' });
  form.status = status;
  form.notice = notice;
  form.body = body;
  root.replaceChildren(
    el('p', { class: 'hint' }, t('assignmentForm.hint', { file: FORM_FILE })),
    el(
      'div',
      { class: 'af-actions' },
      el(
        'button',
        { type: 'button', class: 'button subtle small af-import', onclick: () => fileInput.click() },
        t('assignmentForm.import'),
      ),
      fileInput,
      el(
        'button',
        { type: 'button', class: 'button subtle small af-export', onclick: exportRecord },
        t('assignmentForm.export'),
      ),
      el(
        'button',
        {
          type: 'button',
          class: 'button subtle small af-clear',
          onclick: () => {
            replace({}, () => t('assignmentForm.cleared'));
            focusFirstField();
          },
        },
        t('assignmentForm.clear'),
      ),
    ),
    status,
    notice,
    el('p', { class: 'hint', id: 'af-format-hint' }, t('assignmentForm.formatHint')),
    body,
  );
  render();
}

// ---------------------------------------------------------------------------------------------------------------
// The page's hooks

/**
 * Sets the form up in `#assignment-form` (inside the `#assignment-panel` disclosure): `callWorker(op, payload)`
 * validates numbers, `onChange()` checks the filing again. A record kept from an earlier visit is checked at once.
 */
export function initAssignmentForm({ callWorker, onChange }) {
  const panel = /** @type {HTMLDetailsElement | null} */ (document.getElementById('assignment-panel'));
  form.root = document.getElementById('assignment-form');
  form.panel = panel;
  if (!form.root || !panel) return;
  form.callWorker = callWorker;
  form.onChange = onChange;
  const record = stored();
  if (record) {
    form.record = record;
    panel.open = true;
  }
  // Built when the panel is first opened: its fields need not delay the first report.
  panel.addEventListener('toggle', () => panel.open && !form.body && build());
  if (panel.open) build();
  if (record && checkable()) onChange();
}

/**
 * Opens the form at the field a finding names (`assignees[0].signed`, as the report writes it; a list or an object
 * when the finding is about it as a whole, its first field then). Returns whether the form has that place.
 */
export function showField(fieldPath) {
  const { root, panel } = form;
  if (!root || !panel) return false;
  const path = fieldPath.split(/[.[\]]+/).filter(Boolean);
  panel.open = true;
  if (!form.body) build();
  // The field itself, or the first field of the object or list it names, or of the nearest that is shown.
  for (let length = path.length; length > 0; length -= 1) {
    const id = idOf(path.slice(0, length));
    const node =
      document.getElementById(id) ??
      /** @type {HTMLElement | null} */ (root.querySelector(`[id^="${CSS.escape(id)}-"]`));
    if (node) {
      node.scrollIntoView({ block: 'center' });
      node.focus({ preventScroll: true });
      return true;
    }
  }
  return false;
}

/** Builds the form again in the current language (the checker's problems in it once their translations load). */
export function renderAssignmentForm() {
  if (!form.root || !form.body) return;
  const focused = focusedIn(form.root);
  build();
  if (focused) document.getElementById(focused)?.focus();
  loadMessages().then(showNumberNotes, () => {});
}

/**
 * For an added file the checker read as an assignment record in JSON, a button that loads it into the form and
 * then removes the file (`remove()`), so the record is not checked twice; null for any other file.
 */
export function loadOffer(file, doc, remove) {
  if (!form.root || doc?.kind !== 'assignment' || doc.format !== 'assignment-json' || !file.bytes) return null;
  return el(
    'button',
    {
      type: 'button',
      class: 'button subtle small',
      'aria-label': t('assignmentForm.loadNamed', { name: file.name }),
      onclick: async () => {
        if (!load(await file.bytes.text(), file.name)) {
          form.status?.scrollIntoView({ block: 'nearest' });
          return;
        }
        remove();
        form.panel?.scrollIntoView({ block: 'start' });
        focusFirstField();
      },
    },
    t('assignmentForm.load'),
  );
}
