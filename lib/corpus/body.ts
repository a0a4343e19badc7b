/**
 * Body assembly: cleaned lines of one article → body text, paragraph spans and the boilerplate removed.
 * In: BodyLine[] (blank lines as '', boilerplate already classified per line) and the title.
 * Out: { body, paragraphs, boilerplate }.
 * - One paragraph per line; a line is joined to the previous one (with a space) only when that one does
 *   not end a sentence and this one starts lower-case (a soft-wrapped paragraph).
 * - Paragraphs are joined with "\n\n"; paragraph spans are offsets into that body.
 * - Before the first sentence: a line repeating the headline, a short tag line, and a tag glued to the
 *   first sentence are moved to boilerplate (kinds 'other' and 'alt-text').
 */
import type { Boilerplate, Span } from '../schemas';
import { classifyLine } from './boilerplate';
import { splitGlued, MAX_TAG_WORDS } from './glued';
import { bareWord, endsSentence, titleKey, toCleanLines, wordsOf } from './normalize';

export interface BodyLine {
  text: string;
  /** set when the line is not article text (ad, caption, link, tag…) */
  boilerplate: Boilerplate | null;
}

export interface CleanBody {
  body: string;
  paragraphs: Span[];
  boilerplate: Boilerplate[];
}

export const PARAGRAPH_SEPARATOR = '\n\n';

/** Raw text → classified lines (normalised, boilerplate rules applied). */
export function toBodyLines(raw: string): BodyLine[] {
  return toCleanLines(raw).map((text) => ({ text, boilerplate: classifyLine(text) }));
}

function assembleParagraphs(lines: BodyLine[], removed: Boilerplate[]): string[] {
  const paragraphs: string[] = [];
  let open = false;
  for (const line of lines) {
    if (line.boilerplate) {
      removed.push(line.boilerplate);
      open = false;
    } else if (line.text === '') {
      open = false;
    } else {
      const last = paragraphs[paragraphs.length - 1];
      if (open && last !== undefined && !endsSentence(last) && /^\p{Ll}/u.test(line.text)) {
        paragraphs[paragraphs.length - 1] = `${last} ${line.text}`;
      } else {
        paragraphs.push(line.text);
      }
      open = true;
    }
  }
  return paragraphs;
}

function sharesWordWith(text: string, title: string): boolean {
  const titleWords = new Set(wordsOf(title).map(bareWord));
  return wordsOf(text).some((w) => bareWord(w).length >= 3 && titleWords.has(bareWord(w)));
}

/** Move lines that sit before the first real sentence (repeated headline, tags) to boilerplate. */
function stripLead(paragraphs: string[], title: string, removed: Boilerplate[]): void {
  const first = paragraphs[0];
  if (first !== undefined && paragraphs.length > 1 && titleKey(first) === titleKey(title)) {
    removed.push({ kind: 'other', text: first, why: 'repeats the headline' });
    paragraphs.shift();
  }
  const lead = paragraphs[0];
  if (
    lead !== undefined &&
    paragraphs.length > 1 &&
    wordsOf(lead).length <= MAX_TAG_WORDS &&
    !endsSentence(lead) &&
    (sharesWordWith(lead, title) || /^\p{Ll}/u.test(lead))
  ) {
    removed.push({ kind: 'alt-text', text: lead, why: 'short tag line before the first sentence, sharing words with the title' });
    paragraphs.shift();
  }
  const opening = paragraphs[0];
  if (opening !== undefined) {
    const glued = splitGlued(opening, title);
    if (glued) {
      removed.push({ kind: 'alt-text', text: glued.tag, why: glued.why });
      paragraphs[0] = glued.rest;
    }
  }
}

/** Assemble the body of one article from its classified lines. */
export function cleanBody(lines: BodyLine[], title: string): CleanBody {
  const removed: Boilerplate[] = [];
  const paragraphs = assembleParagraphs(lines, removed);
  const lead: Boilerplate[] = [];
  stripLead(paragraphs, title, lead);
  const spans: Span[] = [];
  let offset = 0;
  for (const p of paragraphs) {
    spans.push({ start: offset, end: offset + p.length });
    offset += p.length + PARAGRAPH_SEPARATOR.length;
  }
  // Lead items (repeated headline, tags) sit before the first sentence, so they come first in the audit.
  return { body: paragraphs.join(PARAGRAPH_SEPARATOR), paragraphs: spans, boilerplate: [...lead, ...removed] };
}

/** Paragraph spans recomputed from a stored body (the inverse of the join above). */
export function paragraphSpans(body: string): Span[] {
  const spans: Span[] = [];
  let offset = 0;
  for (const p of body.split(PARAGRAPH_SEPARATOR)) {
    spans.push({ start: offset, end: offset + p.length });
    offset += p.length + PARAGRAPH_SEPARATOR.length;
  }
  return spans;
}
