/**
 * ACLED's event taxonomy: its 6 event types and 25 sub-event types, with the exact strings of the codebook, and the
 * hierarchy between them (each sub-type belongs to one type and carries a disorder type).
 * In: nothing (the codebook's fixed vocabulary is a shape, like an ISO code list; see
 * ../shared/reference/ACLED-CONVENTIONS.md §2). Out: enums and the `AcledClass` every ConflictEvent carries; used by
 * lib/extract (to code events), lib/export (CSV columns), lib/eval (scoring) and the map (filters, legend).
 */
import { z } from 'zod';

export const ACLED_EVENT_TYPES = [
  'Battles',
  'Explosions/Remote violence',
  'Violence against civilians',
  'Protests',
  'Riots',
  'Strategic developments',
] as const;
export const AcledEventType = z.enum(ACLED_EVENT_TYPES);
export type AcledEventType = z.infer<typeof AcledEventType>;

export const AcledDisorderType = z.enum(['Political violence', 'Demonstrations', 'Political violence; Demonstrations', 'Strategic developments']);
export type AcledDisorderType = z.infer<typeof AcledDisorderType>;

/** Every sub-event type in the codebook's hierarchy order, with its event type and disorder type. */
export const ACLED_SUB_EVENT_TYPES = {
  'Government regains territory': { eventType: 'Battles', disorderType: 'Political violence' },
  'Non-state actor overtakes territory': { eventType: 'Battles', disorderType: 'Political violence' },
  'Armed clash': { eventType: 'Battles', disorderType: 'Political violence' },
  'Chemical weapon': { eventType: 'Explosions/Remote violence', disorderType: 'Political violence' },
  'Air/drone strike': { eventType: 'Explosions/Remote violence', disorderType: 'Political violence' },
  'Suicide bomb': { eventType: 'Explosions/Remote violence', disorderType: 'Political violence' },
  'Shelling/artillery/missile attack': { eventType: 'Explosions/Remote violence', disorderType: 'Political violence' },
  'Remote explosive/landmine/IED': { eventType: 'Explosions/Remote violence', disorderType: 'Political violence' },
  Grenade: { eventType: 'Explosions/Remote violence', disorderType: 'Political violence' },
  'Sexual violence': { eventType: 'Violence against civilians', disorderType: 'Political violence' },
  Attack: { eventType: 'Violence against civilians', disorderType: 'Political violence' },
  'Abduction/forced disappearance': { eventType: 'Violence against civilians', disorderType: 'Political violence' },
  'Excessive force against protesters': { eventType: 'Protests', disorderType: 'Political violence; Demonstrations' },
  'Protest with intervention': { eventType: 'Protests', disorderType: 'Demonstrations' },
  'Peaceful protest': { eventType: 'Protests', disorderType: 'Demonstrations' },
  'Violent demonstration': { eventType: 'Riots', disorderType: 'Demonstrations' },
  'Mob violence': { eventType: 'Riots', disorderType: 'Political violence' },
  Agreement: { eventType: 'Strategic developments', disorderType: 'Strategic developments' },
  Arrests: { eventType: 'Strategic developments', disorderType: 'Strategic developments' },
  'Change to group/activity': { eventType: 'Strategic developments', disorderType: 'Strategic developments' },
  'Disrupted weapons use': { eventType: 'Strategic developments', disorderType: 'Strategic developments' },
  'Headquarters or base established': { eventType: 'Strategic developments', disorderType: 'Strategic developments' },
  'Looting/property destruction': { eventType: 'Strategic developments', disorderType: 'Strategic developments' },
  'Non-violent transfer of territory': { eventType: 'Strategic developments', disorderType: 'Strategic developments' },
  Other: { eventType: 'Strategic developments', disorderType: 'Strategic developments' },
} as const satisfies Record<string, { eventType: AcledEventType; disorderType: AcledDisorderType }>;

export type AcledSubEventType = keyof typeof ACLED_SUB_EVENT_TYPES;
export const AcledSubEventType = z.enum(Object.keys(ACLED_SUB_EVENT_TYPES) as [AcledSubEventType, ...AcledSubEventType[]]);

/** ACLED's coding of one event: a sub-event type and the event type it belongs to (checked against the hierarchy). */
export const AcledClass = z
  .object({ eventType: AcledEventType, subEventType: AcledSubEventType })
  .refine((c) => ACLED_SUB_EVENT_TYPES[c.subEventType].eventType === c.eventType, {
    message: 'subEventType does not belong to eventType in the ACLED codebook',
    path: ['subEventType'],
  });
export type AcledClass = z.infer<typeof AcledClass>;

/** The AcledClass of a sub-event type (its event type follows from the hierarchy). */
export function acledClassOf(subEventType: AcledSubEventType): AcledClass {
  return { eventType: ACLED_SUB_EVENT_TYPES[subEventType].eventType, subEventType };
}

/** The disorder type ACLED gives a sub-event type. */
export function disorderTypeOf(subEventType: AcledSubEventType): AcledDisorderType {
  return ACLED_SUB_EVENT_TYPES[subEventType].disorderType;
}
