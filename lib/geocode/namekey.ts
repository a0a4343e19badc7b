/**
 * The normalised key of a name as written (normalizeName), memoised: the geoparser asks for the keys of
 * the same span texts and entry names again and again (classify, names, resolve, scoring, abstain).
 * In: a string. Out: normalizeName(string). The memo holds only string → key pairs of a pure function,
 * so sharing it across articles cannot change any result; it is cleared when it grows past LIMIT.
 */
import { normalizeName } from '../gazetteer';

const LIMIT = 100_000;
const memo = new Map<string, string>();

export function nameKey(s: string): string {
  let k = memo.get(s);
  if (k === undefined) {
    if (memo.size >= LIMIT) memo.clear();
    k = normalizeName(s);
    memo.set(s, k);
  }
  return k;
}
