/**
 * Country facts the ACLED export needs: ISO 3166 numeric code, alpha-3 (the event_id_cnty
 * prefix), display name and ACLED region.
 * In: data/export/iso-numeric.json (generated once from the world-countries package; its
 * `source` field says how), validated with zod on first use.
 * Out: `countryInfo('FR')` → {numeric: 250, alpha3: 'FRA', name: 'France', region: 'Europe'}.
 */
import { z } from 'zod';
import isoJson from '../../data/export/iso-numeric.json';

export const CountryInfo = z.object({
  numeric: z.number().int().nonnegative(),
  alpha3: z.string().length(3),
  name: z.string().min(1),
  region: z.string().min(1),
});
export type CountryInfo = z.infer<typeof CountryInfo>;

const IsoFile = z.object({ source: z.string(), countries: z.record(z.string().length(2), CountryInfo) });

let countries: Record<string, CountryInfo> | null = null;

export function countryInfo(alpha2: string | null | undefined): CountryInfo | null {
  if (!alpha2) return null;
  if (!countries) {
    const parsed = IsoFile.safeParse(isoJson);
    if (!parsed.success) throw new Error(`data/export/iso-numeric.json is invalid: ${parsed.error.message}`);
    countries = parsed.data.countries;
  }
  return countries[alpha2.toUpperCase()] ?? null;
}
