// Specifications as the checker read them: the title, headings and paragraphs (with their numbers as written) of
// each description file, in order, from the report's `description.blocks`. A finding in a description shows its
// place here: the paragraph, title or heading is highlighted and the words it is about marked when the finding
// says which (`span`, or an `excerpt` found in the text).
//
// The view keeps its nodes while the text is unchanged: the report is made anew at every keystroke in the claims
// editor, and a long specification has thousands of paragraphs.
//
// A description read from a PDF has its text pages after its text: each drawn to scale as a drawing sheet is (with
// drawings-view.js's cards and drawing: the page as it looks beneath, its body text's box, the usable area of the
// office chosen here and the sides the body crosses), and a finding on a page (`location.page`) shows its card.

import { documentHeading, el } from './dom.js';
import { currentLanguage, formatNumber, t } from './i18n.js';
import {
  beyond,
  clearCards,
  drawLook,
  figureCard,
  legend,
  marginList,
  sheetSvg,
  showFigureCard,
  sizeText,
} from './drawings-view.js';

/** Past this many paragraphs, the browser lays out only those on screen (style.css, `.is-long`). */
const LONG_TEXT = 400;
/** The parts whose start the view labels when the document gives them no heading of their own. */
const LABELLED_PARTS = new Set(['abstract', 'claims', 'drawings']);

/** @typedef {{ element: HTMLElement, text: string, number?: string | null }} Place A place a finding can point to. */
/**
 * What is on screen: the text it was made from, each place a finding can point to, by `placeKey`, and each
 * document's section, by file.
 * @type {{ signature: string | null, descriptions: unknown[], places: Map<string, Place>,
 *   sections: Map<string, HTMLElement> }}
 */
let rendered = { signature: null, descriptions: [], places: new Map(), sections: new Map() };

/**
 * @typedef {{ card: HTMLElement, svg: SVGSVGElement, extent: { width: number, height: number },
 *   page: import('./pkg/patlint.js').TextPage, area: import('./pkg/patlint.js').PageArea | null }} PageEntry
 */
/**
 * The text pages on screen: what they were drawn from, the office whose usable area they show, each page's card by
 * `placeKey(file, page)`, and what the last rendering was given (for drawing them again in another office's area).
 * @type {{ signature: string | null, office: string | null, offices: string[], cards: Map<string, PageEntry>,
 *   docs: any[], looks: ((file: string) => Promise<import('./pkg/patlint.js').SheetLook[] | null> | null) | null }}
 */
let pages = { signature: null, office: null, offices: [], cards: new Map(), docs: [], looks: null };
/** The office the user chose for the pages' usable area (kept while the report has it). */
let chosenOffice = null;
/** The finding shown on a page, with its button, to show again when the pages are drawn in another office's area. */
let pageFinding = null;
/** Findings about the body text's distance from the edges: they mark the body where it crosses the usable area. */
const MARGIN_RULES = new Set(['description/margins-invalid']);

function placeKey(file, place) {
  return JSON.stringify([file, place]);
}

/**
 * Renders the descriptions of `documents` into `view`, and shows `panel` only when there is one. A PDF's text pages
 * are drawn with the usable area of one of `offices` (the report's, in order) and, beneath, as they look: `looks`
 * is asked for the file's pages (a promise of the worker's `SheetLook`s, one per page of the file) as the pages are
 * drawn, never before. Returns nothing; `showDescriptionFinding` finds the places later.
 * @param {import('./pkg/patlint.js').DocumentReport[]} documents
 * @param {{ panel: HTMLElement, view: HTMLElement, fileLabel: (file: string) => string, offices?: string[],
 *   looks?: ((file: string) => Promise<import('./pkg/patlint.js').SheetLook[] | null> | null) | null }} options
 */
export function renderDescriptions(documents, { panel, view, fileLabel, offices = [], looks = null }) {
  const docs = documents.filter((doc) => doc.description);
  panel.hidden = docs.length === 0;
  const descriptions = docs.map((doc) => doc.description);
  const signature = `${currentLanguage().code}\n${docs.map((doc) => `${doc.file}\n${doc.format}`).join('\n')}`;
  if (signature === rendered.signature && sameTexts(descriptions, rendered.descriptions)) {
    // The findings were rendered anew: the old selection's way back leads nowhere (app.js shows a page's finding
    // again, on its new button).
    clearDescriptionSelection();
  } else {
    const places = new Map();
    const sections = new Map();
    view.replaceChildren(
      ...docs.map((doc, docIndex) => {
        const section = documentSection(doc, docIndex, fileLabel, places);
        sections.set(doc.file, section);
        return section;
      }),
    );
    rendered = { signature, descriptions, places, sections };
    pages.signature = null;
    pageFinding = null;
  }
  renderPages(docs, offices, looks);
}

