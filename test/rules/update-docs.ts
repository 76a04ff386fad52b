/**
 * Rewrite the ```json verdict blocks of docs/rules.md with what `desk decide` prints for the
 * request above each. Run after changing a rule: `npx tsx test/rules/update-docs.ts`; the test
 * cli-docs.test.ts fails while the document and the engine disagree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { DOC_PATH, docExamples } from './doc-examples';

const text = readFileSync(DOC_PATH, 'utf8');
let result = '';
let last = 0;
for (const ex of docExamples(text)) {
  result += text.slice(last, ex.expectedRange[0]) + ex.actual + '\n';
  last = ex.expectedRange[1];
}
result += text.slice(last);
writeFileSync(DOC_PATH, result);
console.log(`updated ${docExamples(result).length} examples in ${DOC_PATH}`);
