// Specifications as the checker read them: the title, headings and paragraphs (with their numbers as written) of
// each description file, in order, from the report's `description.blocks`. A finding in a description shows its
// place here: the paragraph, title or heading is highlighted and the words it is about marked when the finding
// says which (`span`, or an `excerpt` found in the text).
//
// The view keeps its nodes while the text is unchanged: the report is made anew at every keystroke in the claims
// editor, and a long specification has thousands of paragraphs.

import { documentHeading, el } from './dom.js';
import { currentLanguage, formatNumber, t } from './i18n.js';

/** Past this many paragraphs, the browser lays out only those on screen (style.css, `.is-long`). */
const LONG_TEXT = 400;
/** The parts whose start the view labels when the document gives them no heading of their own. */
const LABELLED_PARTS = new Set(['abstract', 'claims', 'drawings']);

/** @typedef {{ element: HTMLElement, text: string, number?: string | null }} Place A place a finding can point to. */
/**
 * What is on screen: the text it was made from, and each place a finding can point to, by `placeKey`.
 * @type {{ signature: string | null, descriptions: unknown[], places: Map<string, Place> }}
 */
let rendered = { signature: null, descriptions: [], places: new Map() };

function placeKey(file, place) {
  return JSON.stringify([file, place]);
}

/**
 * Renders the descriptions of `documents` into `view`, and shows `panel` only when there is one. Returns nothing;
 * `showDescriptionFinding` finds the places later.
 */
export function renderDescriptions(documents, { panel, view, fileLabel }) {
  const docs = documents.filter((doc) => doc.description);
  panel.hidden = docs.length === 0;
  const descriptions = docs.map((doc) => doc.description);
  const signature = `${currentLanguage().code}\n${docs.map((doc) => `${doc.file}\n${doc.format}`).join('\n')}`;
  if (signature === rendered.signature && sameTexts(descriptions, rendered.descriptions)) {
    // The findings were rendered anew: the old selection's way back leads nowhere.
    clearDescriptionSelection();
    return;
  }
  const places = new Map();
  view.replaceChildren(...docs.map((doc, docIndex) => documentSection(doc, docIndex, fileLabel, places)));
  rendered = { signature, descriptions, places };
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

/** Whether the report shows the place of `finding` in a description (so that choosing the finding shows it). */
export function hasDescriptionPlace(report, finding) {
  const description = report?.documents.find((doc) => doc.file === finding.file)?.description;
  return Boolean(description) && placeIn(description, finding.location) !== null;
}

/**
 * Highlights the place of `finding`, marks its words, scrolls it into view and moves the focus to it, with a way
 * back to `button`. Returns whether the place was found.
 */
export function showDescriptionFinding(report, finding, button) {
  clearDescriptionSelection();
  const description = report?.documents.find((doc) => doc.file === finding.file)?.description;
  const place = description ? placeIn(description, finding.location) : null;
  const entry = place === null ? null : rendered.places.get(placeKey(finding.file, place));
  if (!entry) return false;
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

/** Removes the highlight, the marks and the way back. */
export function clearDescriptionSelection() {
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
