/**
 * Serialise build entries into the data/gazetteer format (lib/gazetteer/format.ts).
 * In: BuildEntry[] from every source. Out: file name → bytes, deterministic (entries sorted by id,
 * keys sorted by code unit, no timestamps), plus kept count and rejected rows with reasons.
 */
import KDBush from 'kdbush';
import { GazetteerEntry } from '../../lib/schemas/gazetteer';
import {
  COORD_SCALE, FILES, FORMAT_VERSION, KINDS, NO_COUNTRY, RADIUS_SCALE, binaryByteLength, binaryLayout, derivedSource,
  normalizeName, sectionViews, stripArticles, type Meta,
} from '../../lib/gazetteer';
import type { BuildEntry } from './entry';

export interface WriteResult {
  files: Record<string, Buffer>;
  kept: number;
  rejected: { id: string; reason: string }[];
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function postingTable(map: Map<string, Set<number>>): { keys: string[]; starts: number[]; ids: number[] } {
  const keys = [...map.keys()].sort(byCodeUnit);
  const starts: number[] = [0];
  const ids: number[] = [];
  for (const k of keys) {
    for (const i of [...map.get(k)!].sort((a, b) => a - b)) ids.push(i);
    starts.push(ids.length);
  }
  return { keys, starts, ids };
}

function validate(all: BuildEntry[]): { valid: BuildEntry[]; rejected: WriteResult['rejected'] } {
  const rejected: WriteResult['rejected'] = [];
  const seen = new Set<string>();
  const valid: BuildEntry[] = [];
  for (const e of [...all].sort((a, b) => byCodeUnit(a.id, b.id))) {
    if (seen.has(e.id)) { rejected.push({ id: e.id, reason: 'duplicate id' }); continue; }
    const r = GazetteerEntry.safeParse(e);
    if (!r.success) { rejected.push({ id: e.id, reason: r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') }); continue; }
    seen.add(e.id);
    valid.push({ ...r.data, alt: r.data.alt.map((a) => a.replace(/\|/g, '/')), demonyms: e.demonyms, codes: e.codes, prominence: e.prominence });
  }
  return { valid, rejected };
}

export function serialise(all: BuildEntry[]): WriteResult {
  const { valid, rejected } = validate(all);
  const n = valid.length;
  const index = new Map(valid.map((e, i) => [e.id, i]));
  const countries = [...new Set(valid.map((e) => e.country).filter((c): c is string => c !== null))].sort(byCodeUnit);
  const admin1s = [...new Set(valid.map((e) => e.admin1).filter((c): c is string => c !== null))].sort(byCodeUnit);
  const cIdx = new Map(countries.map((c, i) => [c, i]));
  const aIdx = new Map(admin1s.map((c, i) => [c, i]));

  const full = new Map<string, Set<number>>();
  const bare = new Map<string, Set<number>>();
  // posting value = entry index * 2 + 1 when the key comes from the entry's primary name, + 0 from an alias
  const add = (m: Map<string, Set<number>>, k: string, i: number, primary: boolean) => {
    if (!k) return;
    let s = m.get(k);
    if (!s) m.set(k, (s = new Set()));
    if (primary) s.delete(i * 2);
    if (!s.has(i * 2 + 1)) s.add(i * 2 + (primary ? 1 : 0));
  };
  valid.forEach((e, i) => {
    const codes = new Set(e.codes ?? []);
    [e.name, ...e.alt.filter((a) => !codes.has(a))].forEach((name, j) => {
      const k = normalizeName(name);
      add(full, k, i, j === 0);
      const b = stripArticles(k);
      if (b !== k) add(bare, b, i, j === 0);
    });
  });
  const f = postingTable(full);
  const b = postingTable(bare);
  const meta: Meta = {
    format: FORMAT_VERSION, count: n, nFull: f.keys.length, nBare: b.keys.length, nFullIds: f.ids.length,
    nBareIds: b.ids.length, countries, admin1s, bbox: {}, demonyms: {}, codes: {},
  };
  const layout = binaryLayout(meta);
  const bin = new ArrayBuffer(binaryByteLength(layout));
  const s = sectionViews(bin, layout);
  const text: Record<'id' | 'name' | 'alt' | 'source', string[]> = { id: [], name: [], alt: [], source: [] };
  const putText = (col: keyof typeof text, lens: Uint16Array, i: number, v: string) => {
    if (v.length > 0xffff) throw new Error(`${col} of entry ${i} is longer than 65535 chars`);
    text[col].push(v);
    lens[i] = v.length;
  };
  valid.forEach((e, i) => {
    s.kind[i] = KINDS.indexOf(e.kind);
    s.prominence[i] = Math.min(255, e.prominence ?? 0);
    s.country[i] = e.country === null ? NO_COUNTRY : cIdx.get(e.country)!;
    s.admin1[i] = e.admin1 === null ? -1 : aIdx.get(e.admin1)!;
    s.parent[i] = e.parentId === null ? -1 : index.get(e.parentId) ?? -1;
    s.population[i] = e.population ?? -1;
    s.lat[i] = Math.round(e.lat * COORD_SCALE);
    s.lon[i] = Math.round(e.lon * COORD_SCALE);
    s.radius[i] = Math.min(0xffff, Math.round(e.radiusKm * RADIUS_SCALE));
    putText('id', s.len_id, i, e.id);
    putText('name', s.len_name, i, e.name);
    putText('alt', s.len_alt, i, e.alt.join('|'));
    putText('source', s.len_source, i, derivedSource(e.id) === e.source ? '' : e.source);
    if (e.bbox) meta.bbox[String(i)] = e.bbox;
    if (e.demonyms?.length) meta.demonyms[String(i)] = e.demonyms;
    for (const c of e.codes ?? []) meta.codes[c] = [...(meta.codes[c] ?? []), i];
  });
  f.keys.forEach((k, i) => { s.len_fullKeys[i] = k.length; });
  b.keys.forEach((k, i) => { s.len_bareKeys[i] = k.length; });
  s.fullStarts.set(f.starts);
  s.bareStarts.set(b.starts);
  s.fullIds.set(f.ids);
  s.bareIds.set(b.ids);
  const strings = [...text.id, ...text.name, ...text.alt, ...text.source, ...f.keys, ...b.keys].join('');

  const kd = new KDBush(n, 64, Float32Array);
  for (const e of valid) kd.add(e.lon, e.lat);
  kd.finish();

  return {
    files: {
      [FILES.meta]: Buffer.from(JSON.stringify(meta)),
      [FILES.strings]: Buffer.from(strings, 'utf8'),
      [FILES.columns]: Buffer.from(bin),
      [FILES.points]: Buffer.from(kd.data as ArrayBuffer),
    },
    kept: n,
    rejected,
  };
}
