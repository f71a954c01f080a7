// Warnings and info the user has accepted, with the reason given, kept in this browser's localStorage. A finding
// is known by its rule, file, claim and excerpt (and field, in an assignment record), so the acceptance survives
// re-checks and reloads while the claim says the same. Errors cannot be accepted.

const STORAGE_KEY = 'patlint.accepted';

export function acceptanceKey(finding) {
  const { claim = null, excerpt = null, field } = finding.location ?? {};
  // An assignment's findings have no claim and often no excerpt: their field tells them apart.
  return JSON.stringify([finding.rule, finding.file, claim, excerpt, ...(field ? [field] : [])]);
}

export function canAccept(finding) {
  return finding.severity !== 'error';
}

function load() {
  try {
    const value = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
    return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
  } catch {
    return {};
  }
}

/** Read on first use: the first access to localStorage can take milliseconds the first report should not wait for. */
let entries = null;
const store = () => (entries ??= load());

function save() {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(entries));
  } catch {
    // Storage may be off; acceptances then last for this visit.
  }
}

/** The acceptance of `finding` ({ reason, at }), or null. Errors are never accepted. */
export function acceptanceOf(finding) {
  if (!canAccept(finding)) return null;
  const entry = store()[acceptanceKey(finding)];
  return entry && typeof entry.reason === 'string' ? entry : null;
}

export function accept(finding, reason) {
  if (!canAccept(finding)) throw new Error('errors cannot be accepted');
  store()[acceptanceKey(finding)] = { reason, at: new Date().toISOString() };
  save();
}

export function unaccept(finding) {
  delete store()[acceptanceKey(finding)];
  save();
}

/** Re-reads the store, e.g. after another tab changed it. */
export function reload() {
  entries = load();
}

export { STORAGE_KEY };
