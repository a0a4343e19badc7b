/**
 * The map's display classes under ACLED's 6 event types: which heading a class is listed under in the filters and
 * the legend, and how a peaceful protest looks (calm, never in a party's colour). Zod-free, for client bundles.
 * In: display classes (EventType) and events' ACLED coding. Out: the groups, in the codebook's order, and the
 * predicates the markers, list and popups use.
 */
import type { ConflictEvent, EventType } from '../schemas';
import { ACLED_EVENT_TYPES, ACLED_SUB_TYPES_OF, type AcledEventTypeName, type AcledSubEventType } from '../schemas/acled-codebook';

/**
 * The ACLED event type each display class is listed under. A class whose events may be coded under two types is
 * listed where most of them fall: territory (taken in fighting: Battles; a non-violent transfer is a Strategic
 * development, found by the sub-type filter).
 */
export const TYPE_GROUP: Readonly<Record<EventType, AcledEventTypeName>> = {
  clash: 'Battles',
  territory: 'Battles',
  airstrike: 'Explosions/Remote violence',
  shelling: 'Explosions/Remote violence',
  explosion: 'Explosions/Remote violence',
  attack: 'Violence against civilians',
  abduction: 'Violence against civilians',
  protest: 'Protests',
  riot: 'Riots',
  arrest: 'Strategic developments',
  looting: 'Strategic developments',
  base: 'Strategic developments',
  deployment: 'Strategic developments',
  truce: 'Strategic developments',
  talks: 'Strategic developments',
  displacement: 'Strategic developments',
  other: 'Strategic developments',
};

export interface TypeGroup {
  /** ACLED's event type: the heading */
  eventType: AcledEventTypeName;
  /** display classes listed under it, in TYPE_GROUP order */
  types: EventType[];
  /** ACLED's sub-event types of it, in the codebook's order */
  subTypes: readonly AcledSubEventType[];
}

/** The 6 groups in the codebook's order (each with its classes among `types`, default all). */
export function typeGroups(types: readonly EventType[] = Object.keys(TYPE_GROUP) as EventType[]): TypeGroup[] {
  const order = Object.keys(TYPE_GROUP) as EventType[];
  return ACLED_EVENT_TYPES.map((eventType) => ({
    eventType,
    types: order.filter((t) => TYPE_GROUP[t] === eventType && types.includes(t)),
    subTypes: ACLED_SUB_TYPES_OF[eventType],
  }));
}

/** A peaceful protest: drawn in PEACEFUL_COLOR, never in the colour of a party to violence. */
export function isPeaceful(e: Pick<ConflictEvent, 'acled'>): boolean {
  return e.acled.subEventType === 'Peaceful protest';
}

/**
 * A peaceful protest's marker: a pale badge with a calm blue-green ring and glyph — the inverse of every other
 * marker (a party's colour filled in, white glyph), so it never reads as violence in a party's colour.
 */
export const PEACEFUL_COLOR = '#1f7a70';
export const PEACEFUL_FILL = '#e3f4f1';
