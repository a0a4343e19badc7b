/**
 * Glued alt text: news dumps often paste an image's alt text or tag straight onto the first sentence
 * ("Region CeasefireFighting between…", "NorthNorth of the capital…", "united statesU.S. officials…").
 * In: the first paragraph of a body and the article title. Out: the tag and the real sentence, with the
 * evidence, or null when the paragraph must stay whole ("McDonald's", "iPhone", "YouTube", "al-Hakim").
 *
 * A split point is a lower→upper letter junction within the first few words where
 * - the junction is not inside a protected word and its left piece is not a name prefix (Mc, Mac, Di…),
 * - the prefix is a short tag (≤ MAX_TAG_WORDS words, no sentence punctuation),
 * - the remainder reads like a sentence (capitalised first word, lower-case words soon, ends like one),
 * - and there is positive evidence: the word repeats ("NorthNorth"), a tag word occurs in the title,
 *   the tag starts lower-case (no sentence does), or the remainder opens with a common sentence starter.
 */
import { z } from 'zod';
import gluedFile from '../../data/corpus/glued.json';
import { bareWord, endsSentence, wordsOf } from './normalize';

export const MAX_TAG_WORDS = 6;

const GluedFile = z.object({
  protectedWords: z.array(z.string().min(2)),
  namePrefixes: z.array(z.string().min(1)),
  sentenceStarters: z.array(z.string().min(1)),
});
const KNOWLEDGE = GluedFile.parse(gluedFile);
const NAME_PREFIXES = new Set(KNOWLEDGE.namePrefixes);
const STARTERS = new Set(KNOWLEDGE.sentenceStarters);
const SMALL = new Set(['the', 'and', 'for', 'with', 'from', 'into', 'over']);

export interface GluedSplit {
  tag: string;
  rest: string;
  why: string;
}

const TAG_FORBIDDEN = /[.,;:!?"\u201C\u201D()[\]]/u;

function insideProtectedWord(line: string, tokenStart: number, tokenEnd: number, k: number): boolean {
  const token = line.slice(tokenStart, tokenEnd);
  for (const word of KNOWLEDGE.protectedWords) {
    let at = token.indexOf(word);
    while (at >= 0) {
      const s = tokenStart + at;
      if (s < k && k < s + word.length) return true;
      at = token.indexOf(word, at + 1);
    }
  }
  return false;
}

function contentWordsOf(text: string): string[] {
  return text
    .split(/[\s\-\u2010-\u2015/]+/u)
    .map(bareWord)
    .filter((w) => w.length >= 3 && !SMALL.has(w));
}

/** Same word up to a short inflection: "militant"/"militants", "nation"/"national" (shorter ≥ 4 letters). */
function sameStem(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short === long) return true;
  return short.length >= 4 && long.length - short.length <= 3 && long.startsWith(short);
}

function evidenceFor(prefix: string, leftPiece: string, firstRestWord: string, title: string): string | null {
  const restBare = bareWord(firstRestWord);
  if (bareWord(leftPiece) === restBare && restBare.length > 0) return `the word "${leftPiece}" repeats`;
  const titleWords = contentWordsOf(title);
  const shared = contentWordsOf(prefix).find((w) => titleWords.some((t) => sameStem(w, t)));
  if (shared) return `tag word "${shared}" occurs in the title`;
  if (/^\p{Ll}/u.test(prefix) && leftPiece.length >= 3) return 'the tag starts lower-case, no sentence does';
  if (STARTERS.has(firstRestWord.replace(/[^\p{L}]/gu, '')) && leftPiece.length >= 3) {
    return `the sentence opens with "${firstRestWord}"`;
  }
  return null;
}

function restReadsLikeSentence(rest: string): boolean {
  const words = wordsOf(rest);
  const first = words[0] ?? '';
  const firstLetters = first.replace(/[^\p{L}]/gu, '');
  if (!/^(?:\p{Lu}\.){2,}|^\p{Lu}/u.test(first)) return false;
  if (firstLetters.length < 2 && !['A', 'I'].includes(firstLetters) && !/^(?:\p{Lu}\.){2,}/u.test(first)) return false;
  if (words.length < 4) return false;
  if (!words.slice(1, 7).some((w) => /^\p{Ll}/u.test(w))) return false;
  return endsSentence(rest) || words.length >= 12;
}

/** Split a tag glued to the first sentence, or null when there is none. */
export function splitGlued(paragraph: string, title: string): GluedSplit | null {
  const limit = wordsOf(paragraph).slice(0, MAX_TAG_WORDS + 1).join(' ').length;
  for (let k = 1; k < Math.min(paragraph.length, limit); k++) {
    if (!/\p{Ll}/u.test(paragraph[k - 1] ?? '') || !/\p{Lu}/u.test(paragraph[k] ?? '')) continue;
    const prefix = paragraph.slice(0, k);
    const rest = paragraph.slice(k);
    if (TAG_FORBIDDEN.test(prefix) || wordsOf(prefix).length > MAX_TAG_WORDS) continue;
    const tokenStart = prefix.lastIndexOf(' ') + 1;
    const spaceAfter = paragraph.indexOf(' ', k);
    const tokenEnd = spaceAfter < 0 ? paragraph.length : spaceAfter;
    if (insideProtectedWord(paragraph, tokenStart, tokenEnd, k)) continue;
    const leftPiece = prefix.slice(tokenStart).split(/[-\u2010-\u2015'\u2019]/u).pop() ?? '';
    if (leftPiece.length < 2 || NAME_PREFIXES.has(leftPiece)) continue;
    if (!restReadsLikeSentence(rest)) continue;
    const firstRestWord = wordsOf(rest)[0] ?? '';
    const evidence = evidenceFor(prefix, leftPiece, firstRestWord, title);
    if (evidence === null) continue;
    return { tag: prefix.trim(), rest, why: `image tag glued to the first sentence: ${evidence}` };
  }
  return null;
}
