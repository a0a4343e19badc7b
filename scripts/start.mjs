// `npm start`: build once if there is no production build, seed an empty store from data/articles
// (scripts/seed.ts — an explicit start-up step; the server itself never runs the reader to seed), then
// serve on $PORT (default 3000) with the custom server scripts/serve.ts (Next's handler behind node:http: security
// headers with a per-request CSP nonce on every answer, JSON 400/431s; ATLAS_HTTPS=1 → HSTS, ATLAS_TRUST_PROXY=1).
import { spawnSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const port = process.env.PORT || '3000';
if (!/^\d+$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
  console.error(`PORT must be a number between 1 and 65535, got "${port}"`);
  process.exit(2);
}
if (!existsSync(nextBin)) {
  console.error('Next.js is not installed: run `npm install` first.');
  process.exit(2);
}
if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
  console.log('No production build found: building first (next build)…');
  const r = spawnSync(process.execPath, [nextBin, 'build'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const seed = spawnSync(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), '--conditions=react-server', path.join(root, 'scripts', 'seed.ts')], {
  cwd: root,
  stdio: 'inherit',
});
if (seed.status !== 0) process.exit(seed.status ?? 1);
console.log(`Conflict Atlas on http://localhost:${port}`);
const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'serve.ts'), '-p', port, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production' },
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
