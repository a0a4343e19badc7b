/**
 * Text normalisation shared by every corpus step. Decided once, because offsets into the body are
 * quoted later and must never move:
 * - a leading BOM is dropped; CRLF and lone CR become LF;
 * - on each line, NBSP (U+00A0), the other Unicode space characters and tabs become a normal space,
 *   zero-width spaces and stray BOMs are removed, runs of spaces collapse to one, and the line is trimmed;
 * - curly quotes, dashes and every other character are kept exactly (they are the real text).
 */

const SPACE_LIKE = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const ZERO_WIDTH = /[\u200B\uFEFF]/g;

/** Drop a leading BOM and turn CRLF / CR into LF. */
export function normalizeNewlines(raw: string): string {
  const noBom = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  return noBom.replace(/\r\n?/g, '\n');
}

/** Clean one line: NBSPs and other spaces to ' ', zero-width removed, runs collapsed, trimmed. */
export function cleanLine(line: string): string {
  return line.replace(ZERO_WIDTH, '').replace(SPACE_LIKE, ' ').replace(/ {2,}/g, ' ').trim();
}

/** Split raw text into cleaned lines (blank lines become ''). */
export function toCleanLines(raw: string): string[] {
  return normalizeNewlines(raw).split('\n').map(cleanLine);
}

/** Word tokens of a cleaned line (split on spaces). */
export function wordsOf(line: string): string[] {
  return line.split(' ').filter((w) => w.length > 0);
}

/**
 * Title comparison key: case-folded, curly quotes and primes made straight, dashes made '-',
 * NBSPs and space runs collapsed. Two titles are "the same" when their keys are equal.
 */
export function titleKey(title: string): string {
  return cleanLine(normalizeNewlines(title).normalize('NFKC'))
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .toLowerCase();
}

/** Letters-only lower-case form of a word, possessive 's removed: "Nation’s" → "nation". */
export function bareWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/['\u2019]s$/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The last meaningful character of a line: closing quotes and brackets are skipped, and a final
 * initialism ("… U.S.") counts as a letter, not a full stop. '' for an empty line.
 */
export function lastMark(line: string): string {
  const stripped = line.replace(/[\s"'\u2019\u201D\u00BB)\]]+$/u, '');
  const last = stripped.slice(-1);
  if (last === '.') {
    const lastWord = stripped.split(' ').pop() ?? '';
    if (/^(?:\p{Lu}\.){2,}$/u.test(lastWord)) return 'A';
  }
  return last;
}

/** True when a line ends a sentence: . ! ? or … possibly followed by closing quotes or brackets. */
export function endsSentence(line: string): boolean {
  return /[.!?\u2026][\s"'\u2019\u201D\u00BB)\]]*$/u.test(line);
}
