// <patlint-check>: a drop area, a progress bar and the grouped report, for portals. Embed it with
//   <script type="module" src="…/patlint/js/element.js"></script>
//   <patlint-check offices="US,EP"></patlint-check>
// Attributes: offices (comma list), language (en, ja, ko, zh), route, filing-date. Events: patlint-report (detail:
// the report) and patlint-error (detail: { message, code }). The checker runs in a worker (element-worker.js) that
// loads its Wasm from the package; dropped or chosen files go to it as File objects, which the Wasm module reads.
// Styles live in shadow DOM in a constructable stylesheet (nothing inline, for strict CSPs), themed by custom
// properties (--patlint-accent, …) and CSS parts (drop, button, progress, status, summary, office, report, card, …).

import { cardsOf, officesBySeverity, tiers } from './finding-cards.js';

const STRINGS = {
  en: {
    drop: 'Drop the files of a filing here, or',
    choose: 'Choose files…',
    checking: 'Checking…',
    drawings: 'Loading drawing support…',
    progress: 'Checking: {done} of {total} files',
    done: 'Errors: {errors} · Warnings: {warnings} · Info: {infos}',
    failed: 'The check failed: {message}',
    none: 'No findings for the chosen offices.',
    summary: 'Errors per office:',
    more: '{n} more places',
    error: 'Error',
    warning: 'Warning',
    info: 'Info',
    claim: 'Claim {n}',
    paragraph: 'Paragraph {n}',
    page: 'Page {n}',
    pageLine: 'Page {page}, line {line}',
    sheet: 'Sheet {n}',
    sequence: 'SEQ ID NO {n}',
    abstract: 'Abstract',
    title: 'Title',
    file: 'File',
  },
  ja: {
    drop: '出願のファイルをここにドロップ、または',
    choose: 'ファイルを選択…',
    checking: 'チェック中…',
    drawings: '図面の読み込み機能を準備中…',
    progress: 'チェック中: {total} ファイル中 {done}',
    done: 'エラー {errors} 件 · 警告 {warnings} 件 · 情報 {infos} 件',
    failed: 'チェックに失敗しました: {message}',
    none: '選択した庁についての指摘はありません。',
    summary: '庁別のエラー:',
    more: 'さらに {n} か所',
    error: 'エラー',
    warning: '警告',
    info: '情報',
    claim: '請求項 {n}',
    paragraph: '段落 {n}',
    page: '{n}ページ',
    pageLine: '{page}ページ {line}行',
    sheet: '図面 {n} 枚目',
    sequence: '配列番号 {n}',
    abstract: '要約',
    title: '発明の名称',
    file: 'ファイル',
  },
  ko: {
    drop: '출원 파일을 여기에 끌어다 놓거나',
    choose: '파일 선택…',
    checking: '검사 중…',
    drawings: '도면 지원 기능을 불러오는 중…',
    progress: '검사 중: 파일 {total}개 중 {done}개',
    done: '오류 {errors}건 · 경고 {warnings}건 · 정보 {infos}건',
    failed: '검사하지 못했습니다: {message}',
    none: '선택한 특허청에 대한 지적 사항이 없습니다.',
    summary: '특허청별 오류:',
    more: '{n}곳 더 보기',
    error: '오류',
    warning: '경고',
    info: '정보',
    claim: '청구항 {n}',
    paragraph: '단락 {n}',
    page: '{n}페이지',
    pageLine: '{page}페이지 {line}행',
    sheet: '도면 {n}장',
    sequence: '서열번호 {n}',
    abstract: '요약',
    title: '발명의 명칭',
    file: '파일',
  },
  zh: {
    drop: '将申请文件拖放到此处，或',
    choose: '选择文件…',
    checking: '正在检查…',
    drawings: '正在加载附图支持…',
    progress: '正在检查：第 {done} 个，共 {total} 个文件',
    done: '错误 {errors} 个 · 警告 {warnings} 个 · 提示 {infos} 个',
    failed: '检查失败：{message}',
    none: '所选专利局没有发现问题。',
    summary: '各专利局的错误：',
    more: '再显示 {n} 处',
    error: '错误',
    warning: '警告',
    info: '提示',
    claim: '权利要求 {n}',
    paragraph: '第 {n} 段',
    page: '第{n}页',
    pageLine: '第{page}页第{line}行',
    sheet: '第 {n} 页附图',
    sequence: 'SEQ ID NO {n}',
    abstract: '摘要',
    title: '发明名称',
    file: '文件',
  },
};

