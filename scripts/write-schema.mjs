// Build step after tsc: write the fact sheet's JSON Schema into dist/, so that it ships in the package and can be
// loaded as `summit-facts/schema.json` (see "exports" in package.json). The text is the one `summit-facts schema`
// prints; test/package/pack.test.ts checks that the two stay equal.
import fs from 'node:fs';
import { factSheetJsonSchema } from '../dist/index.js';

fs.writeFileSync(new URL('../dist/fact-sheet.schema.json', import.meta.url), JSON.stringify(factSheetJsonSchema(), null, 2) + '\n');
