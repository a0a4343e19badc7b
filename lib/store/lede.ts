/**
 * An article's summary line: its first sentence, ended by the same rule as the reader's sentence
 * splitter (lib/extract/sentences.ts) — a . ! ? (closing quotes and brackets included) followed by
 * a space and a capital, a digit or an opening quote; never at a dotted initialism ("U.S.", "a.m.",
 * by shape) nor at an abbreviation listed in data/extract/sentences.json ("Gen.", "Feb."). The store is
 * a sink and may not import lib/extract, so it reads the same data file; a test cross-checks the two
 * on the bundled corpus. "The U.S. and Russia agreed…" is never cut to "The U.S.".
 * In: an article body. Out: its first sentence, whitespace collapsed, at most 300 characters (… added).
 */
import { z } from 'zod';
import sentencesJson from '../../data/extract/sentences.json';

/** the part of data/extract/sentences.json the summary reads */
const SentenceWords = z.object({ abbreviations: z.array(z.string().min(1)) });

let abbreviations: Set<string> | null = null;
function known(): Set<string> {
  if (!abbreviations) {
    const r = SentenceWords.safeParse(sentencesJson);
    if (!r.success) throw new Error(`data/extract/sentences.json is invalid (${r.error.issues[0]?.path.join('.')}: ${r.error.issues[0]?.message})`);
    abbreviations = new Set(r.data.abbreviations.map((a) => a.toLowerCase()));
  }
  return abbreviations;
}

const INITIALISM = /^(?:\p{L}\.)+$/u;
const BOUNDARY = /[.!?…]+["”’')\]]*(?=\s)/gu;
const NEXT_START = /^\s+["“‘'(\[]?[\p{Lu}\p{N}]/u;
export const LEDE_MAX = 300;

/** Whether the single period at `dot` ends an abbreviation rather than a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && !/\s/.test(text[s - 1] ?? ' ')) s--;
  const token = text.slice(s, dot + 1).replace(/^["“‘'(\[]+/, '');
  if (INITIALISM.test(token)) return true;
  return known().has(token.replace(/\.$/, '').toLowerCase());
}

/** End (exclusive) of the first sentence of one line of text. */
export function firstSentenceEnd(line: string): number {
  const re = new RegExp(BOUNDARY.source, BOUNDARY.flags);
  let m: RegExpExecArray | null;
  while ((m = re.exec(line)) !== null) {
    const end = m.index + m[0].length;
    if (!NEXT_START.test(line.slice(end, end + 4))) continue;
    if (m[0] === '.' && isAbbreviation(line, m.index)) continue;
    return end;
  }
  return line.length;
}

/** First sentence of a body (a sentence never crosses a line break), at most LEDE_MAX characters. */
export function lede(body: string): string {
  const line = body.trim().split('\n', 1)[0] ?? '';
  const first = line.slice(0, firstSentenceEnd(line)).replace(/\s+/g, ' ').trim();
  return first.length > LEDE_MAX ? `${first.slice(0, LEDE_MAX - 1).trimEnd()}…` : first;
}

/** Characters of the body the SQL stores read for a summary (ledeFromHead); longer first lines read the body. */
export const LEDE_HEAD = 2000;

/**
 * The lede from the body's first LEDE_HEAD characters, when they provably give what `lede(body)` gives, else null
 * (the caller reads the whole body). `complete`: the head is the whole body. So listing articles never loads their text.
 */
export function ledeFromHead(head: string, complete: boolean): string | null {
  if (complete) return lede(head);
  const start = head.trimStart();
  if (!start) return null;
  const nl = start.indexOf('\n');
  if (nl >= 0) return lede(start.slice(0, nl)); // the whole first line is in the head
  // the first line is cut: a sentence end well inside the head (its look-ahead too) is the real one
  const line = start;
  const end = firstSentenceEnd(line);
  const safe = line.length - 5;
  if (end <= safe) return lede(line.slice(0, end));
  // no sentence end before the cut: the summary is the first LEDE_MAX characters, if the head holds that many
  const first = line.slice(0, safe).replace(/\s+/g, ' ').trim();
  return first.length > LEDE_MAX ? lede(line.slice(0, safe)) : null;
}

/** Listing rows → summaries: the lede from each head (ledeFromHead), the whole body read only for rows that need it. */
export async function ledesFromHeads<R extends { id: string; head: string; complete: boolean | number }>(
  rows: readonly R[],
  bodies: (ids: string[]) => Promise<Map<string, string>> | Map<string, string>,
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const rest: string[] = [];
  for (const r of rows) {
    const l = ledeFromHead(r.head, Boolean(r.complete));
    if (l === null) rest.push(r.id);
    else out.set(r.id, l);
  }
  if (rest.length) for (const [id, body] of await bodies(rest)) out.set(id, lede(body));
  return out;
}
