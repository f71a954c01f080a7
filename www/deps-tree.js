// The claims' dependency tree: independent claims at the roots, each dependent claim under every claim it refers
// to (so a multiple dependent claim appears once under each, marked). A claim's own dependents are listed under
// its first appearance only, so the tree stays about as long as the claim set. It is an ARIA tree: one item in the
// tab order, arrow keys to move, Right and Left to open and close, Home and End, Enter or Space to show the claim.

import { el } from './dom.js';
import { formatList, t } from './i18n.js';

/**
 * For a claim set, a function from a number written in claim `from` (an index) to the index of the claim it
 * means: the last claim carrying that number written before `from` (references point back), or else the first;
 * null when no claim carries it. (The renumbering fix reads references the same way: src/rules/claims/renumber.rs.)
 */
function numberResolver(claims) {
  const byNumber = new Map();
  claims.forEach((claim, i) => {
    if (!byNumber.has(claim.number)) byNumber.set(claim.number, []);
    byNumber.get(claim.number).push(i);
  });
  return (n, from) => {
    const candidates = byNumber.get(n);
    if (!candidates) return null;
    const before = candidates.filter((i) => i < from);
    return before.length ? before[before.length - 1] : candidates[0];
  };
}

/** Parents and children of each claim (by index), the roots, and the claims only a cycle leads to. */
export function dependencyForest(claims) {
  const claimAt = numberResolver(claims);
  const parents = claims.map((claim, i) => [
    ...new Set(claim.depends_on.map((n) => claimAt(n, i)).filter((j) => j !== null && j !== i)),
  ]);
  const missing = claims.map((claim, i) => claim.depends_on.filter((n) => claimAt(n, i) === null));
  const children = claims.map(() => []);
  for (const [i, list] of parents.entries()) for (const p of list) children[p].push(i);
  const roots = claims.map((_, i) => i).filter((i) => parents[i].length === 0);
  // Claims in a cycle with no way up to a root: each cycle's first claim becomes a root, marked.
  const reached = new Set();
  const reach = (start) => {
    const stack = [start];
    while (stack.length) {
      const i = stack.pop();
      if (reached.has(i)) continue;
      reached.add(i);
      stack.push(...children[i]);
    }
  };
  roots.forEach(reach);
  const cyclic = new Set();
  claims.forEach((_, i) => {
    if (reached.has(i)) return;
    roots.push(i);
    cyclic.add(i);
    reach(i);
  });
  roots.sort((a, b) => a - b);
  return { parents, children, roots, missing, cyclic };
}

/**
 * A tree of one claim set. `label` names it; `onSelect(claim)` shows a claim elsewhere (focus stays in the tree).
 * The items are one flat list with `aria-level`, so each item's name is its own row, not its whole branch.
 */
export function dependencyTree(claims, { label, onSelect }) {
  const forest = dependencyForest(claims);
  const listed = new Set();
  const items = [];

  const walk = (i, path, level, parent, position, size) => {
    const claim = claims[i];
    const children = forest.children[i].filter((j) => !path.has(j));
    const repeated = listed.has(i) && children.length > 0;
    listed.add(i);
    const open = children.length > 0 && !repeated;
    const node = el(
      'li',
      {
        role: 'treeitem',
        class: `dep${claim.multiple ? ' is-multiple' : ''}`,
        tabindex: '-1',
        'aria-level': level,
        'aria-setsize': size,
        'aria-posinset': position,
        'aria-expanded': open ? 'true' : null,
        dataset: { claim: claim.number, index: i, level, parent: parent ?? '' },
      },
      el('span', { class: 'dep-toggle', 'aria-hidden': 'true' }),
      el(
        'span',
        { class: 'dep-label' },
        el('span', { class: 'dep-claim' }, t('deps.claim', { n: claim.number })),
        ' ',
        detail(claim, forest, i),
        repeated ? [' ', el('span', { class: 'muted' }, t('deps.listedAbove'))] : null,
      ),
    );
    // Indentation only: CSSOM properties are allowed under the style-src policy, style attributes are not.
    node.style.setProperty('--level', level);
    items.push(node);
    if (open) {
      const inner = new Set([...path, i]);
      for (const [k, j] of children.entries()) walk(j, inner, level + 1, claim.number, k + 1, children.length);
    }
  };
  for (const [k, i] of forest.roots.entries()) walk(i, new Set(), 1, null, k + 1, forest.roots.length);

  const tree = el('ul', { role: 'tree', class: 'deps', 'aria-label': label }, items);
  if (items.length) items[0].tabIndex = 0;
  bindKeys(tree, (node) => onSelect(claims[Number(node.dataset.index)]));
  return tree;
}

