/**
 * Curated CSVs in data/gazetteer/curated/ for what the packages lack (bases, neighbourhoods, named areas,
 * border zones, seas, multi-country regions). Every row cites where its coordinates come from.
 * In: places CSVs with header id,name,alt,kind,country,admin1,parent,population,lat,lon,radius_km,bbox,source
 *     (alt "|"-separated; bbox "west south east north" or empty) and aliases.csv with header id,alt,source
 *     adding alternate names to entries from other sources.
 * Out: BuildEntry rows ("cu:<id>"), alias additions, and rejected rows with the reason.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PlaceKind } from '../../lib/schemas/gazetteer';
import type { BuildEntry } from './entry';

/** Minimal RFC 4180 CSV: quoted fields, doubled quotes, CRLF tolerant. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field); field = '';
      if (row.some((c) => c.trim() !== '')) rows.push(row);
      row = [];
    } else field += ch;
  }
  row.push(field);
  if (row.some((c) => c.trim() !== '')) rows.push(row);
  return rows;
}

function records(file: string): { line: number; rec: Record<string, string> }[] {
  const rows = parseCsv(fs.readFileSync(file, 'utf8'));
  const header = (rows[0] ?? []).map((h) => h.trim());
  return rows.slice(1).map((r, i) => ({
    line: i + 2,
    rec: Object.fromEntries(header.map((h, j) => [h, (r[j] ?? '').trim()])),
  }));
}

export interface CuratedResult {
  entries: BuildEntry[];
  /** extra spellings for entries of other sources; all-caps ones become codes */
  aliases: { id: string; alt: string; source: string }[];
  rejected: { file: string; line: number; reason: string }[];
}

/** All-caps abbreviations ("EU", "AANES") are indexed as codes, not as names (see write.ts). */
export const isCode = (s: string): boolean => /^[A-Z0-9]{2,5}$/.test(s);

const num = (s: string | undefined): number | null => (s && s.trim() !== '' && Number.isFinite(Number(s)) ? Number(s) : null);

export function readCurated(dir: string): CuratedResult {
  const out: CuratedResult = { entries: [], aliases: [], rejected: [] };
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.csv')).sort() : [];
  for (const f of files) {
    const file = path.join(dir, f);
    for (const { line, rec } of records(file)) {
      const reject = (reason: string) => out.rejected.push({ file: f, line, reason });
      if (!rec.source) { reject('missing source'); continue; }
      if (f === 'aliases.csv') {
        if (!rec.id || !rec.alt) { reject('aliases need id and alt'); continue; }
        for (const a of rec.alt.split('|')) if (a.trim()) out.aliases.push({ id: rec.id, alt: a.trim(), source: rec.source });
        continue;
      }
      const kind = PlaceKind.safeParse(rec.kind);
      const lat = num(rec.lat), lon = num(rec.lon), radius = num(rec.radius_km);
      if (!rec.id || !/^[a-z0-9-]+$/.test(rec.id)) { reject(`bad id "${rec.id}" (lowercase slug)`); continue; }
      if (!rec.name) { reject('missing name'); continue; }
      if (!kind.success) { reject(`bad kind "${rec.kind}"`); continue; }
      if (lat === null || lon === null || radius === null) { reject('lat, lon and radius_km must be numbers'); continue; }
      let bbox: [number, number, number, number] | null = null;
      if (rec.bbox) {
        const b = rec.bbox.split(/\s+/).map(Number);
        if (b.length !== 4 || b.some((x) => !Number.isFinite(x))) { reject(`bad bbox "${rec.bbox}"`); continue; }
        bbox = [b[0]!, b[1]!, b[2]!, b[3]!];
      }
      const pop = num(rec.population);
      const alts = rec.alt ? rec.alt.split('|').map((s) => s.trim()).filter(Boolean) : [];
      out.entries.push({
        id: `cu:${rec.id}`, name: rec.name, alt: alts, codes: alts.filter(isCode),
        kind: kind.data, country: rec.country ? rec.country.toUpperCase() : null, admin1: rec.admin1 || null,
        parentId: rec.parent || (rec.country ? `iso:${rec.country.toUpperCase()}` : null),
        population: pop === null ? null : Math.round(pop), lat, lon, radiusKm: radius, bbox, source: rec.source,
      });
    }
  }
  return out;
}
