/** decodeDump / decodeMeta / writeArticles: the checks the importer runs before writing. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CorpusError, decodeDump, decodeMeta, importDump, writeArticles } from '@/lib/corpus';
import { fixture } from './helpers';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('decodeDump', () => {
  it('returns the text of a UTF-8 dump, without its BOM', () => {
    expect(decodeDump(bytes('\uFEFFTitle Here\r\n\r\nBody text.'), 'd.txt')).toBe('Title Here\r\n\r\nBody text.');
  });
  it.each([
    [new Uint8Array([72, 105, 0, 33]), /d\.txt looks binary \(NUL byte at offset 2\)/],
    [new Uint8Array([0x48, 0xff, 0xfe, 0x41]), /not valid UTF-8/],
    [bytes(''), /d\.txt is empty/],
    [bytes('\uFEFF \n\r\n'), /is empty/],
  ])('rejects bad bytes %#', (input, message) => {
    expect(() => decodeDump(input, 'd.txt')).toThrow(message);
    expect(() => decodeDump(input, 'd.txt')).toThrow(CorpusError);
  });
});

describe('decodeMeta', () => {
  it('parses valid meta and rejects invalid JSON or shape', () => {
    expect(decodeMeta(bytes('{"file":"x","articles":[{"title":"A B","published":null}]}'), 'm.json').articles).toHaveLength(1);
    expect(() => decodeMeta(bytes('{"articles": ['), 'm.json')).toThrow(/m\.json is not valid JSON/);
    expect(() => decodeMeta(bytes('{"articles": [{"title": "A"}]}'), 'm.json')).toThrow(/m\.json: invalid meta: articles\.0\.published/);
  });
});

describe('writeArticles', () => {
  it('writes each article once, then reports it unchanged, leaving no temp files', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-write-'));
    try {
      const { articles } = importDump(fixture('glued-variants.txt'));
      expect(writeArticles(articles, dir)).toEqual({ written: articles.map((a) => a.id), unchanged: [] });
      const before = fs.statSync(path.join(dir, `${articles[0]!.id}.md`)).mtimeMs;
      expect(writeArticles(articles, dir)).toEqual({ written: [], unchanged: articles.map((a) => a.id) });
      expect(fs.statSync(path.join(dir, `${articles[0]!.id}.md`)).mtimeMs).toBe(before);
      expect(fs.readdirSync(dir).sort()).toEqual(articles.map((a) => `${a.id}.md`).sort());
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
