/**
 * ACLED's codebook vocabulary without zod, safe for client bundles (filters, legend, popups): the 6 event types
 * and 25 sub-event types with their exact strings, and the hierarchy between them.
 * In: nothing (a fixed vocabulary; ../shared/reference/ACLED-CONVENTIONS.md §2). Out: constants and plain types;
 * acled-taxonomy.ts builds the zod enums from them and re-exports them.
 */

export const ACLED_EVENT_TYPES = [
  'Battles',
  'Explosions/Remote violence',
  'Violence against civilians',
  'Protests',
  'Riots',
  'Strategic developments',
] as const;
/** One of ACLED's 6 event types (the zod enum is AcledEventType in acled-taxonomy.ts). */
export type AcledEventTypeName = (typeof ACLED_EVENT_TYPES)[number];

export type AcledDisorderTypeName = 'Political violence' | 'Demonstrations' | 'Political violence; Demonstrations' | 'Strategic developments';

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
} as const satisfies Record<string, { eventType: AcledEventTypeName; disorderType: AcledDisorderTypeName }>;

export type AcledSubEventType = keyof typeof ACLED_SUB_EVENT_TYPES;

/** The sub-event types of each event type, in the codebook's order. */
export const ACLED_SUB_TYPES_OF: Readonly<Record<AcledEventTypeName, readonly AcledSubEventType[]>> = Object.fromEntries(
  ACLED_EVENT_TYPES.map((t) => [t, (Object.keys(ACLED_SUB_EVENT_TYPES) as AcledSubEventType[]).filter((s) => ACLED_SUB_EVENT_TYPES[s].eventType === t)]),
) as unknown as Record<AcledEventTypeName, readonly AcledSubEventType[]>;

/** "Protests · Peaceful protest": an event's ACLED coding in one line (popups, the list, page titles). */
export function acledLabel(c: { eventType: string; subEventType: string }): string {
  return `${c.eventType} · ${c.subEventType}`;
}
