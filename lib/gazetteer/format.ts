/**
 * The on-disk format of data/gazetteer, shared by scripts/gazetteer-build.ts (writer) and the loader.
 * Designed to load without parsing per-entry JSON: strings are sliced lazily out of one text blob.
 * In/out: four files, all deterministic (entries sorted by id, keys sorted by code unit, no timestamps):
 * - meta.json     counts, small palettes (countries, admin1 names), sparse bboxes and demonyms (Meta)
 * - strings.txt   UTF-8 text of the string sections in STRING_SECTIONS order, concatenated without separators
 * - columns.bin   little-endian typed sections in binaryLayout() order (numbers, string lengths, postings)
 * `prominence` is the number of alternate names GeoNames lists for the place (any script, capped at 255; 0 for
 * other sources), used by importance().
 * Postings (fullIds/bareIds) hold entry index × 2, + 1 when the key is the entry's primary name.
 * - points.kdbush a KDBush (kdbush v4, Float32) buffer over [lon, lat] of every entry, item i = entry i
 * Plus admin1-outlines.geojson (simplified admin-1 shapes for Syria and neighbours, for the map).
 */
import { z } from 'zod';
import { PlaceKind } from '../schemas/gazetteer';

export const FORMAT_VERSION = 4;
export const KINDS = PlaceKind.options;

export const FILES = {
  meta: 'meta.json',
  strings: 'strings.txt',
  columns: 'columns.bin',
  points: 'points.kdbush',
  outlines: 'admin1-outlines.geojson',
} as const;

const BBox = z.tuple([z.number(), z.number(), z.number(), z.number()]);

export const Meta = z.object({
  format: z.literal(FORMAT_VERSION),
  /** number of entries */
  count: z.number().int().nonnegative(),
  /** number of distinct normalised keys (names as normalised) and article-stripped keys */
  nFull: z.number().int().nonnegative(),
  nBare: z.number().int().nonnegative(),
  /** postings (entry indices) under full and bare keys */
  nFullIds: z.number().int().nonnegative(),
  nBareIds: z.number().int().nonnegative(),
  /** palette of country codes; column `country` indexes it (255 = null) */
  countries: z.array(z.string().length(2)).max(254),
  /** palette of admin1 names; column `admin1` indexes it (-1 = null) */
  admin1s: z.array(z.string()).max(32767),
  /** sparse: entry index → [w, s, e, n] */
  bbox: z.record(z.string(), BBox),
  /** sparse: entry index → English demonyms (countries only) */
  demonyms: z.record(z.string(), z.array(z.string())),
  /** code → entry indices: airport IATA/ICAO, country ISO alpha-2/3 and abbreviations, curated all-caps aliases; kept out of the name index */
  codes: z.record(z.string(), z.array(z.number().int().nonnegative())),
});
export type Meta = z.infer<typeof Meta>;

/** String sections of strings.txt; `alt` joins an entry's alternate names with "|"; `source` "" = derived from id. */
export const STRING_SECTIONS = ['id', 'name', 'alt', 'source', 'fullKeys', 'bareKeys'] as const;
export type StringSection = (typeof STRING_SECTIONS)[number];

type SectionType = 'i32' | 'u32' | 'i16' | 'u16' | 'u8';
const WIDTH: Record<SectionType, number> = { i32: 4, u32: 4, i16: 2, u16: 2, u8: 1 };

/** lat/lon are degrees × COORD_SCALE, radius is km × RADIUS_SCALE. */
export const COORD_SCALE = 1e4;
export const RADIUS_SCALE = 10;
export const NO_COUNTRY = 255;

export function binaryLayout(m: Pick<Meta, 'count' | 'nFull' | 'nBare' | 'nFullIds' | 'nBareIds'>) {
  const n = m.count;
  return [
    ['lat', 'i32', n], ['lon', 'i32', n], ['population', 'i32', n], ['parent', 'i32', n],
    ['radius', 'u16', n], ['admin1', 'i16', n], ['country', 'u8', n], ['kind', 'u8', n], ['prominence', 'u8', n],
    ['len_id', 'u16', n], ['len_name', 'u16', n], ['len_alt', 'u16', n], ['len_source', 'u16', n],
    ['len_fullKeys', 'u16', m.nFull], ['len_bareKeys', 'u16', m.nBare],
    ['fullStarts', 'u32', m.nFull + 1], ['bareStarts', 'u32', m.nBare + 1],
    ['fullIds', 'u32', m.nFullIds], ['bareIds', 'u32', m.nBareIds],
  ] as const satisfies readonly (readonly [string, SectionType, number])[];
}

type Layout = ReturnType<typeof binaryLayout>;
type ArrayFor<T extends SectionType> = T extends 'i32' ? Int32Array : T extends 'u32' ? Uint32Array
  : T extends 'i16' ? Int16Array : T extends 'u16' ? Uint16Array : Uint8Array;
export type Sections = { [K in Layout[number] as K[0]]: ArrayFor<K[1]> };

const padded = (bytes: number) => Math.ceil(bytes / 4) * 4;

export function binaryByteLength(layout: Layout): number {
  return layout.reduce((s, [, t, len]) => s + padded(len * WIDTH[t]), 0);
}

/** Typed views over columns.bin (buf must hold exactly binaryByteLength(layout) bytes, 4-byte aligned). */
export function sectionViews(buf: ArrayBuffer, layout: Layout): Sections {
  const out: Record<string, ArrayBufferView> = {};
  let off = 0;
  for (const [name, t, len] of layout) {
    out[name] = t === 'i32' ? new Int32Array(buf, off, len) : t === 'u32' ? new Uint32Array(buf, off, len)
      : t === 'i16' ? new Int16Array(buf, off, len) : t === 'u16' ? new Uint16Array(buf, off, len) : new Uint8Array(buf, off, len);
    off += padded(len * WIDTH[t]);
  }
  return out as unknown as Sections;
}

export function derivedSource(id: string): string | null {
  return id.startsWith('gn:') ? `GeoNames ${id.slice(3)}` : null;
}
