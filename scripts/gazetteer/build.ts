/**
 * Assemble every gazetteer source into one list of entries and serialise it.
 * In: node_modules dir (data packages) and the curated CSV dir. Out: file bytes (see lib/gazetteer/format.ts),
 * counts per kind, and every rejected row with its reason (nothing is dropped silently).
 */
import { readAdmin1 } from './admin1';
import { readCountries } from './countries';
import { readGeonames } from './geonames';
import { readUsCounties } from './us-counties';
import { readAirports } from './airports';
import { isCode, readCurated } from './curated';
import { serialise } from './write';
import { attachNeighbourhoods } from './neighbourhoods';
import { FILES } from '../../lib/gazetteer';
import type { BuildEntry } from './entry';

export interface BuildResult {
  files: Record<string, Buffer>;
  kept: number;
  byKind: Record<string, number>;
  rejected: string[];
}

export function buildGazetteer(opts: { nodeModules: string; curatedDir: string }): BuildResult {
  const admin1 = readAdmin1(opts.nodeModules);
  const countries = readCountries(opts.nodeModules);
  const geonames = readGeonames(opts.nodeModules, admin1.byGeonamesCode);
  const counties = readUsCounties(opts.nodeModules, admin1.byIso);
  const airports = readAirports(opts.nodeModules, admin1.byIso);
  const curated = readCurated(opts.curatedDir);
  const rejected: string[] = [
    ...Object.entries(geonames.stats.rejected).map(([why, n]) => `cities500: ${n} rows: ${why}`),
    ...curated.rejected.map((r) => `curated/${r.file}:${r.line}: ${r.reason}`),
  ];

  attachNeighbourhoods(geonames.entries);
  const all: BuildEntry[] = [...countries, ...admin1.entries, ...geonames.entries, ...counties, ...airports, ...curated.entries];
  const byId = new Map(all.map((e) => [e.id, e]));
  for (const a of curated.aliases) {
    const e = byId.get(a.id);
    if (!e) {
      const msg = `curated/aliases.csv: unknown id ${a.id}`;
      if (!rejected.includes(msg)) rejected.push(msg);
      continue;
    }
    if (!e.alt.includes(a.alt) && e.name !== a.alt) e.alt = [...e.alt, a.alt];
    if (isCode(a.alt)) e.codes = [...new Set([...(e.codes ?? []), a.alt])];
  }
  // Parents must exist; curated rows inherit admin1 from their parent when they do not state it.
  for (const e of all) {
    if (e.parentId && !byId.has(e.parentId)) {
      rejected.push(`${e.id}: unknown parent ${e.parentId} (parent cleared)`);
      e.parentId = e.country && byId.has(`iso:${e.country}`) ? `iso:${e.country}` : null;
    }
    if (e.admin1 === null && e.parentId) {
      const p = byId.get(e.parentId);
      if (p && p.kind === 'admin1') e.admin1 = p.name;
      else if (p && p.admin1) e.admin1 = p.admin1;
    }
  }
  const written = serialise(all);
  for (const r of written.rejected) rejected.push(`${r.id}: ${r.reason}`);
  const byKind: Record<string, number> = {};
  for (const e of all) byKind[e.kind] = (byKind[e.kind] ?? 0) + 1;
  const outlines = Buffer.from(JSON.stringify(admin1.outlines));
  return { files: { ...written.files, [FILES.outlines]: outlines }, kept: written.kept, byKind, rejected };
}
