/**
 * Whether the browser tests run, and with which Chromium. They drive the system's own Chromium (Debian's `chromium`
 * package), never a downloaded one: SUMMIT_FACTS_CHROMIUM names it (default /usr/bin/chromium). Without one they are
 * skipped with one message saying how to run them, unless SUMMIT_FACTS_BROWSER_TESTS=required (CI sets it: `.ci/run`
 * installs Chromium), where a missing Chromium is an error.
 */
import fs from 'node:fs';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export type BrowserTests = { run: true; chromium: string } | { run: false; message: string };

export function browserTests(env: NodeJS.ProcessEnv, exists: (file: string) => boolean = fs.existsSync): BrowserTests {
  const chromium = env.SUMMIT_FACTS_CHROMIUM || DEFAULT_CHROMIUM;
  if (exists(chromium)) return { run: true, chromium };
  const how = `install Debian's chromium package (apt-get install chromium) or set SUMMIT_FACTS_CHROMIUM to a Chromium binary`;
  if (env.SUMMIT_FACTS_BROWSER_TESTS === 'required') {
    throw new Error(`no Chromium at ${chromium}, and SUMMIT_FACTS_BROWSER_TESTS=required: ${how}`);
  }
  return { run: false, message: `browser tests skipped: no Chromium at ${chromium}; to run them, ${how}` };
}