/** Whether two reports read the same text: then the view stands. Strings compare by content, quickly. */
function sameTexts(a, b) {
  if (a.length !== b.length) return false;
  return a.every((x, i) => {
    const y = b[i];
    if (x.title !== y.title || x.language !== y.language || x.paragraphs !== y.paragraphs) return false;
    if (x.blocks.length !== y.blocks.length || JSON.stringify(x.textOmitted) !== JSON.stringify(y.textOmitted))
      return false;
    return x.blocks.every((block, j) => {
      const other = y.blocks[j];
      return (
        block.index === other.index &&
        block.kind === other.kind &&
        block.part === other.part &&
        block.number === other.number &&
        block.text === other.text
      );
    });
  });
}

function documentSection(doc, docIndex, fileLabel, places) {
  const { description } = doc;
  const { blocks } = description;
  const nodes = [];
  // A title read from XML metadata is no paragraph of the text: it heads it.
  if (description.title && !blocks.some((block) => block.kind === 'title')) {
    const node = titleNode(description.title, `spec-${docIndex}-title`);
    places.set(placeKey(doc.file, 'title'), { element: node, text: description.title });
    nodes.push(node);
  }
  let part = null;
  for (const block of blocks) {
    if (block.part !== part && LABELLED_PARTS.has(block.part) && block.kind === 'paragraph') {
      nodes.push(el('p', { class: 'spec-part-label' }, t(`description.part.${block.part}`)));
    }
    part = block.part;
    const node = blockNode(block, `spec-${docIndex}-${block.index}`);
    const entry = { element: node, text: block.text, number: block.number ?? null };
    places.set(placeKey(doc.file, block.index), entry);
    if (block.kind === 'title') places.set(placeKey(doc.file, 'title'), entry);
    nodes.push(node);
  }
  const omitted = description.textOmitted;
  return el(
    'section',
    { class: `description-doc${blocks.length > LONG_TEXT ? ' is-long' : ''}`, dataset: { file: doc.file } },
    documentHeading(fileLabel(doc.file), doc.format, t('description.paragraphCount', { n: description.paragraphs })),
    nodes.length
      ? el('div', { class: 'spec-text', lang: description.language ?? null }, nodes)
      : el('p', { class: 'muted' }, t('description.none')),
    omitted
      ? el(
          'p',
          { class: 'spec-cut' },
          t('description.cut', {
            n: omitted.paragraphs,
            paragraphs: formatNumber(omitted.paragraphs),
            characters: formatNumber(omitted.characters),
          }),
        )
      : null,
  );
}

function titleNode(text, id) {
  return el(
    'div',
    { id, class: 'spec-block is-title', tabindex: '-1' },
    el('span', { class: 'spec-index', 'aria-hidden': 'true' }),
    el('p', { class: 'spec-title' }, titleLabel(text), el('span', { class: 'spec-words' }, text)),
  );
}

/** The title's label, unless the JPO's and KIPO's tag (`【発明の名称】`) names it already. */
function titleLabel(text) {
  return text.startsWith('【') ? null : el('span', { class: 'spec-label' }, t('description.title'));
}

/** One paragraph: its index (as findings name it) in the margin, its number as written, its text. */
function blockNode(block, id) {
  const number = block.number ? [el('span', { class: 'spec-number' }, block.number), block.text ? ' ' : null] : null;
  const words = el('span', { class: 'spec-words' }, block.text);
  const content =
    block.kind === 'heading'
      ? el('h4', { class: 'spec-heading' }, number, words)
      : block.kind === 'title'
        ? el('p', { class: 'spec-title' }, titleLabel(block.text), words)
        : el('p', { class: 'spec-para' }, number, words);
  return el(
    'div',
    { id, class: `spec-block is-${block.kind}`, tabindex: '-1', dataset: { index: block.index, part: block.part } },
    el('span', { class: 'spec-index', 'aria-hidden': 'true' }, String(block.index)),
    content,
  );
}

