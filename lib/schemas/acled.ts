/**
 * AcledNote: one ACLED event record as the devsets ship it (../shared/devsets/acled-world-dev.json) — the
 * coder's short note and the one event they coded from it.
 * In: the JSON array of notes read by scripts/eval.ts. Out: parsed by `parseAcledNotes` and scored by
 * lib/eval/acled.ts. Unknown fields are kept (loose), so a later export with extra columns still parses.
 */
import { z } from 'zod';
import { IsoDate } from './article';

export const AcledGold = z
  .object({
    /** one of ACLED's 6 event types ("Battles", "Protests" …) */
    event_type: z.string().min(1),
    /** one of ACLED's 25 sub-types ("Armed clash", "Peaceful protest" …) */
    sub_event_type: z.string().min(1),
    /** ACLED actor names ("Military Forces of Ukraine (2019-)"); associated actors are ";"-separated */
    actor1: z.string(),
    assoc_actor_1: z.string(),
    actor2: z.string(),
    assoc_actor_2: z.string(),
    location: z.string(),
    admin1: z.string(),
    admin2: z.string(),
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    /** 1 = the town itself, 2 = near it or a part of a region, 3 = only the region was known */
    geo_precision: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    time_precision: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    fatalities: z.number().int().nonnegative(),
    source: z.string(),
  })
  .loose();
export type AcledGold = z.infer<typeof AcledGold>;

export const AcledNote = z
  .object({
    id: z.string().min(1),
    country: z.string().min(1),
    /** the event date; passed to the reader as the publication date */
    published: IsoDate,
    /** the note, verbatim */
    text: z.string().min(1),
    gold: AcledGold,
  })
  .loose();
export type AcledNote = z.infer<typeof AcledNote>;
