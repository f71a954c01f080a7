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