/** The indexes of a description's blocks, made once per report: every finding asks. */
const blockIndexes = new WeakMap();

/** What in the view a finding points to, from the report alone: a paragraph's index, `'title'`, or null. */
function placeIn(description, location) {
  if (location.claim !== undefined) return null;
  if (!blockIndexes.has(description))
    blockIndexes.set(description, new Set(description.blocks.map((block) => block.index)));
  const has = (index) => blockIndexes.get(description).has(index);
  if (location.paragraph !== undefined) return has(location.paragraph) ? location.paragraph : null;
  switch (location.section) {
    case undefined:
      return null;
    case 'title':
      return description.title || description.blocks.some((block) => block.kind === 'title') ? 'title' : null;
    case 'abstract':
      return description.blocks.find((block) => block.part === 'abstract')?.index ?? null;
    default: {
      // Findings name a section by its heading's first 60 characters, white space as spaces.
      const section = description.sections.find((s) => headingExcerpt(s.heading) === location.section);
      return section && has(section.paragraph) ? section.paragraph : null;
    }
  }
}

function headingExcerpt(heading) {
  const chars = Array.from(heading.replace(/\s/g, ' '));
  return chars.length > 60 ? `${chars.slice(0, 60).join('')}…` : chars.join('');
}

/** The text page of a PDF's description a finding is on, from the report alone, or null. */
function pageIn(description, location) {
  if (location.page === undefined || description.source !== 'pdf') return null;
  return description.pages?.some((page) => page.page === location.page) ? location.page : null;
}

/**
 * Whether the report shows the place of `finding` in a description, a paragraph or a PDF's text page (so that
 * choosing the finding shows it).
 */
export function hasDescriptionPlace(report, finding) {
  const description = report?.documents.find((doc) => doc.file === finding.file)?.description;
  return (
    Boolean(description) &&
    (placeIn(description, finding.location) !== null || pageIn(description, finding.location) !== null)
  );
}

/**
 * Highlights the place of `finding`, marks its words (or, on a text page, its area), scrolls it into view and moves
 * the focus to it, with a way back to `button`. A paragraph is shown rather than its page. Returns whether the place
 * was found.
 */
export function showDescriptionFinding(report, finding, button) {
  clearDescriptionSelection();
  const description = report?.documents.find((doc) => doc.file === finding.file)?.description;
  const place = description ? placeIn(description, finding.location) : null;
  const entry = place === null ? null : rendered.places.get(placeKey(finding.file, place));
  if (!entry) {
    const page = description ? pageIn(description, finding.location) : null;
    return page !== null && showPageFinding(finding, button, { focus: true, scroll: true, office: true });
  }
  const { element } = entry;
  element.classList.add('is-selected');
  markWords(entry, finding);
  // A way back for keyboard users, whose focus moves to the paragraph.
  element.append(
    el(
      'button',
      { type: 'button', class: 'button subtle small back-to-finding', onclick: () => button.focus() },
      t('claims.back'),
    ),
  );
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  element.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
  element.focus({ preventScroll: true });
  return true;
}

/** The finding shown on a text page, or null. */
export function shownPageFinding() {
  return pageFinding?.finding ?? null;
}

/** Removes the highlight, the marks and the way back, in the text and on the pages. */
export function clearDescriptionSelection() {
  pageFinding = null;
  for (const section of rendered.sections.values()) {
    const part = section.querySelector('.spec-pages');
    if (part) clearCards(part);
  }
  for (const { element } of rendered.places.values()) {
    if (!element.classList.contains('is-selected')) continue;
    element.classList.remove('is-selected');
    for (const node of element.querySelectorAll('.spec-words, .spec-number')) node.replaceChildren(node.textContent); // drops the <mark>
    element.querySelector('.back-to-finding')?.remove();
  }
}

/**
 * Marks the words a finding is about: its span (Unicode scalar values of the paragraph's text), its paragraph
 * number, or its excerpt where the text holds it. An excerpt that is only the paragraph's opening words marks
 * nothing: the whole paragraph is highlighted already.
 */
