/**
 * The store test fixtures (tests/fixtures/store/articles.json) as typed, zod-parsed documents,
 * with short names for their event ids.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { Article, ConflictEvent, Mention } from '@/lib/schemas';
import type { StoredArticle } from '@/lib/store/types';

const Doc = z.object({ article: Article, mentions: z.array(Mention), events: z.array(ConflictEvent), pipelineVersion: z.string() });

export function loadFixtureDocs(): StoredArticle[] {
  const raw = JSON.parse(fs.readFileSync(path.join(__dirname, '../../fixtures/store/articles.json'), 'utf8'));
  return z.array(Doc).parse(raw);
}

export const A = 'airstrikes-hit-alpha-town-0a1b2c3d';
export const B = 'talks-open-in-delta-city-4e5f6a7b';
export const C = 'families-flee-edge-camp-8c9d0e1f';
export const ev = (article: string, i: number) => `${article}-e${i}`;
