/** Article ⇄ Markdown round trip and loadArticles (validation, caching, ordering). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  articleFromMarkdown,
  articleToMarkdown,
  clearArticleCache,
  CorpusError,
  importDump,
  loadArticles,
  writeArticles,
} from '@/lib/corpus';
import { fixture, readSeed } from './helpers';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-md-'));
  clearArticleCache();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('articleToMarkdown / articleFromMarkdown', () => {
  it('round-trips every seed article exactly (body byte for byte, spans recomputed)', () => {
    const { raw, meta } = readSeed();
    for (const a of importDump(raw, meta).articles) {
      const md = articleToMarkdown(a);
      expect(md.endsWith(`\n---\n${a.body}\n`)).toBe(true);
      expect(articleFromMarkdown(md, `${a.id}.md`)).toEqual(a);
    }
  });

  it('round-trips titles and boilerplate with YAML-special characters', () => {
    const a = importDump(fixture('read-also-and-ads.txt')).articles[0]!;
    const odd = { ...a, source: 'Wire: "Quotes" & #hash', url: null, published: '2020-02-29' };
    expect(articleFromMarkdown(articleToMarkdown(odd), 'x.md')).toEqual(odd);
  });

  it('rejects a file whose body was edited (id no longer matches), without front matter, or invalid', () => {
    const a = importDump(fixture('one-article.txt')).articles[0]!;
    const md = articleToMarkdown(a);
    expect(() => articleFromMarkdown(md.replace('Tuesday', 'Monday'), 'a.md')).toThrow(/does not match title and body/);
    expect(() => articleFromMarkdown(a.body, 'a.md')).toThrow(/missing front matter/);
    expect(() => articleFromMarkdown(md.replace(/published: null/, 'published: yesterday'), 'a.md')).toThrow(
      /a\.md: invalid article: published/,
    );
    expect(() => articleFromMarkdown(md.slice(0, -1), 'a.md')).toThrow(CorpusError);
  });
});

describe('loadArticles', () => {
  it('reads back what writeArticles wrote, sorted by date then id', () => {
    const { raw, meta } = readSeed();
    const { articles } = importDump(raw, meta);
    writeArticles(articles, dir);
    const loaded = loadArticles(dir);
    expect(loaded).toHaveLength(12);
    expect([...loaded].sort((x, y) => x.id.localeCompare(y.id))).toEqual([...articles].sort((x, y) => x.id.localeCompare(y.id)));
    const dates = loaded.map((a) => a.published ?? '');
    expect(dates).toEqual([...dates].sort());
  });

  it('caches per directory and reloads after a new file is written', () => {
    writeArticles(importDump(fixture('one-article.txt')).articles, dir);
    const first = loadArticles(dir);
    expect(loadArticles(dir)).toBe(first);
    writeArticles(importDump(fixture('question-headline.txt')).articles, dir);
    const second = loadArticles(dir);
    expect(second).not.toBe(first);
    expect(second.map((a) => a.title).sort()).toEqual(['Can The Ceasefire Survive Another Week?', 'Rebels Seize Hilltop Town After Heavy Fighting']);
  });

  it('ignores non-.md and hidden temp files, rejects a misnamed file, and names the fix for a missing dir', () => {
    const a = importDump(fixture('one-article.txt')).articles[0]!;
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'not an article');
    fs.writeFileSync(path.join(dir, `.${a.id}.md.123.tmp`), 'partial');
    writeArticles([a], dir);
    expect(loadArticles(dir).map((x) => x.id)).toEqual([a.id]);
    fs.renameSync(path.join(dir, `${a.id}.md`), path.join(dir, 'renamed.md'));
    clearArticleCache();
    expect(() => loadArticles(dir)).toThrow(/renamed\.md: file name must be/);
    expect(() => loadArticles(path.join(dir, 'nope'))).toThrow(/article directory not found.*corpus:import/);
  });

  it('loads the committed data/articles (the 12 seed articles)', () => {
    const articles = loadArticles();
    expect(articles).toHaveLength(12);
    expect(articles.every((a) => a.published !== null && a.source === '000_86881a3a57d73c7f.txt')).toBe(true);
  });
});
