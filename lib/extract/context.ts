/**
 * The records extractEvents hands between its stages (types only, one shape per kind of record).
 * In/Out: Article is built once per article by index.ts; SentenceFindings per sentence; Carry is what one
 * sentence hands on to the next. place-policy.ts and index.ts read them.
 */
import type { EventPlace, EventType, Mention } from '../schemas';
import type { ActorHit } from './actors';
import type { DateCue, ResolvedDate } from './dates';
import type { Draft } from './draft';
import type { FatalityHit } from './fatalities';
import type { QuotedSpan, Sentence } from './sentences';
import type { TriggerHit } from './triggers';

export interface DateContext { date: ResolvedDate; depth: number; index: number }

/** What the whole article gives every sentence: its findings, sorted, and its fallbacks for place. */
export interface Article {
  text: string;
  published: string | null;
  /** the country most located mentions fall in (actors.ts mainCountry): unnamed parties belong to it by default */
  country: string | null;
  mentions: Mention[];
  sentences: Sentence[];
  quotes: QuotedSpan[];
  triggers: TriggerHit[];
  actorHits: ActorHit[];
  cues: DateCue[];
  fatalities: FatalityHit[];
  focus: Mention | null;
  countryPlace: EventPlace | null;
  venues: { type: EventType; mention: Mention }[];
}

/** What one sentence hands on to the next ones. */
export interface Carry { drafts: Draft[]; prevDate: DateContext | null; lastPlace: { place: Draft['place']; index: number } | null }

/** One sentence's share of the article's findings. */
export interface SentenceFindings { s: Sentence; triggers: TriggerHit[]; hits: ActorHit[]; cues: DateCue[]; fatalities: FatalityHit[] }
