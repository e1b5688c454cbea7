#!/usr/bin/env node
import { loadBundle } from '../dist/boot.js';

const { main } = loadBundle(new URL('../dist/bundle/cli.cjs', import.meta.url)).exports;
await main();
