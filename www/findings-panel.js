// The findings panel: the first screen's "before filing" line, the filters, and the findings as cards
// (findings-view.js), each finding with its place, citations and actions (fix the editor's claims, accept a warning).
// app.js imports this module, so what the panel asks of it (show a finding's place, render the report, check again)
// comes through connectFindingsPanel rather than an import back.

import { el } from './dom.js';
import { EDITOR_FILE, OFFICE_NAMES, dom, fileLabel, state } from './state.js';
import { localMessage, ruleSummary, t } from './i18n.js';
import { accept, acceptanceOf, canAccept, unaccept } from './accepted.js';
import { applyEdits } from './claims-fix.js';
import { cardsOf } from './finding-cards.js';
import {
  NO_FILTER,
  blockingByOffice,
  blockingRules,
  filterChoices,
  filterNote,
  passes,
  renderTiers,
} from './findings-view.js';
import { openRule, ruleAnchor } from './rules-view.js';

/** Past this many findings, the browser lays out only those on screen (style.css, `.is-long`). */
const LONG_LIST = 150;
/** The rules that block filing named on the first screen; the rest are counted. */
const BLOCKING_RULES_SHOWN = 6;

/** @typedef {import('./pkg/patlint.js').Finding} Finding */
/**
 * What the panel asks of app.js.
 * @typedef {object} PanelHooks
 * @property {(finding: Finding) => ((finding: Finding, button: HTMLElement) => void) | null} selectorFor What
 *   choosing the finding shows (its claim, sheet, paragraph, text page or form field); null when it has nowhere to go.
 * @property {() => void} renderReport Renders the report's counts, findings and status again.
 * @property {() => Promise<void>} runCheck Checks the editor and files again.
 */

/** @type {PanelHooks} */
let app;

/** Connects the panel to app.js; called once, before the first report. */
export function connectFindingsPanel(hooks) {
  app = hooks;
}

/** The findings, filtered as the user chose, as cards by rule and document, what blocks filing first. */
export function renderFindings(findings) {
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
  const { report } = state;
  if (!report) return;
  const { offices, files, families } = filterChoices(report);
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
  dom.findingsFilters.hidden = report.findings.length === 0;
}

/** Shows the findings that pass a new filter, keeping the focus on the control that changed it. */
export function setFilter(changes) {
  Object.assign(state.filter, changes);
  if (state.report) renderFindings(state.report.findings);
}

/**
 * What must be fixed before filing, on the first screen: at each chosen office, its open errors (a link that shows
 * just them), and the rules that raise them, each once, with its documents and offices (a link to its card). An
 * office with none says that no objection was found, not that there is none.
 */
export function renderBlocking(offices, shown) {
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
              offer(ruleSummary(rule, state.rules?.find((r) => r.id === rule)?.summary), () => showRuleCard(rule)),
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
function showRuleCard(rule) {
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
  const select = app.selectorFor(finding);
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
      dataset: {
        rule: finding.rule,
        claim: location.claim ?? '',
        sheet: location.sheet ?? '',
        page: location.page ?? '',
        index,
      },
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
  app.renderReport();
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
// in UTF-16 code units; src/report/mod.rs). The editor's findings offer theirs as buttons; a file's cannot be edited here.

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
  app.runCheck().then(() => dom.findingsHeading.focus());
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