function markWords(entry, finding) {
  const { span, excerpt } = finding.location;
  const words = entry.element.querySelector('.spec-words');
  const mark = (text) => el('mark', { class: `hit hit-${finding.severity}` }, text);
  if (span && words) {
    const chars = Array.from(entry.text);
    const start = Math.max(0, Math.min(span.start, chars.length));
    const end = Math.max(start, Math.min(span.end, chars.length));
    if (end > start)
      words.replaceChildren(
        chars.slice(0, start).join(''),
        mark(chars.slice(start, end).join('')),
        chars.slice(end).join(''),
      );
    return;
  }
  if (!excerpt) return;
  if (entry.number && excerpt === entry.number) {
    const number = entry.element.querySelector('.spec-number');
    number.replaceChildren(mark(entry.number));
    return;
  }
  const cut = excerpt.endsWith('…');
  const needle = cut ? excerpt.slice(0, -1) : excerpt;
  // Excerpts show white space as spaces (of the same length, so positions agree), and some are in lower case.
  const spaced = entry.text.replace(/\s/g, ' ');
  let at = needle ? spaced.indexOf(needle) : -1;
  if (at < 0 && needle && spaced.toLowerCase().length === spaced.length)
    at = spaced.toLowerCase().indexOf(needle.toLowerCase());
  if (at < 0 || !words || (at === 0 && (cut || needle.length === entry.text.length))) return;
  const { text } = entry;
  words.replaceChildren(text.slice(0, at), mark(text.slice(at, at + needle.length)), text.slice(at + needle.length));
}

// ---------------------------------------------------------------------------------------------------------------
// A PDF's text pages, as they look

/**
 * Draws the text pages of each PDF description of `docs` at the end of its section, in the usable area of the
 * office chosen (or the first of `offices` some page has one of), unless what they show is unchanged.
 */
function renderPages(docs, offices, looks) {
  const pdfs = docs.filter((doc) => doc.description.source === 'pdf' && doc.description.pages?.length);
  const withArea = new Set(pdfs.flatMap((doc) => (doc.description.pageAreas ?? []).map((area) => area.office)));
  const available = offices.filter((office) => withArea.has(office));
  const office = chosenOffice !== null && available.includes(chosenOffice) ? chosenOffice : (available[0] ?? null);
  const signature = JSON.stringify([
    currentLanguage().code,
    office,
    available,
    pdfs.map((doc) => [doc.file, doc.description.pages, doc.description.pageAreas ?? []]),
  ]);
  pages.docs = docs;
  pages.looks = looks;
  if (signature === pages.signature) return;
  pages = { signature, office, offices: available, cards: new Map(), docs, looks };
  for (const section of rendered.sections.values()) section.querySelector('.spec-pages')?.remove();
  pdfs.forEach((doc) => {
    const section = rendered.sections.get(doc.file);
    if (section) section.append(pagesPart(doc, [...rendered.sections.keys()].indexOf(doc.file), office, available));
  });
}

/** The "Pages" part of one PDF's description: the office chosen, the key, and a card per text page. */
function pagesPart(doc, docIndex, office, available) {
  const { description } = doc;
  const areas = description.pageAreas ?? [];
  const entries = description.pages.map((page) => {
    const area = areas.find((a) => a.page === page.page && a.office === office) ?? null;
    const entry = pageCard(doc.file, docIndex, page, area);
    pages.cards.set(placeKey(doc.file, page.page), entry);
    return entry;
  });
  // The pages as they look, beneath the marks, as they come: asked now that they are shown.
  pages.looks?.(doc.file)?.then(
    (found) => {
      for (const look of found ?? []) {
        const entry = entries.find((e) => e.page.page === look.number);
        if (entry?.card.isConnected) drawLook(entry, look);
      }
    },
    () => {},
  );
  const heading = `spec-${docIndex}-pages`;
  const select = `spec-${docIndex}-pages-office`;
  return el(
    'section',
    { class: 'spec-pages', 'aria-labelledby': heading, dataset: { file: doc.file } },
    el(
      'div',
      { class: 'drawings-head' },
      el(
        'h4',
        { id: heading, class: 'spec-pages-heading' },
        t('textPages.heading'),
        ' ',
        el('span', { class: 'muted' }, t('textPages.count', { n: description.pages.length })),
      ),
      available.length
        ? el(
            'div',
            { class: 'drawings-office' },
            el('label', { for: select }, t('textPages.office')),
            el(
              'select',
              { id: select, autocomplete: 'off', onchange: (event) => chooseOffice(event.currentTarget.value, select) },
              available.map((code) => el('option', { value: code, selected: code === office }, code)),
            ),
          )
        : null,
    ),
    el('p', { class: 'hint' }, t(available.length ? 'textPages.hint' : 'textPages.noOffice')),
    legend(office, { pages: true }),
    el(
      'ol',
      { class: 'sheets' },
      entries.map((entry) => entry.card),
    ),
  );
}

