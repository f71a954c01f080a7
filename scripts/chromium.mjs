// Debian's Chromium, headless, as every browser test and benchmark here launches it: as root it needs
// --no-sandbox, and without the background-networking flags it floods the closed network with connections.

import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Launches Chromium (never a downloaded browser); fails clearly when it is not installed. */
export async function launchChromium() {
  if (!existsSync(CHROMIUM))
    throw new Error(`no Chromium at ${CHROMIUM} (set CHROMIUM_PATH, or apt-get install chromium)`);
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/**
 * When the page set the performance mark `name` (ms from navigation start), asked first `quiet` ms after the call,
 * then every 50 ms: Playwright's waitForFunction would inject its helper script into the page and run it every few
 * milliseconds, on the thread and in the time being measured (its first run alone took 8 to 33 ms of the page's
 * thread in Chromium's traces).
 */
export async function markTime(page, name, { quiet = 1000, timeout = 60_000 } = {}) {
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const deadline = Date.now() + timeout;
  await sleep(quiet);
  for (;;) {
    const at = await page.evaluate((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? null, name);
    if (at !== null) return at;
    if (Date.now() > deadline) throw new Error(`no performance mark ${name} after ${timeout} ms`);
    await sleep(50);
  }
}
