import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { Actor, ConflictEvent } from '@/lib/schemas';

const dir = path.resolve(__dirname, '../../fixtures/ui');
export const fixtureEvents = (): ConflictEvent[] =>
  z.array(ConflictEvent).parse(JSON.parse(readFileSync(path.join(dir, 'events.json'), 'utf8')));
export const fixtureActors = (): Actor[] => z.array(Actor).parse(JSON.parse(readFileSync(path.join(dir, 'actors.json'), 'utf8')));
