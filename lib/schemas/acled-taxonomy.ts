/**
 * ACLED's event taxonomy: its 6 event types and 25 sub-event types, with the exact strings of the codebook, and the
 * hierarchy between them (each sub-type belongs to one type and carries a disorder type).
 * In: nothing (the codebook's fixed vocabulary is a shape, like an ISO code list; see
 * ../shared/reference/ACLED-CONVENTIONS.md §2). Out: enums and the `AcledClass` every ConflictEvent carries; used by
 * lib/extract (to code events), lib/export (CSV columns), lib/eval (scoring) and the map (filters, legend).
 */
import { z } from 'zod';
import { ACLED_EVENT_TYPES, ACLED_SUB_EVENT_TYPES, type AcledSubEventType as SubEventTypeName } from './acled-codebook';

export { ACLED_EVENT_TYPES, ACLED_SUB_EVENT_TYPES, ACLED_SUB_TYPES_OF, acledLabel } from './acled-codebook';

export const AcledEventType = z.enum(ACLED_EVENT_TYPES);
export type AcledEventType = z.infer<typeof AcledEventType>;

export const AcledDisorderType = z.enum(['Political violence', 'Demonstrations', 'Political violence; Demonstrations', 'Strategic developments']);
export type AcledDisorderType = z.infer<typeof AcledDisorderType>;

export type AcledSubEventType = SubEventTypeName;
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
