// Loading the page's modules on demand.

/** How many times each module failed to load, by path. */
const failures = new Map();

/**
 * Imports a module of the page (a path relative to www/). A module that failed to load stays failed under its URL
 * in the browser's module map, so after a failure the next call asks under another one.
 * @param {string} path
 */
export function importModule(path) {
  const failed = failures.get(path) ?? 0;
  return import(failed ? `${path}?retry=${failed}` : path).catch((error) => {
    failures.set(path, failed + 1);
    throw error;
  });
}
