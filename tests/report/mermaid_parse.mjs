// Parses every Mermaid diagram in a folder with Mermaid's own parser (run headless on jsdom),
// for tests/report/markdown_test.sh.
//   node mermaid_parse.mjs MODULES_DIR DIAGRAMS_DIR
// MODULES_DIR holds node_modules/mermaid and node_modules/jsdom (`npm install mermaid jsdom`).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [modules, diagrams] = process.argv.slice(2);
const require = createRequire(join(modules, 'package.json'));
const { JSDOM } = require('jsdom');
const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const entry = join(modules, 'node_modules', 'mermaid', 'dist', 'mermaid.core.mjs');
const { default: mermaid } = await import(pathToFileURL(entry).href);
mermaid.initialize({ startOnLoad: false });
let parsed = 0;
for (const name of readdirSync(diagrams).sort()) {
  const text = readFileSync(join(diagrams, name), 'utf8');
  try {
    const result = await mermaid.parse(text);
    if (result.diagramType !== 'sequence') throw new Error(`diagram type ${result.diagramType}`);
    parsed++;
  } catch (error) {
    console.log(`FAIL ${name}: ${String(error.message).split('\n').slice(0, 3).join(' ')}`);
    console.log(text);
    process.exit(1);
  }
}
console.log(`PASS mermaid: ${parsed} diagrams parsed by Mermaid ${mermaid.version ?? ''}`.trim());
