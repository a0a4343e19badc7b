/**
 * ConflictEvent: one thing that happened (or was agreed) somewhere, read from one sentence.
 * In: produced by lib/extract from an Article's text + its Mentions.
 * Out: stored by lib/store, served by /api/events as GeoJSON, drawn by the map.
 */
import { z } from 'zod';
import { IsoDate, Span } from './article';
import { PlaceRef } from './gazetteer';
import { Precision } from './mention';
import { AcledClass } from './acled-taxonomy';
import { ActorKind } from './actor';
import { FatalitiesRange, Report } from './resolution';

/**
 * The map's display class of an event (icon, colour, filter). Finer than ACLED's 6 event types where a reader of the
 * map needs it (air strike vs shelling, truce vs talks) and coarser than its 25 sub-types; the exact ACLED coding is
 * the event's `acled` field.
 */
export const EventType = z.enum([
  'airstrike', 'shelling', 'clash', 'base', 'truce', 'talks', 'deployment', 'displacement',
  'explosion', 'attack', 'abduction', 'arrest', 'protest', 'riot', 'territory', 'looting', 'other',
]);
export type EventType = z.infer<typeof EventType>;

export const ActorRole = z.enum(['actor', 'target', 'ally', 'mediator', 'speaker', 'mentioned']);

export const EventActor = z.object({
  id: z.string(),
  role: ActorRole,
  /** the words that named it */
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** display name: the curated actor's name, or the open-world name ("Military forces of Armenia") */
  name: z.string().optional(),
  kind: ActorKind.optional(),
  /** on a resolved event: the article that named it (its span is in that text), when not the event's own */
  articleId: z.string().optional(),
});
export type EventActor = z.infer<typeof EventActor>;

export const EventPlace = PlaceRef.extend({
  precision: Precision,
  radiusKm: z.number().nonnegative(),
  /** the mention text that located it, e.g. "northern Aleppo countryside" */
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** false: a name in no gazetteer, drawn at `parent` (see Mention.inGazetteer); the map draws it differently */
  inGazetteer: z.boolean().optional(),
  parent: PlaceRef.nullable().optional(),
});
export type EventPlace = z.infer<typeof EventPlace>;

export const Fatalities = z.object({
  /** lowest reported figure (ACLED rule) */
  count: z.number().int().nonnegative(),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** "at least", "nearly", "about" … */
  qualifier: z.string().nullable().default(null),
  /** on a resolved event: the article the figure (and its span) comes from, when not the event's own */
  articleId: z.string().optional(),
});

export const EventDate = z.object({
  /** resolved date, or null when the words cannot be resolved */
  value: IsoDate.nullable(),
  /** 1 = day, 2 = week or similar period, 3 = month (ACLED time_precision) */
  precision: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
  /** the original words ("on Thursday", "overnight"), or null if the date came from publication */
  text: z.string().nullable(),
  /** how the date was resolved ("weekday before publication", "from publication date") */
  why: z.string().optional(),
});

export const Quote = Span.extend({ text: z.string() });

export const ConflictEvent = z.object({
  /** stable: articleId + '-e' + index of the event in the article */
  id: z.string(),
  articleId: z.string(),
  type: EventType,
  /** ACLED's coding of the event: its exact event type and sub-event type strings */
  acled: AcledClass,
  actors: z.array(EventActor),
  place: EventPlace.nullable(),
  date: EventDate,
  fatalities: Fatalities.nullable(),
  quote: Quote,
  /** the trigger words that decided the type */
  trigger: Quote,
  confidence: z.number().min(0).max(1),
  background: z.boolean(),
  why: z.array(z.string()),
  /**
   * Set on a resolved event (lib/resolve) told by more than one article: every report, the primary first. Its
   * id, place, type and date are the primary report's; `actors` is the union; `fatalities` the lowest credible
   * figure with `fatalitiesRange` when reports differ. Absent: the event's one report is itself.
   */
  reports: z.array(Report).optional(),
  fatalitiesRange: FatalitiesRange.optional(),
});
export type ConflictEvent = z.infer<typeof ConflictEvent>;

/** Roles that stand in for the acting side when an event has no `actor` (ACLED actor1's fallbacks), in order. */
const ACTING_FALLBACK: readonly EventActor['role'][] = ['speaker', 'mediator'];

/** Ids of the actors that carried the event out: role `actor`, else the first fallback role present. */
export function actingActorIds(e: Pick<ConflictEvent, 'actors'>): string[] {
  for (const role of ['actor', ...ACTING_FALLBACK] as const) {
    const ids = e.actors.filter((a) => a.role === role).map((a) => a.id);
    if (ids.length) return [...new Set(ids)];
  }
  return [];
}

/** Distinct actor ids of an event, in first-seen order. */
export function actorIds(e: Pick<ConflictEvent, 'actors'>): string[] {
  return [...new Set(e.actors.map((a) => a.id))];
}
