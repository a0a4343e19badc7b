/**
 * Dump splitting: a concatenated news dump → one segment per article (headline + its lines).
 * In: raw dump text. Out: { preamble, segments } where every line is kept, classified as content,
 * blank or boilerplate, so nothing is dropped silently.
 *
 * A candidate headline is a headline-shaped line (headline.ts) that is not boilerplate, preceded by a
 * blank line or the start of the file and followed by a blank line. Candidates are then checked:
 * - two candidates with no text between: the second is an image tag of the first when it is short and
 *   shares a word with it; otherwise the first is a stray widget line ('other' boilerplate);
 * - a candidate whose text holds no sentence is a stray line too (e.g. a headline-looking ad);
 *   its lines join the previous article.
 */
import type { BodyLine } from './body';
import { MAX_TAG_WORDS } from './glued';
import { classifyLine } from './boilerplate';
import { isHeadlineLike } from './headline';
import { bareWord, endsSentence, toCleanLines, wordsOf } from './normalize';

export interface Segment {
  title: string;
  /** 0-based line number of the headline in the normalised dump */
  line: number;
  lines: BodyLine[];
}

export interface SplitDump {
  /** lines before the first headline (empty when the dump starts with one) */
  preamble: BodyLine[];
  segments: Segment[];
}

const STRAY_WHY = 'headline-shaped line with no article text under it (widget or ad)';
const TAG_WHY = 'short title-shaped line right under the headline, sharing its words (image tag)';

function isSentenceLine(text: string): boolean {
  const n = wordsOf(text).length;
  return (n >= 4 && endsSentence(text)) || n >= 12;
}

function isTagOf(tag: string, headline: string): boolean {
  if (wordsOf(tag).length > MAX_TAG_WORDS) return false;
  const words = new Set(wordsOf(headline).map(bareWord).filter((w) => w.length >= 3));
  return wordsOf(tag).some((w) => words.has(bareWord(w)));
}

export function splitDump(raw: string): SplitDump {
  const texts = toCleanLines(raw);
  const lines: BodyLine[] = texts.map((text) => ({ text, boilerplate: classifyLine(text) }));
  const isContent = (i: number) => (lines[i]?.text ?? '') !== '' && lines[i]?.boilerplate === null;

  let candidates: number[] = [];
  texts.forEach((text, i) => {
    const before = i === 0 || texts[i - 1] === '';
    const after = i + 1 < texts.length && texts[i + 1] === '';
    if (before && after && isContent(i) && isHeadlineLike(text)) candidates.push(i);
  });

  const contentBetween = (from: number, to: number) => {
    const found: string[] = [];
    for (let i = from + 1; i < to; i++) if (isContent(i)) found.push(texts[i] ?? '');
    return found;
  };
  const markStray = (i: number, why: string, kind: 'other' | 'alt-text') => {
    lines[i] = { text: texts[i] ?? '', boilerplate: { kind, text: texts[i] ?? '', why } };
  };

  // Pass 1: adjacent candidates (no text between them).
  const kept: number[] = [];
  for (let j = 0; j < candidates.length; j++) {
    const c = candidates[j] as number;
    const next = candidates[j + 1];
    if (next !== undefined && contentBetween(c, next).length === 0) {
      if (isTagOf(texts[next] ?? '', texts[c] ?? '')) {
        markStray(next, TAG_WHY, 'alt-text');
        candidates = [...candidates.slice(0, j + 1), ...candidates.slice(j + 2)];
        j--; // re-check c against the candidate after the tag
        continue;
      }
      markStray(c, STRAY_WHY, 'other');
      continue;
    }
    kept.push(c);
  }

  // Pass 2: a headline must be followed by at least one sentence before the next headline.
  const headlines = kept.filter((c, j) => {
    const end = kept[j + 1] ?? texts.length;
    if (contentBetween(c, end).some(isSentenceLine)) return true;
    markStray(c, STRAY_WHY, 'other');
    return false;
  });

  const firstHeadline = headlines[0] ?? texts.length;
  const segments = headlines.map((h, j) => ({
    title: texts[h] ?? '',
    line: h,
    lines: lines.slice(h + 1, headlines[j + 1] ?? texts.length),
  }));
  return { preamble: lines.slice(0, firstHeadline), segments };
}