const CSS = `
:host { display: block; font: 15px/1.45 var(--patlint-font, system-ui, sans-serif); color: var(--patlint-text, #1b1f24); }
[hidden] { display: none !important; }
.drop { border: 2px dashed var(--patlint-border, #c3c9d2); border-radius: var(--patlint-radius, 8px);
  background: var(--patlint-surface, #f6f7f9); padding: 1.25em; text-align: center; }
.drop.over { border-color: var(--patlint-accent, #0b5cad); background: var(--patlint-accent-surface, #e8f0fa); }
button { font: inherit; color: #fff; background: var(--patlint-accent, #0b5cad); border: 0;
  border-radius: var(--patlint-radius, 8px); padding: .4em 1em; cursor: pointer; }
button:focus-visible { outline: 3px solid var(--patlint-accent, #0b5cad); outline-offset: 2px; }
.status { display: flex; gap: .75em; align-items: center; margin: .75em 0 0; min-height: 1.5em; }
progress { flex: 0 0 12em; accent-color: var(--patlint-accent, #0b5cad); }
.summary { margin: .75em 0; }
.office { display: inline-block; margin: 0 .25em .25em 0; padding: .05em .6em; border-radius: 1em;
  background: var(--patlint-surface, #f6f7f9); border: 1px solid var(--patlint-border, #c3c9d2); }
.office.blocked { color: #fff; background: var(--patlint-error, #b3261e); border-color: transparent; }
ol { margin: 0; padding: 0; list-style: none; }
.card { margin: .75em 0; padding: .75em 1em; border: 1px solid var(--patlint-border, #c3c9d2);
  border-left: 6px solid var(--sev); border-radius: var(--patlint-radius, 8px); background: var(--patlint-background, #fff); }
.error { --sev: var(--patlint-error, #b3261e); }
.warning { --sev: var(--patlint-warning, #8a5a00); }
.info { --sev: var(--patlint-info, #3b5f8a); }
.head, .offices, .place { margin: 0; }
.badge { color: var(--sev); font-weight: 600; }
code { font-size: .9em; }
.file, .offices, .where { color: var(--patlint-muted, #5b6472); }
.places { margin-top: .4em; }
.place + .place { margin-top: .25em; }
summary { cursor: pointer; color: var(--patlint-accent, #0b5cad); margin-top: .25em; }
`;

const SHOWN_PLACES = 3;
let sheet;
/** patlint/messages, loaded the first time a language other than English is shown (and then each language's
 * catalogue the first time it is shown). */
let messageCatalogue;

const fill = (text, values) => text.replace(/\{(\w+)\}/g, (whole, key) => values[key] ?? whole);

/** An element with attributes (part and class among them) and children (text or nodes). */
function h(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) if (value != null) node.setAttribute(name, value);
  node.append(...children.flat().filter((child) => child != null));
  return node;
}

/** Where a finding is, in words: claim, sheet, page and line, section, paragraph, field or the file. */
function where(location, s) {
  const parts = [];
  if (location.claim !== undefined) parts.push(fill(s.claim, { n: location.claim }));
  if (location.sheet !== undefined) parts.push(fill(s.sheet, { n: location.sheet }));
  if (location.sequence !== undefined) parts.push(fill(s.sequence, { n: location.sequence }));
  if (location.page !== undefined) {
    parts.push(location.line === undefined ? fill(s.page, { n: location.page }) : fill(s.pageLine, location));
  }
  if (location.section)
    parts.push(['abstract', 'title'].includes(location.section) ? s[location.section] : `“${location.section}”`);
  if (location.paragraph !== undefined) parts.push(fill(s.paragraph, { n: location.paragraph }));
  if (location.field || location.element) parts.push(location.field ?? location.element);
  return (parts.join(' · ') || s.file) + (location.language ? ` (${location.language})` : '');
}

/**
 * The report as cards, grouped as patlint's page groups them (finding-cards.js): one per rule and document, its
 * places (the findings of one group), and the offices of each severity; errors first.
 */
export function groupReport(report) {
  const entries = report.findings.map((finding, index) => ({ finding, index }));
  return tiers(cardsOf(entries)).flatMap((tier) =>
    tier.cards.map((card) => ({
      rule: card.rule,
      file: card.file,
      severity: card.severity,
      offices: officesBySeverity(card.open, report.offices),
      places: card.places.map((place) => place.entries.map((entry) => entry.finding)),
    })),
  );
}

// Imported where there is no DOM (a server rendering the portal), the module defines nothing.
export class PatlintCheck extends (globalThis.HTMLElement ?? class {}) {
  static observedAttributes = ['offices', 'language', 'route', 'filing-date'];

