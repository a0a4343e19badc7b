/**
 * ACLED codes: our event types → ACLED event/sub-event/disorder types, actor inter labels,
 * interaction labels and numeric codes, geo_precision and time precision.
 * In: data/export/acled-types.json (validated with zod on first use) and schema values.
 * Out: pure lookups used by acled-csv.ts. See docs/API.md ("CSV export") for the rules.
 */
import { z } from 'zod';
import typesJson from '../../data/export/acled-types.json';
import { EventType, type ConflictEvent, type Precision } from '../schemas';

const AcledType = z.object({
  eventType: z.string().nullable(),
  subEventType: z.string().nullable(),
  disorderType: z.string().nullable(),
});
export type AcledType = z.infer<typeof AcledType>;

const AcledTypesFile = z.object({
  source: z.string(),
  types: z.record(EventType, AcledType),
  territory: z.object({
    why: z.string(),
    appliesTo: z.array(EventType),
    words: z.array(z.string().min(1)),
    government: z.string(),
    nonState: z.string(),
  }),
});

let table: z.infer<typeof AcledTypesFile> | null = null;
let territoryRe: RegExp | null = null;

function types(): z.infer<typeof AcledTypesFile> {
  if (!table) {
    const parsed = AcledTypesFile.safeParse(typesJson);
    if (!parsed.success) throw new Error(`data/export/acled-types.json is invalid: ${parsed.error.message}`);
    table = parsed.data;
    const alts = table.territory.words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
    territoryRe = new RegExp(`\\b(?:${alts.join('|')})\\b`, 'i');
  }
  return table;
}

/** ACLED event_type / sub_event_type / disorder_type for one event (inter1 decides territory sub-types). */
export function acledType(event: Pick<ConflictEvent, 'type' | 'quote' | 'trigger'>, inter1: number | null): AcledType {
  const t = types();
  const base = t.types[event.type];
  if (!t.territory.appliesTo.includes(event.type) || !territoryRe) return { ...base };
  const text = `${event.trigger.text} ${event.quote.text}`;
  if (!territoryRe.test(text)) return { ...base };
  return { ...base, subEventType: inter1 === 1 ? t.territory.government : t.territory.nonState };
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
