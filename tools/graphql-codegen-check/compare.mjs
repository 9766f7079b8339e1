// Compares two SDL files after normalising both with graphql-js: buildSchema, lexicographicSortSchema and
// printSchema, so order and formatting do not matter but every type, field, argument, enum value, directive
// definition, default value and description does. Applied directives on fields (@sharing, @masked) are not part of
// what printSchema prints — introspection never carries them.
// Usage: node compare.mjs <expected.graphql> <actual.graphql>; exits 1 on any difference, printing it.
import { readFileSync } from 'node:fs';
import { buildSchema, lexicographicSortSchema, printSchema, findBreakingChanges, findDangerousChanges } from 'graphql';

const [expectedPath, actualPath] = process.argv.slice(2);
if (!expectedPath || !actualPath) {
  console.error('usage: node compare.mjs <expected.graphql> <actual.graphql>');
  process.exit(2);
}

const load = (path) => {
  try {
    return buildSchema(readFileSync(path, 'utf8'));
  } catch (error) {
    console.error(`codegen check: ${path} is not a valid schema: ${error.message}`);
    process.exit(1);
  }
};
const expectedSchema = load(expectedPath);
const actualSchema = load(actualPath);
const normalise = (schema) => printSchema(lexicographicSortSchema(schema));
const expected = normalise(expectedSchema);
const actual = normalise(actualSchema);

if (expected === actual) {
  console.log(`codegen check: the schema graphql-codegen read from the server equals ${expectedPath} (${expected.split('\n').length} normalised lines)`);
  process.exit(0);
}

console.error(`codegen check: the schema graphql-codegen read from the server differs from ${expectedPath}`);
for (const change of [...findBreakingChanges(expectedSchema, actualSchema), ...findDangerousChanges(expectedSchema, actualSchema)]) {
  console.error(`  ${change.type}: ${change.description}`);
}
const expectedLines = expected.split('\n');
const actualLines = actual.split('\n');
const expectedSet = new Set(expectedLines);
const actualSet = new Set(actualLines);
const missing = expectedLines.filter((line) => !actualSet.has(line));
const extra = actualLines.filter((line) => !expectedSet.has(line));
for (const line of missing.slice(0, 40)) console.error(`  - ${line}   (only in ${expectedPath})`);
for (const line of extra.slice(0, 40)) console.error(`  + ${line}   (only in the server's introspection)`);
if (missing.length === 0 && extra.length === 0) console.error('  (same lines, different order or nesting)');
process.exit(1);