  #root;
  #worker = null;
  #id = 0;
  #pending = [];
  #files = null;
  #report = null;
  #recheck = false;
  #status = {};
  #parts;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
    }
    this.#root.adoptedStyleSheets = [sheet];
    const input = h('input', { type: 'file', multiple: '', hidden: '' });
    const button = h('button', { type: 'button', part: 'button' });
    const drop = h('div', { part: 'drop', class: 'drop' }, h('span', { class: 'prompt' }), ' ', button, input);
    const progress = h('progress', { part: 'progress', hidden: '' });
    const status = h('span', { part: 'status', role: 'status' });
    const summary = h('p', { part: 'summary', class: 'summary', hidden: '' });
    const cards = h('ol', { part: 'report', class: 'report' });
    const main = h('div', null, drop, h('div', { class: 'status' }, progress, status), summary, cards);
    this.#root.append(main);
    this.#parts = { main, drop, input, button, progress, status, summary, cards };
    button.addEventListener('click', () => input.click());
    input.addEventListener('change', () => {
      if (input.files.length) this.check(input.files).catch(() => {});
      input.value = '';
    });
    // The whole element takes dropped files.
    this.addEventListener('dragover', (event) => {
      event.preventDefault();
      drop.classList.add('over');
    });
    this.addEventListener('dragleave', () => drop.classList.remove('over'));
    this.addEventListener('drop', (event) => {
      event.preventDefault();
      drop.classList.remove('over');
      if (event.dataTransfer?.files.length) this.check(event.dataTransfer.files).catch(() => {});
    });
    this.#render();
  }

  /** The last report, or null. */
  get report() {
    return this.#report;
  }

  get #strings() {
    return STRINGS[this.#language] ?? STRINGS.en;
  }

  get #language() {
    const language = this.getAttribute('language');
    return Object.hasOwn(STRINGS, language ?? '') ? language : 'en';
  }

  /** The options from the attributes. */
  get options() {
    const offices = (this.getAttribute('offices') ?? '')
      .split(',')
      .map((o) => o.trim().toUpperCase())
      .filter(Boolean);
    const options = {};
    if (offices.length) options.offices = offices;
    if (this.getAttribute('route')) options.route = this.getAttribute('route');
    if (this.getAttribute('filing-date')) options.filingDate = this.getAttribute('filing-date');
    return options;
  }

  attributeChangedCallback(name) {
    if (name === 'language') {
      this.#render();
      return;
    }
    // Several attributes set together check once.
    if (this.#files && !this.#recheck) {
      this.#recheck = true;
      queueMicrotask(() => {
        this.#recheck = false;
        this.check(this.#files).catch(() => {});
      });
    }
  }

  disconnectedCallback() {
    this.#worker?.terminate();
    this.#worker = null;
    this.#fail({ message: 'the element was removed', code: 'ABORTED' }, Infinity, false);
  }

  /**
   * Checks files (a FileList, or an array of File objects) in the worker; resolves with the report shown, which is
   * a later check's when one overtook this one.
   */
  check(files) {
    this.#files = Array.from(files);
    const id = ++this.#id;
    const done = new Promise((resolve, reject) => this.#pending.push({ id, resolve, reject }));
    this.#show({ checking: true });
    this.#workerFor().postMessage({ id, files: this.#files, options: this.options });
    return done;
  }

  #workerFor() {
    if (!this.#worker) {
      this.#worker = new Worker(new URL('./element-worker.js', import.meta.url), { type: 'module' });
      this.#worker.onmessage = ({ data }) => this.#answer(data);
      this.#worker.onerror = (event) => {
        event.preventDefault();
        this.#worker?.terminate();
        this.#worker = null;
        this.#fail({ message: event.message || 'the checker could not be loaded', code: 'WORKER' }, this.#id);
      };
    }
    return this.#worker;
  }

  #answer({ id, progress, report, error, code }) {
    if (id !== this.#id) return;
    if (progress) {
      this.#show({ checking: true, progress });
    } else if (report) {
      this.#report = report;
      this.#status = {};
      this.#settle(id, (p) => p.resolve(report));
      this.#render();
      this.dispatchEvent(new CustomEvent('patlint-report', { detail: report, bubbles: true, composed: true }));
    } else {
      this.#fail({ message: error, code }, id);
    }
  }

  #settle(id, how) {
    const settled = this.#pending.filter((p) => p.id <= id);
    this.#pending = this.#pending.filter((p) => p.id > id);
    settled.forEach(how);
  }

  #fail(detail, id, shown = true) {
    const error = Object.assign(new Error(detail.message), { code: detail.code });
    this.#settle(id, (p) => p.reject(error));
    if (!shown) return;
    this.#show({ failed: detail.message });
    this.dispatchEvent(new CustomEvent('patlint-error', { detail, bubbles: true, composed: true }));
  }

  /** The status line and progress bar. */
  #show(status) {
    this.#status = status;
    const { checking, progress, failed } = status;
    const s = this.#strings;
    const bar = this.#parts.progress;
    bar.hidden = !checking;
    if (progress?.total) {
      bar.max = progress.total;
      bar.value = progress.done;
    } else {
      bar.removeAttribute('value');
    }
    let text = '';
    if (failed !== undefined) text = fill(s.failed, { message: failed });
    else if (progress?.loading) text = s.drawings;
    else if (progress?.total) text = fill(s.progress, progress);
    else if (checking) text = s.checking;
    else if (this.#report) {
      const total = (key) => this.#report.findings.filter((f) => f.severity === key).length;
      text = fill(s.done, { errors: total('error'), warnings: total('warning'), infos: total('info') });
    }
    this.#parts.status.textContent = text;
  }

  #render() {
    const s = this.#strings;
    const { main, drop, button, summary, cards } = this.#parts;
    main.lang = this.#language;
    this.#parts.progress.setAttribute('aria-label', s.checking);
    drop.querySelector('.prompt').textContent = s.drop;
    button.textContent = s.choose;
    const report = this.#report;
    this.#show(this.#status);
    summary.hidden = !report;
    cards.replaceChildren();
    if (!report) return;
    if (this.#language !== 'en' && !messageCatalogue?.isLoaded(this.#language)) {
      const language = this.#language;
      import('../messages/index.js')
        .then(async (module) => {
          await module.loadLanguage(language);
          messageCatalogue = module;
        })
        .then(
          () => this.#render(),
          () => {},
        );
    }
    summary.replaceChildren(
      s.summary,
      ...report.summary.flatMap(({ office, errors }) => [
        ' ',
        h(
          'span',
          { part: `office${errors ? ' office-blocked' : ''}`, class: `office${errors ? ' blocked' : ''}` },
          `${office}: ${errors}`,
        ),
      ]),
    );
    const grouped = groupReport(report);
    if (!grouped.length) cards.append(h('li', { part: 'empty' }, s.none));
    for (const card of grouped) {
      const places = card.places.map((findings) => this.#place(findings, s));
      const more = places.length > SHOWN_PLACES + 1 ? places.splice(SHOWN_PLACES) : [];
      cards.append(
        h(
          'li',
          {
            part: `card card-${card.severity}`,
            class: `card ${card.severity}`,
            'data-rule': card.rule,
            'data-file': card.file,
          },
          h(
            'p',
            { class: 'head' },
            h('span', { part: 'badge', class: 'badge' }, s[card.severity]),
            ' ',
            h('code', { part: 'rule' }, card.rule),
            ' · ',
            h('span', { part: 'file', class: 'file' }, card.file),
          ),
          h(
            'p',
            { part: 'offices', class: 'offices' },
            card.offices.map(({ severity, offices }) => `${s[severity]}: ${offices.join(', ')}`).join(' · '),
          ),
          h('ol', { class: 'places' }, places),
          more.length
            ? h(
                'details',
                null,
                h('summary', null, fill(s.more, { n: more.length })),
                h('ol', { class: 'places' }, more),
              )
            : null,
        ),
      );
    }
  }

  /** One place: where, and its message (each distinct message once, with its offices when they differ). */
  #place(findings, s) {
    const messages = new Map();
    const english = this.#language === 'en' || !messageCatalogue?.isLoaded(this.#language);
    for (const finding of findings) {
      const text = english ? finding.message : messageCatalogue.formatMessage(finding.message_template, this.#language);
      messages.set(text, [...(messages.get(text) ?? []), ...finding.offices]);
    }
    const text = [...messages].map(([message, offices]) =>
      messages.size > 1 ? `${offices.join(', ')}: ${message}` : message,
    );
    return h(
      'li',
      { part: 'place', class: 'place' },
      h('span', { class: 'where' }, where(findings[0].location, s)),
      ' — ',
      h('span', { class: 'message' }, text.join(' ')),
    );
  }
}

if (globalThis.customElements && !customElements.get('patlint-check'))
  customElements.define('patlint-check', PatlintCheck);
