/**
 * Stage 3, qualification: widen a place span to the directional or relative phrase around it.
 * In: the classified spans. Out: spans whose `qualifier` says how the phrase shifts or widens the place:
 * "northern Iraq" (direction), "near X" / "outskirts of X" (near), "X province" / "X countryside" /
 * "the X neighbourhood" (suffix), "the Iraq-Iran border" / "the Iran border" (border), "the city of X" (kind hint).
 * The phrase's start/end then cover the whole qualified expression, so one mention spans it.
 */
import { LEXICON } from './lexicon';
import { isHyphen, type Token } from './tokenize';
import { listHead, type Context } from './context';
import type { Qualifier, Span } from './types';

/** "the city of X", "province X": a kind word before the name and the kind it hints (cues.json kindPrefixes) */
const KIND_PREFIX = LEXICON.kindPrefixes;

function tokenBefore(c: Context, s: { first: number }, back: number): Token | undefined {
  for (let k = s.first - back + 1; k <= s.first; k++) if (c.tokens[k]?.sentenceStart) return undefined;
  return c.tokens[s.first - back];
}

function matchNearPhrase(c: Context, s: Span): { words: number; phrase: string } | null {
  for (const phrase of LEXICON.nearPhrases) {
    let ok = true;
    for (let q = 0; q < phrase.length; q++) {
      const t = tokenBefore(c, s, phrase.length - q);
      if (!t || t.lower !== phrase[q]) {
        ok = false;
        break;
      }
    }
    if (ok) return { words: phrase.length, phrase: phrase.join(' ') };
  }
  return null;
}

/** A qualifier with every field present (one object shape for the later stages). */
function qualifier(word: string, kind: Qualifier['kind'], start: number, end: number, more: Pick<Qualifier, 'direction' | 'role' | 'other'>): Qualifier {
  return { word, kind, direction: more.direction, role: more.role, start, end, other: more.other };
}

export function qualify(c: Context, spans: Span[]): Span[] {
  for (let idx = 0; idx < spans.length; idx++) {
    const s = spans[idx]!;
    if (s.role !== 'place') continue;
    let start = s.start;
    let end = s.end;
    const next = c.tokens[s.last + 1];

    // "the Iraq-Iran border": this place, a hyphen, another place, then "border"
    const other = spans[idx + 1];
    if (other && other.role === 'place' && other.first === s.last + 1 && isHyphen(c.text.slice(s.end, other.start))) {
      const w = c.tokens[other.last + 1];
      if (w && w.sep === ' ' && LEXICON.regionSuffixes.get(w.lower) === 'border') {
        other.role = 'merged';
        s.qualifier = qualifier(w.text, 'border', start, w.end, { role: 'border', other });
        s.notes.push(`"${c.text.slice(start, w.end)}": the border between the two`);
        continue;
      }
    }
    // suffix word: "X province", "X countryside", "X border", "the X neighbourhood", "X air base"
    if (next && next.sep === ' ' && (!next.cap || LEXICON.regionSuffixes.has(next.lower))) {
      const two = c.tokens[s.last + 2];
      const twoWords = two && two.sep === ' ' ? `${next.lower} ${two.lower}` : null;
      const role = (twoWords && LEXICON.regionSuffixes.get(twoWords)) || LEXICON.regionSuffixes.get(next.lower);
      if (role && LEXICON.suffixesOutsideName.has(twoWords && LEXICON.regionSuffixes.has(twoWords) ? twoWords : next.lower)) {
        // "the Yarmouk camp", "Dadaab camps": the word tells the kind; the name stays the name
        s.kindHint = role;
      } else if (role) {
        const wordsUsed = twoWords && LEXICON.regionSuffixes.has(twoWords) ? 2 : 1;
        end = c.tokens[s.last + wordsUsed]!.end;
        s.qualifier = qualifier(c.text.slice(next.start, end), role === 'border' ? 'border' : 'suffix', start, end, { role });
        s.kindHint = role;
      }
    }
    // prefix: "the city of X", "province X", "coastal province X"
    const p1 = tokenBefore(c, s, 1);
    const p2 = tokenBefore(c, s, 2);
    if (p1 && p1.lower === 'of' && p2 && KIND_PREFIX.has(p2.lower) && !p2.cap) s.kindHint ??= KIND_PREFIX.get(p2.lower);
    else if (p1 && KIND_PREFIX.has(p1.lower) && !p1.cap) s.kindHint ??= KIND_PREFIX.get(p1.lower);

    // "Becker, Clay and Douglas counties": each name takes the list's kind
    const head = listHead(c, s);
    if (head) s.kindHint ??= LEXICON.listHeads.get(head) === 'country' ? undefined : (LEXICON.listHeads.get(head) as Span['kindHint']);

    // direction before: "northern Iraq", "south-eastern Iran", "northern Homs countryside"
    const dirTok = p1;
    if (p1 && p1.lower === 'of' && p2 && !p2.cap && LEXICON.directions.has(p2.lower) && !p2.lower.endsWith('ern')) {
      const d = LEXICON.directions.get(p2.lower)!;
      const the = tokenBefore(c, s, 3);
      if (the && the.lower === 'the') {
        // "the north of Iraq": the northern part
        start = the.start;
        s.qualifier = qualifier(c.text.slice(the.start, p1.end), 'direction', start, end, { direction: d });
        s.notes.push(`"${c.text.slice(start, end)}": the ${p2.lower}ern part of ${s.text}`);
      } else {
        // "north of Homs": just outside it in that direction
        start = p2.start;
        s.qualifier = qualifier(c.text.slice(p2.start, p1.end), 'near', start, end, { direction: d });
        s.notes.push(`"${c.text.slice(start, end)}": just outside ${s.text} to the ${p2.lower}`);
      }
      continue;
    }
    if (dirTok && !dirTok.cap && LEXICON.directions.has(dirTok.lower) && /^ $/.test(c.tokens[s.first]!.sep)) {
      const d = LEXICON.directions.get(dirTok.lower)!;
      start = dirTok.start;
      // south-eastern is tokenised as two words joined by a hyphen
      const before = c.tokens[dirTok.i - 1];
      if (before && isHyphen(dirTok.sep) && LEXICON.directions.has(`${before.lower}-${dirTok.lower}`)) start = before.start;
      const word = c.text.slice(start, dirTok.end);
      const base = s.qualifier;
      s.qualifier = qualifier(base ? `${word} … ${base.word}` : word, 'direction', start, end, { direction: LEXICON.directions.get(word.toLowerCase()) ?? d, role: base?.role });
      s.notes.push(`"${c.text.slice(start, end)}": the ${word.toLowerCase()} part${base ? ` of the ${base.word}` : ''}`);
      continue;
    }
    const near = matchNearPhrase(c, s);
    if (near) {
      start = tokenBefore(c, s, near.words)!.start;
      s.qualifier = qualifier(near.phrase, 'near', start, end, { role: s.qualifier?.role });
      s.notes.push(`"${c.text.slice(start, end)}": near ${s.text}, not in it`);
      continue;
    }
    if (s.qualifier) {
      s.qualifier.start = start;
      s.qualifier.end = end;
      s.notes.push(`"${c.text.slice(start, end)}": ${s.qualifier.role === 'border' ? 'a border zone' : `the ${s.qualifier.word}`}`);
    }
  }
  return spans;
}
