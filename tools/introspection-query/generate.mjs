// Writes the introspection queries that graphql-js getIntrospectionQuery() produces — what GraphiQL,
// graphql-codegen, Apollo tooling, Postman and IDE plugins send — as the fixtures of the introspection tests:
// one with the default options, one with every option a modern client turns on.
// Usage: npm ci && node generate.mjs   (writes into tests/TaijiangGraph.Server.Tests/Introspection/Fixtures)
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getIntrospectionQuery, version } from 'graphql';

const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, '..', '..', 'tests', 'TaijiangGraph.Server.Tests', 'Introspection', 'Fixtures');
mkdirSync(target, { recursive: true });

const full = {
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
};

writeFileSync(join(target, 'introspection-default.graphql'), getIntrospectionQuery() + '\n');
writeFileSync(join(target, 'introspection-full.graphql'), getIntrospectionQuery(full) + '\n');
console.log(`graphql ${version}: wrote introspection-default.graphql and introspection-full.graphql to ${target}`);
