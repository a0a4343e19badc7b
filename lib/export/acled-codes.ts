/**
 * ACLED codes: an event's ACLED coding (read by lib/extract) → event/sub-event/disorder types, actor inter labels,
 * interaction labels and numeric codes, geo_precision and time precision.
 * In: schema values (the disorder type follows the codebook hierarchy in lib/schemas/acled-taxonomy.ts).
 * Out: pure lookups used by acled-csv.ts. See docs/API.md ("CSV export") for the rules.
 */
import { disorderTypeOf, type AcledDisorderType, type AcledEventType, type AcledSubEventType, type ConflictEvent, type Precision } from '../schemas';

export interface AcledType { eventType: AcledEventType; subEventType: AcledSubEventType; disorderType: AcledDisorderType }

/** ACLED event_type / sub_event_type / disorder_type of one event: the reader coded the first two (event.acled). */
export function acledType(event: Pick<ConflictEvent, 'acled'>): AcledType {
  return { ...event.acled, disorderType: disorderTypeOf(event.acled.subEventType) };
}

/** ACLED current-codebook actor type labels by inter code. */
export const INTER_LABELS: Readonly<Record<number, string>> = {
  1: 'State forces',
  2: 'Rebel group',
  3: 'Political militia',
  4: 'Identity militia',
  5: 'Rioters',
  6: 'Protesters',
  7: 'Civilians',
  8: 'External/Other forces',
};

export function interLabel(inter: number | null): string {
  return inter === null ? '' : (INTER_LABELS[inter] ?? '');
}

/** Legacy numeric interaction code: lowest inter first (17 = state forces vs civilians); a lone actor → 10, 20 … 80. */
export function interactionCode(inter1: number | null, inter2: number | null): number | null {
  if (inter1 === null && inter2 === null) return null;
  if (inter1 === null || inter2 === null) return (inter1 ?? inter2 ?? 0) * 10;
  const [lo, hi] = inter1 <= inter2 ? [inter1, inter2] : [inter2, inter1];
  return lo * 10 + hi;
}

/** Current-codebook interaction text, lowest inter first ("Rebel group – Civilians"; a lone actor → "Rebel group only"). */
export function interactionLabel(inter1: number | null, inter2: number | null): string {
  if (inter1 === null && inter2 === null) return '';
  if (inter1 === null || inter2 === null) return `${interLabel(inter1 ?? inter2)} only`;
  const [lo, hi] = inter1 <= inter2 ? [inter1, inter2] : [inter2, inter1];
  return `${interLabel(lo)} – ${interLabel(hi)}`;
}

/**
 * ACLED geo_precision: 1 exact town, 2 near a town / part of a region, 3 a larger region.
 * ACLED has no country level: country-only events are coded 3 and flagged by the caller.
 */
export function geoPrecision(precision: Precision | null | undefined): 1 | 2 | 3 | null {
  switch (precision) {
    case 'exact':
      return 1;
    case 'near':
      return 2;
    case 'region':
    case 'country':
      return 3;
    default:
      return null;
  }
}
