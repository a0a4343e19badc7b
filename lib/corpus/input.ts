/**
 * Raw input checks for files handed to the importer, done before anything is parsed or written.
 * In: bytes of a dump or meta file. Out: the decoded text, or CorpusError('bad-input' | 'bad-meta')
 * saying what is wrong (binary, invalid UTF-8, empty, not JSON).
 */
import { CorpusError } from './errors';
import { parseDumpMeta, type DumpMeta } from './meta';

/** Decode a dump: rejects NUL bytes (binary), invalid UTF-8 and empty or blank content. */
export function decodeDump(bytes: Uint8Array, name: string): string {
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new CorpusError('bad-input', `${name} looks binary (NUL byte at offset ${nul}); expected a UTF-8 text dump`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CorpusError('bad-input', `${name} is not valid UTF-8; convert it first (e.g. iconv -t UTF-8)`);
  }
  if (text.replace(/^\uFEFF/, '').trim().length === 0) throw new CorpusError('bad-input', `${name} is empty`);
  return text;
}

/** Decode and validate a meta JSON file. */
export function decodeMeta(bytes: Uint8Array, name: string): DumpMeta {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (err) {
    throw new CorpusError('bad-meta', `${name} is not valid JSON: ${(err as Error).message}`);
  }
  try {
    return parseDumpMeta(value);
  } catch (err) {
    if (err instanceof CorpusError) throw new CorpusError('bad-meta', `${name}: ${err.message}`, err.issues);
    throw err;
  }
}
