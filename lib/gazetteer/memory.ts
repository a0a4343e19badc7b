/**
 * MemoryGazetteer: the Gazetteer interface over the flat arrays of data/gazetteer.
 * In: GazetteerData (lib/gazetteer/load.ts). Out: entries by id (binary search over sorted ids), by exact
 * normalised name (KeyTable), ranked fuzzy search, nearest places (kdbush + geokdbush) and children.
 * Entry objects are built on first use and cached (frozen: callers must not mutate them). lookupVariant() asks a
 * skeleton index (transliteration folding, lib/gazetteer/fold.ts) built on its first call.
 */
import { around } from 'geokdbush';
import type { GazetteerEntry, GeocodeResult, PlaceKind } from '../schemas/gazetteer';
import type { Gazetteer, NearResult } from './types';
import { COORD_SCALE, KINDS, NO_COUNTRY, RADIUS_SCALE, derivedSource } from './format';
import type { GazetteerData } from './load';
import type { KeyTable } from './keys';
import { normalizeName, stripArticles } from './normalize';
import { fuzzyMatch, importance, MATCH, prefixMatch, searchScore } from './rank';
import { fuzzyKeys } from './fuzzy';
import { foldable, foldKey, foldName, MIN_FOLD_KEY_LENGTH } from './fold';
import { distanceKm } from '../geo';

export interface SearchOptions {
  limit?: number;
  country?: string;
  kinds?: PlaceKind[];
}

export class MemoryGazetteer implements Gazetteer {
  private readonly cache: (GazetteerEntry | undefined)[];
  /** importance() per entry, computed from the columns on first use (NaN = not yet) */
  private readonly imp: Float32Array;
  private childIndex: Map<number, number[]> | null = null;
  private demonymIndex: Map<string, number[]> | null = null;
  /** skeleton (lib/gazetteer/fold.ts) → positions, over the names of entries in foldable countries; built on first use */
  private variantIndex: Map<string, number[]> | null = null;

  constructor(private readonly d: GazetteerData) {
    this.cache = new Array(d.count);
    this.imp = new Float32Array(d.count).fill(NaN);
  }

  /** importance() of entry i, prominence included, without materialising it. */
  importanceAt(i: number): number {
    let v = this.imp[i]!;
    if (Number.isNaN(v)) {
      const pop = this.d.cols.population[i]!;
      const c = this.d.cols;
      v = this.imp[i] = importance(
        { kind: KINDS[c.kind[i]!]!, population: pop < 0 ? null : pop, radiusKm: c.radius[i]! / RADIUS_SCALE },
        c.prominence[i]!,
      );
    }
    return v;
  }

  get size(): number {
    return this.d.count;
  }

  /** Entry at internal position i (0 ≤ i < size). */
  at(i: number): GazetteerEntry {
    const hit = this.cache[i];
    if (hit) return hit;
    const { meta, cols: c } = this.d;
    const id = this.d.ids.get(i);
    const parent = c.parent[i]!;
    const country = c.country[i]!, admin1 = c.admin1[i]!, pop = c.population[i]!;
    const altText = this.d.alts.get(i);
    const alt = Object.freeze(altText ? altText.split('|') : []);
    const bbox = meta.bbox[String(i)];
    const e = Object.freeze({
      id, name: this.d.names.get(i), alt: alt as string[], kind: KINDS[c.kind[i]!]!,
      country: country === NO_COUNTRY ? null : meta.countries[country]!, admin1: admin1 < 0 ? null : meta.admin1s[admin1]!,
      parentId: parent < 0 ? null : this.d.ids.get(parent), population: pop < 0 ? null : pop,
      lat: c.lat[i]! / COORD_SCALE, lon: c.lon[i]! / COORD_SCALE, radiusKm: c.radius[i]! / RADIUS_SCALE,
      bbox: bbox ? (Object.freeze([...bbox]) as unknown as [number, number, number, number]) : null,
      source: this.d.sources.get(i) || derivedSource(id) || 'unknown',
    });
    this.cache[i] = e;
    return e;
  }

  /** Internal position of an id, or -1 (ids are stored sorted by code unit). */
  indexOf(id: string): number {
    const ids = this.d.ids;
    let lo = 0, hi = ids.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ids.compare(mid, id) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo < ids.length && ids.compare(lo, id) === 0 ? lo : -1;
  }

