/**
 * seed — the start-up step that fills an empty store with the bundled corpus (data/articles through the reader).
 * Usage: npm run seed   (DATABASE_URL, default sqlite:./data/atlas.db; ATLAS_SEED=0 skips it)
 * `npm start` runs it before serving; it does nothing on a store that was seeded or filled by ingest before, except
 * reprocess articles an older PIPELINE_VERSION wrote (upgrading a stale store).
 * Prints one line ("seeded N articles" / "already seeded"), rejected articles with reasons; exit 1 on a store error.
 */
import { allowServerOnly } from './server-context';

async function main(): Promise<number> {
  if (process.env.ATLAS_SEED === '0') {
    process.stdout.write('seed: skipped (ATLAS_SEED=0)\n');
    return 0;
  }
  allowServerOnly();
  const { openStore, redactUrl, DEFAULT_DATABASE_URL } = await import('../lib/store');
  const { seedStore } = await import('../lib/pipeline');
  const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  if (url.trim() === 'memory:') {
    process.stdout.write('seed: skipped (DATABASE_URL=memory: lives inside one process; nothing to seed from outside)\n');
    return 0;
  }
  const store = await openStore(url);
  try {
    const r = await seedStore(store);
    const rejected = r.rejected.map((x) => `\n  rejected ${x.id}: ${x.reason}`).join('');
    const upgraded = r.upgraded ? `; upgraded ${r.upgraded} article(s) written by an older pipeline` : '';
    process.stdout.write(`seed: ${r.seeded ? `seeded ${r.created} article(s)` : 'already seeded'} into ${redactUrl(url)}${upgraded}${rejected}\n`);
    return 0;
  } finally {
    await store.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`seed: ${(err as Error).message}\n`);
    process.exit(1);
  },
);
