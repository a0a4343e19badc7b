import { writeFileSync } from 'node:fs';
import { startServer } from './server';
async function main() {
  const s = await startServer('/tmp/serve-atlas.db');
  writeFileSync('/tmp/serve-url', s.baseUrl);
  await new Promise((r) => setTimeout(r, 3_000_000));
}
main();
