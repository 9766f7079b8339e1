// Runs the GraphQL-over-HTTP server audits of the npm package graphql-http against a live server.
//   GRAPHQL_URL    the endpoint, e.g. http://127.0.0.1:5000/graphql (required)
//   GRAPHQL_TOKEN  a bearer token added to every request (required: the endpoint refuses anonymous callers)
//   AUDIT_TIMEOUT_MS  per-request timeout (default 15000)
// Prints one line per audit "status  LEVEL  name — reason", then a summary; exits 1 if any MUST audit fails.
import { serverAudits } from 'graphql-http';

const url = process.env.GRAPHQL_URL;
const token = process.env.GRAPHQL_TOKEN;
const timeoutMs = Number(process.env.AUDIT_TIMEOUT_MS ?? 15000);
if (!url || !token) {
  console.error('GRAPHQL_URL and GRAPHQL_TOKEN must be set');
  process.exit(2);
}

/** fetch with the bearer token on every request and a bounded time. */
function fetchFn(input, init = {}) {
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${token}`);
  return fetch(input, { ...init, headers, signal: AbortSignal.timeout(timeoutMs) });
}

const levelOf = (name) => name.split(' ', 1)[0]; // MUST, SHOULD or MAY ("MAY NOT …" is a MAY)

async function describe(result) {
  if (!result.response) return result.reason ?? '';
  let body = '';
  try {
    body = (await result.response.text()).replace(/\s+/g, ' ').slice(0, 200);
  } catch {
    // the audit already consumed the body
  }
  return `${result.reason} (HTTP ${result.response.status}${body ? `: ${body}` : ''})`;
}

const counts = {};
const mustFailures = [];
for (const audit of serverAudits({ url, fetchFn })) {
  const level = levelOf(audit.name);
  let result;
  try {
    result = await audit.fn();
  } catch (err) {
    // graphql-http treats anything but an assertion failure as fatal; count it as a failure of its level
    result = { status: level === 'MUST' ? 'error' : level === 'SHOULD' ? 'warn' : 'notice', reason: `threw: ${err?.message ?? err}` };
  }
  const reason = result.status === 'ok' ? '' : ` — ${await describe(result)}`;
  console.log(`${result.status.padEnd(6)} ${level.padEnd(6)} ${audit.name}${reason}`);
  counts[level] ??= {};
  counts[level][result.status] = (counts[level][result.status] ?? 0) + 1;
  if (level === 'MUST' && result.status !== 'ok') mustFailures.push(audit.id);
}

const summary = ['MUST', 'SHOULD', 'MAY']
  .map((level) => `${level}: ${Object.entries(counts[level] ?? {}).map(([s, n]) => `${n} ${s}`).join(', ') || 'none'}`)
  .join('; ');
console.log(`graphql-http audit: ${summary}`);
if (mustFailures.length > 0) {
  console.log(`graphql-http audit FAILED: ${mustFailures.length} MUST audit(s) failed (${mustFailures.join(', ')})`);
  process.exit(1);
}
console.log('graphql-http audit passed: every MUST audit is ok');