function detail(claim, forest, i) {
  const parts = [];
  if (claim.independent) {
    parts.push(
      el('span', { class: 'muted' }, [
        t('deps.independent'),
        claim.category ? ` · ${t(`category.${claim.category}`)}` : null,
      ]),
    );
  } else if (claim.multiple) {
    parts.push(
      el('span', { class: 'tag tag-multiple' }, t('deps.multiple')),
      ' ',
      el(
        'span',
        { class: 'muted' },
        t('deps.refersTo', { list: formatList(claim.depends_on, 'or'), count: claim.depends_on.length }),
      ),
    );
  }
  if (forest.missing[i].length) {
    parts.push(
      ' ',
      el(
        'span',
        { class: 'tag tag-problem' },
        t('deps.missing', { list: formatList(forest.missing[i]), count: forest.missing[i].length }),
      ),
    );
  }
  if (forest.cyclic.has(i)) parts.push(' ', el('span', { class: 'tag tag-problem' }, t('deps.cycle')));
  return parts;
}

/** Hides the items below a closed item. */
function refresh(tree) {
  let closedAt = Infinity;
  for (const node of tree.querySelectorAll('[role="treeitem"]')) {
    const level = Number(node.dataset.level);
    if (level <= closedAt) closedAt = Infinity;
    node.hidden = level > closedAt;
    if (!node.hidden && node.getAttribute('aria-expanded') === 'false') closedAt = level;
  }
}

function bindKeys(tree, select) {
  const all = () => [...tree.querySelectorAll('[role="treeitem"]')];
  const visible = () => all().filter((node) => !node.hidden);
  const focus = (node) => {
    if (!node) return;
    for (const other of tree.querySelectorAll('[role="treeitem"][tabindex="0"]')) other.tabIndex = -1;
    node.tabIndex = 0;
    node.focus();
  };
  const setOpen = (node, open) => {
    if (!node.hasAttribute('aria-expanded')) return;
    node.setAttribute('aria-expanded', String(open));
    refresh(tree);
  };
  const firstChild = (node) => {
    const next = node.nextElementSibling;
    return next && Number(next.dataset.level) > Number(node.dataset.level) ? next : null;
  };
  const parent = (node) => {
    const level = Number(node.dataset.level);
    for (let other = node.previousElementSibling; other; other = other.previousElementSibling) {
      if (Number(other.dataset.level) < level) return other;
    }
    return null;
  };

  tree.addEventListener('keydown', (event) => {
    const node = event.target.closest('[role="treeitem"]');
    if (!node || event.altKey || event.ctrlKey || event.metaKey) return;
    const shown = visible();
    const at = shown.indexOf(node);
    const expanded = node.getAttribute('aria-expanded');
    let handled = true;
    switch (event.key) {
      case 'ArrowDown':
        focus(shown[at + 1]);
        break;
      case 'ArrowUp':
        focus(shown[at - 1]);
        break;
      case 'Home':
        focus(shown[0]);
        break;
      case 'End':
        focus(shown[shown.length - 1]);
        break;
      case 'ArrowRight':
        if (expanded === 'false') setOpen(node, true);
        else if (expanded === 'true') focus(firstChild(node));
        break;
      case 'ArrowLeft':
        if (expanded === 'true') setOpen(node, false);
        else focus(parent(node));
        break;
      case 'Enter':
      case ' ':
        select(node);
        break;
      default:
        handled = false;
    }
    if (handled) event.preventDefault();
  });

  tree.addEventListener('click', (event) => {
    const node = event.target.closest('[role="treeitem"]');
    if (!node) return;
    focus(node);
    if (event.target.closest('.dep-toggle')) setOpen(node, node.getAttribute('aria-expanded') === 'false');
    else select(node);
  });
}