/** One text page's card: drawn to scale (as a drawing sheet), with its size, margins and printed number. */
function pageCard(file, docIndex, page, area) {
  const size = { width: page.widthCm * 10, height: page.heightCm * 10 };
  const drawing = sheetSvg({ number: page.page, size, content: page.body }, area, 'textPage');
  // Top, bottom, left, right in cm, as measured; in mm by side, as the drawing's margins are.
  const margins = page.marginsCm
    ? {
        top: page.marginsCm[0] * 10,
        bottom: page.marginsCm[1] * 10,
        left: page.marginsCm[2] * 10,
        right: page.marginsCm[3] * 10,
      }
    : null;
  const rows = [
    ['sheet.size', sizeText(size)],
    ['sheet.margins', margins ? marginList(margins, size, area, { cm: true }) : t('textPage.noBody')],
    ['textPage.number', page.number ?? t('textPage.noNumber')],
  ];
  const facts = el(
    'dl',
    { class: 'sheet-facts' },
    rows.map(([key, value]) => [el('dt', {}, t(key)), el('dd', {}, value)]),
  );
  const entry = figureCard(drawing, {
    id: `spec-${docIndex}-page-${page.page}`,
    dataset: { page: page.page, file },
    title: t('textPage.title', { n: page.page }),
    facts,
    className: 'page-card',
    // Under the "Pages" heading (an h4).
    headingLevel: 5,
  });
  return { ...entry, page, area };
}

/** The user chose another office's usable area: the pages are drawn again, the finding shown on one kept. */
function chooseOffice(office, selectId) {
  const shown = pageFinding;
  chooseOfficeQuietly(office);
  if (shown?.button.isConnected) showPageFinding(shown.finding, shown.button, { focus: false, scroll: false });
  document.getElementById(selectId)?.focus();
}

/**
 * Shows the card of the page a finding is on, the finding's area marked, with a way back to `button`. With `office`,
 * the pages are drawn first in the usable area of one of the finding's offices, when the one shown is not: another's
 * might not be crossed. Returns whether the page was found.
 */
export function showPageFinding(finding, button, { focus, scroll, office = false }) {
  if (office && pages.office !== null && !finding.offices.includes(pages.office)) {
    const other = finding.offices.find((code) => pages.offices.includes(code));
    if (other) chooseOfficeQuietly(other);
  }
  const entry = pages.cards.get(placeKey(finding.file, finding.location.page));
  if (!entry) return false;
  showFigureCard(entry, findingArea(finding, entry), button, { focus, scroll });
  pageFinding = { finding, button };
  return true;
}

/** Draws the pages again in `office`'s usable area, without moving the focus. */
function chooseOfficeQuietly(office) {
  chosenOffice = office;
  pages.signature = null;
  renderPages(pages.docs, pages.offices, pages.looks);
}

/**
 * What a finding on a page marks: for a margin finding, the body text beyond the usable area shown (or the body,
 * when it crosses none); for another, the whole page.
 */
function findingArea(finding, entry) {
  const { body } = entry.page;
  const { width, height } = entry.extent;
  if (!MARGIN_RULES.has(finding.rule) || !body) return { left: 0, top: 0, right: width, bottom: height };
  const crossed = entry.area?.intrusions ?? [];
  if (!entry.area || !crossed.length) return body;
  const usable = entry.area.usable;
  const parts = crossed.map((side) => beyond(side, body, usable));
  return {
    left: Math.min(...parts.map((r) => r.left)),
    top: Math.min(...parts.map((r) => r.top)),
    right: Math.max(...parts.map((r) => r.right)),
    bottom: Math.max(...parts.map((r) => r.bottom)),
  };
}
