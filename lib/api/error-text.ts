/**
 * An API error as sentences a person can act on, each beside the form field it names: the JSON body
 * every route returns on bad input (`{error, issues: [{path, message}]}`, lib/schemas/errors.ts) →
 * "Published date: must be an ISO date YYYY-MM-DD." for the field `published`, and the errors that
 * name no field (401/403/503, a network failure) as one sentence about what to do. Client-safe: no zod.
 * In: the HTTP status, the parsed body (or raw text), the form's labels by field name.
 * Out: { fields: sentence by field name, general: sentences naming no field }.
 */

export interface ErrorText {
  /** one sentence per field at fault (its first issue), keyed by the field's name in the request */
  fields: Record<string, string>;
  /** sentences about the request as a whole */
  general: string[];
}

interface Issue { path: string; message: string }

const sentence = (s: string): string => {
  const t = s.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
};

const KINDS: Record<string, string> = { string: 'text', number: 'a number', boolean: 'true or false', array: 'a list', object: 'an object' };

/** A zod message said of a field, as a predicate: "must not be empty", "must be an ISO date YYYY-MM-DD". */
export function predicate(field: string, message: string): string {
  let m = message.trim();
  if (m.toLowerCase().startsWith(`${field.toLowerCase()} `)) m = m.slice(field.length + 1);
  let x: RegExpExecArray | null;
  if ((x = /^invalid input: expected (\w+), received (\w+)/i.exec(m))) return x[2] === 'undefined' ? 'is required' : `must be ${KINDS[x[1]!] ?? x[1]}`;
  if ((x = /^too small: expected string to have >=?1 characters?/i.exec(m))) return 'must not be empty';
  if ((x = /^too small: expected \w+ to have >=?(\d+) (\w+)/i.exec(m))) return `must have at least ${x[1]} ${x[2]}`;
  if ((x = /^too big: expected \w+ to have <=?(\d+) (\w+)/i.exec(m))) return `must be at most ${x[1]} ${x[2]}`;
  if ((x = /^expected (.+)$/i.exec(m))) return `must be ${x[1]}`;
  if (/^invalid url/i.test(m)) return 'must be a web address starting with http:// or https://';
  if (/^(not|too|longer|shorter) /i.test(m)) return `is ${m}`;
  return m.charAt(0).toLowerCase() + m.slice(1);
}

/** What to do about an error that names no field, by status. */
function general(status: number, error: string | undefined): string {
  if (status === 0) return sentence(`Could not reach the server${error ? ` (${error})` : ''}; check the connection and try again`);
  if (status === 401) return 'Enter the admin token (ATLAS_ADMIN_TOKEN) to save.';
  if (status === 403) return 'The admin token is not valid: check it and enter it again.';
  if (status === 503) return 'Saving is turned off on this server (no ATLAS_ADMIN_TOKEN is set).';
  if (status === 413) return 'The article is too long to send: shorten the text.';
  if (status >= 500) return 'The server could not complete the request; try again later.';
  return sentence(error ? error.charAt(0).toUpperCase() + error.slice(1) : `The request failed (HTTP ${status})`);
}

function issuesOf(body: unknown): { error?: string; issues: Issue[] } {
  if (!body || typeof body !== 'object') return { error: typeof body === 'string' && body.trim() ? body.trim().slice(0, 300) : undefined, issues: [] };
  const b = body as { error?: unknown; issues?: unknown };
  const issues = Array.isArray(b.issues)
    ? b.issues.filter((i): i is Issue => !!i && typeof (i as Issue).path === 'string' && typeof (i as Issue).message === 'string')
    : [];
  return { error: typeof b.error === 'string' ? b.error : undefined, issues };
}

/**
 * Sentences for an API error. An issue whose path starts with a field in `labels` goes beside that
 * field ("<Label>: <predicate>."); the rest, and a status that is about the request as a whole, are general.
 */
export function errorText(status: number, body: unknown, labels: Readonly<Record<string, string>>): ErrorText {
  const { error, issues } = issuesOf(body);
  const fields: Record<string, string> = {};
  const rest: string[] = [];
  for (const i of issues) {
    const field = i.path.split('.')[0]!;
    const label = labels[field];
    if (label && !fields[field]) fields[field] = sentence(`${label}: ${predicate(field, i.message)}`);
    else if (!label) rest.push(sentence(`${i.path}: ${predicate(i.path, i.message)}`));
  }
  const general_ = Object.keys(fields).length === 0 ? [general(status, error), ...rest] : rest;
  return { fields, general: [...new Set(general_)] };
}