  /** importance() of an entry of this gazetteer, with its prominence (0 for entries from elsewhere). */
  importanceOf(e: GazetteerEntry): number {
    const i = this.indexOf(e.id);
    return i < 0 ? importance(e) : this.importanceAt(i);
  }

  byId(id: string): GazetteerEntry | undefined {
    const i = this.indexOf(id);
    return i < 0 ? undefined : this.at(i);
  }

  /**
   * Positions matching a normalised key exactly (MATCH.name via the primary name, MATCH.alt via an alias),
   * or once Arabic articles are stripped on either side (MATCH.bare). Postings are index × 2 + primary flag.
   */
  private exactPositions(key: string): Map<number, number> {
    const out = new Map<number, number>();
    if (!key) return out;
    this.post(out, this.d.full, key, MATCH.name, MATCH.alt);
    this.post(out, this.d.bare, key, MATCH.bare, MATCH.bare);
    const bare = stripArticles(key);
    if (bare !== key) {
      this.post(out, this.d.full, bare, MATCH.bare, MATCH.bare);
      this.post(out, this.d.bare, bare, MATCH.bare, MATCH.bare);
    }
    return out;
  }

  /** Record the postings of `key` in `table` into `out` (position → best match score: primary or alias). */
  private post(out: Map<number, number>, table: KeyTable, key: string, primary: number, alias: number): void {
    const k = table.find(key);
    if (k < 0) return;
    for (const v of table.postings(k)) {
      const i = v >>> 1, score = v & 1 ? primary : alias;
      if ((out.get(i) ?? 0) < score) out.set(i, score);
    }
  }

  /** Entries under the same key, most likely first: importance, plus a bonus when the primary name matched. */
  lookup(name: string): GazetteerEntry[] {
    const found = this.exactPositions(normalizeName(name));
    if (found.size === 0) return [];
    const ranked: { i: number; r: number }[] = [];
    for (const [i, m] of found) ranked.push({ i, r: this.importanceAt(i) + (m - MATCH.bare) });
    // ids are stored sorted, so position order is id order: a stable tie-break
    if (ranked.length > 1) ranked.sort((a, b) => b.r - a.r || a.i - b.i);
    return ranked.map(({ i }) => this.at(i));
  }

  search(q: string, opts: SearchOptions = {}): GeocodeResult[] {
    const limit = Math.max(1, Math.min(opts.limit ?? 10, 100));
    const key = normalizeName(q);
    if (!key) return [];
    const country = opts.country?.toUpperCase();
    const kinds = opts.kinds && opts.kinds.length ? new Set(opts.kinds) : null;
    const ok = (e: GazetteerEntry) => (!country || e.country === country) && (!kinds || kinds.has(e.kind));
    const found = new Map<number, number>();
    const consider = (i: number, match: number) => {
      if ((found.get(i) ?? -1) >= match) return;
      if (ok(this.at(i))) found.set(i, match);
    };
    // an all-caps query of 2-5 characters may be a code ("DAM", "OSLK", "UK", "EU")
    if (/^[A-Z0-9]{2,5}$/.test(q.trim())) for (const i of this.d.meta.codes[q.trim()] ?? []) consider(i, MATCH.name);
    for (const [i, m] of this.exactPositions(key)) consider(i, m);
    if (found.size < limit && key.length >= 3) {
      const [from, to] = this.d.full.prefixRange(key);
      for (let k = from; k < Math.min(to, from + 200); k++) {
        const ratio = key.length / this.d.full.key(k).length;
        for (const v of this.d.full.postings(k)) consider(v >>> 1, prefixMatch(ratio));
      }
    }
    if (found.size === 0) {
      for (const h of fuzzyKeys(this.d.full, key)) {
        for (const v of this.d.full.postings(h.pos)) consider(v >>> 1, fuzzyMatch(h.dist));
      }
    }
    const ranked = [...found].map(([i, m]) => ({ e: this.at(i), score: searchScore(m, this.importanceAt(i)) }));
    ranked.sort((a, b) => b.score - a.score || (a.e.id < b.e.id ? -1 : 1));
    return ranked.slice(0, limit).map(({ e, score }) => ({
      id: e.id, name: e.name, kind: e.kind, country: e.country, admin1: e.admin1, lat: e.lat, lon: e.lon, score,
    }));
  }

