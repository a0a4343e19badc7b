/**
 * Reading a permalink: the URL is the state, and the one ViewState schema (lib/schemas/view.ts) parses
 * it on the server; the client writes it back with view-url.ts (zod-free), and parse(serialize(v)) equals v.
 * In: URL search params (URLSearchParams or Next's searchParams record). Out: a validated ViewState,
 * plus the parameters that were dropped as invalid, with why.
 */
import { ViewState, paramsToObject, type ParsedViewState, type SearchParamsRecord } from '../schemas';

export { serializeViewState, viewHref, storeQuery, hasFilters, withFilters, stripEmpty, readViewKeys } from './view-url';

function toParams(input: URLSearchParams | SearchParamsRecord): URLSearchParams {
  if (input instanceof URLSearchParams) return input;
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(input)) {
    if (typeof v === 'string') p.set(k, v);
    else if (Array.isArray(v) && v[0] !== undefined) p.set(k, v[0]);
  }
  return p;
}

/**
 * Parse a URL into a ViewState. A permalink with one bad parameter still opens: invalid keys are
 * dropped (and reported) instead of failing the whole page.
 */
export function parseViewState(input: URLSearchParams | SearchParamsRecord): ParsedViewState {
  const obj: Record<string, string> = paramsToObject(toParams(input));
  const dropped: ParsedViewState['dropped'] = [];
  for (let attempt = 0; attempt < 20; attempt++) {
    const r = ViewState.safeParse(obj);
    if (r.success) return { view: r.data, dropped };
    const issue = r.error.issues[0];
    const key = issue?.code === 'unrecognized_keys' ? issue.keys[0] : issue?.path[0];
    if (typeof key !== 'string' || !(key in obj)) break;
    dropped.push({ key, message: issue?.message ?? 'invalid' });
    delete obj[key];
  }
  return { view: {}, dropped: [...dropped, { key: '*', message: 'URL could not be parsed' }] };
}
