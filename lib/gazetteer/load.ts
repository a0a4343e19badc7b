/**
 * Read the data/gazetteer files into flat arrays (no per-entry objects: those are made lazily).
 * In: a directory written by scripts/gazetteer-build.ts. Out: GazetteerData, or a thrown Error that names
 * the missing/corrupt file and the fix ("run npm run gazetteer:build").
 */
import fs from 'node:fs';
import path from 'node:path';
import KDBush from 'kdbush';
import { FILES, Meta, binaryByteLength, binaryLayout, sectionViews, type Sections } from './format';
import { KeyTable } from './keys';
import { StringColumn } from './strings';

export interface GazetteerData {
  dir: string;
  count: number;
  meta: Meta;
  cols: Sections;
  ids: StringColumn;
  names: StringColumn;
  alts: StringColumn;
  sources: StringColumn;
  full: KeyTable;
  bare: KeyTable;
  points: KDBush;
}

const FIX = 'run `npm run gazetteer:build` to regenerate data/gazetteer';

function read(dir: string, name: string): Buffer {
  const file = path.join(dir, name);
  try {
    return fs.readFileSync(file);
  } catch (err) {
    throw new Error(`gazetteer file missing or unreadable: ${file} (${(err as Error).message}); ${FIX}`);
  }
}

/** An ArrayBuffer holding exactly the bytes of buf (copies only when buf is a view into a larger pool). */
function ownBuffer(buf: Buffer): ArrayBuffer {
  if (buf.byteOffset === 0 && buf.byteLength === buf.buffer.byteLength) return buf.buffer as ArrayBuffer;
  const copy = new ArrayBuffer(buf.byteLength);
  new Uint8Array(copy).set(buf);
  return copy;
}

function readMeta(dir: string): Meta {
  let raw: unknown;
  try {
    raw = JSON.parse(read(dir, FILES.meta).toString('utf8'));
  } catch (err) {
    if ((err as Error).message.startsWith('gazetteer file missing')) throw err;
    throw new Error(`${path.join(dir, FILES.meta)} is not valid JSON (${(err as Error).message}); ${FIX}`);
  }
  const meta = Meta.safeParse(raw);
  if (!meta.success) {
    const i = meta.error.issues[0];
    throw new Error(`${path.join(dir, FILES.meta)} is invalid at ${i?.path.join('.')}: ${i?.message}; ${FIX}`);
  }
  return meta.data;
}

export function readGazetteerData(dir: string): GazetteerData {
  const meta = readMeta(dir);
  const layout = binaryLayout(meta);
  const colBuf = read(dir, FILES.columns);
  if (colBuf.byteLength !== binaryByteLength(layout)) throw new Error(`${FILES.columns} does not match ${FILES.meta}; ${FIX}`);
  const cols = sectionViews(ownBuffer(colBuf), layout);
  const text = read(dir, FILES.strings).toString('utf8');
  const ids = new StringColumn(text, 0, cols.len_id);
  const names = new StringColumn(text, ids.end, cols.len_name);
  const alts = new StringColumn(text, names.end, cols.len_alt);
  const sources = new StringColumn(text, alts.end, cols.len_source);
  const fullKeys = new StringColumn(text, sources.end, cols.len_fullKeys);
  const bareKeys = new StringColumn(text, fullKeys.end, cols.len_bareKeys);
  if (bareKeys.end !== text.length) throw new Error(`${FILES.strings} does not match ${FILES.columns}; ${FIX}`);
  const points = KDBush.from(ownBuffer(read(dir, FILES.points)));
  if (points.numItems !== meta.count) throw new Error(`${FILES.points} indexes ${points.numItems} points, expected ${meta.count}; ${FIX}`);
  return {
    dir, count: meta.count, meta, cols, ids, names, alts, sources,
    full: new KeyTable(fullKeys, cols.fullStarts, cols.fullIds),
    bare: new KeyTable(bareKeys, cols.bareStarts, cols.bareIds),
    points,
  };
}