  near(lat: number, lon: number, opts: { limit?: number; maxKm?: number; kinds?: PlaceKind[] } = {}): NearResult[] {
    const limit = Math.max(1, opts.limit ?? 10);
    const kinds = opts.kinds && opts.kinds.length ? new Set(opts.kinds.map((k) => KINDS.indexOf(k))) : null;
    const kindCol = this.d.cols.kind;
    const pred = kinds ? (i: number) => kinds.has(kindCol[i]!) : undefined;
    const ids = around(this.d.points as never, lon, lat, limit, opts.maxKm ?? Infinity, pred) as unknown as number[];
    return ids.map((i) => {
      const e = this.at(i);
      return { entry: e, km: Math.round(distanceKm(lat, lon, e.lat, e.lon) * 1000) / 1000 };
    });
  }

  children(id: string): GazetteerEntry[] {
    const i = this.indexOf(id);
    if (i < 0) return [];
    if (!this.childIndex) {
      const m = new Map<number, number[]>();
      this.d.cols.parent.forEach((p, c) => {
        if (p < 0) return;
        const list = m.get(p);
        if (list) list.push(c);
        else m.set(p, [c]);
      });
      this.childIndex = m;
    }
    return (this.childIndex.get(i) ?? []).map((c) => this.at(c));
  }

  /** Entries by code: airport IATA/ICAO ("LTK", "OSLK"), country ISO/abbreviation ("SYR", "UK", "DRC"), curated ("EU"). Case-insensitive, exact. */
  lookupCode(code: string): GazetteerEntry[] {
    const hits = [...(this.d.meta.codes[code.trim().toUpperCase()] ?? [])];
    hits.sort((a, b) => this.importanceAt(b) - this.importanceAt(a) || a - b);
    return hits.map((i) => this.at(i));
  }

  /** Countries whose English demonym matches ("Syrian" → Syria); kept apart from lookup() on purpose. */
  lookupDemonym(word: string): GazetteerEntry[] {
    if (!this.demonymIndex) {
      const m = new Map<string, number[]>();
      for (const [i, names] of Object.entries(this.d.meta.demonyms)) {
        for (const n of names) {
          const k = normalizeName(n);
          m.set(k, [...(m.get(k) ?? []), Number(i)]);
        }
      }
      this.demonymIndex = m;
    }
    return (this.demonymIndex.get(normalizeName(word)) ?? []).map((i) => this.at(i));
  }

  /**
   * Entries of the foldable countries (data/geocode/transliteration.json) with a name of the same skeleton as
   * `name` ("Mhardeh" → Muḩradah, "Sheikh Maskin" → Shaykh Miskīn), most important first; [] when the
   * skeleton is shorter than the table's minKeyLength. Not a substitute for lookup(): callers ask it only
   * when the exact key finds nothing, and must want evidence that the text means a place.
   */
  lookupVariant(name: string): GazetteerEntry[] {
    const key = foldName(name);
    if (key.length < MIN_FOLD_KEY_LENGTH) return [];
    const hits = (this.variantIndex ??= this.buildVariantIndex()).get(key);
    if (!hits) return [];
    const ranked = [...hits].sort((a, b) => this.importanceAt(b) - this.importanceAt(a) || a - b);
    return ranked.map((i) => this.at(i));
  }

  /** One pass over the name keys: fold those with a posting in a foldable country (~1 key in 10). */
  private buildVariantIndex(): Map<string, number[]> {
    const { meta, cols, full } = this.d;
    const countryOk = new Uint8Array(meta.countries.length + 1);
    meta.countries.forEach((cc, k) => (countryOk[k] = foldable(cc) ? 1 : 0));
    const index = new Map<string, number[]>();
    for (let k = 0; k < full.size; k++) {
      let skeleton: string | null = null;
      for (const v of full.postings(k)) {
        const i = v >>> 1;
        const c = cols.country[i]!;
        if (c === NO_COUNTRY || !countryOk[c]) continue;
        skeleton ??= foldKey(full.key(k));
        if (skeleton.length < MIN_FOLD_KEY_LENGTH) break;
        const list = index.get(skeleton);
        if (!list) index.set(skeleton, [i]);
        else if (!list.includes(i)) list.push(i);
      }
    }
    return index;
  }
}
