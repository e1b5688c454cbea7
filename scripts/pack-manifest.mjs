#!/usr/bin/env node
// The package.json that ships. In a clone, `prepare` builds on `npm install`, so that `npm install && npx summit-facts`
// works; a packed tarball already carries the build, and a script that runs at install would only make npm warn (or a
// cautious user refuse it). `npm pack` and `npm publish` therefore pack a manifest without the install-time scripts:
//
//   node scripts/pack-manifest.mjs strip     (prepack) keep package.json aside, write it without install scripts
//   node scripts/pack-manifest.mjs restore   (postpack) put the kept package.json back, byte for byte
//
// npm reads package.json again after prepack, so the tarball holds the stripped one. A strip that finds a kept copy
// already there (a pack that stopped before postpack) restores it first, so the clone's manifest is never lost.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Scripts npm runs when a package is installed (prepare only for git and folder installs, but it is flagged alike). */
export const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall', 'preprepare', 'prepare', 'postprepare'];

export const KEPT = '.package.json.unpacked';

/** The manifest text without the install-time scripts, in the same layout (two spaces, final newline). */
export function strippedManifest(text) {
  const manifest = JSON.parse(text);
  const scripts = { ...manifest.scripts };
  for (const name of INSTALL_SCRIPTS) delete scripts[name];
  return `${JSON.stringify({ ...manifest, scripts }, null, 2)}\n`;
}

export function strip(dir) {
  const file = path.join(dir, 'package.json');
  const kept = path.join(dir, KEPT);
  if (fs.existsSync(kept)) restore(dir);
  const text = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(kept, text);
  fs.writeFileSync(file, strippedManifest(text));
}

export function restore(dir) {
  const kept = path.join(dir, KEPT);
  if (!fs.existsSync(kept)) return false;
  fs.renameSync(kept, path.join(dir, 'package.json'));
  return true;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [command] = process.argv.slice(2);
  try {
    if (command === 'strip') strip(process.cwd());
    else if (command === 'restore') restore(process.cwd());
    else {
      console.error('usage: node scripts/pack-manifest.mjs strip|restore');
      process.exitCode = 2;
    }
  } catch (error) {
    console.error(`pack-manifest: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
