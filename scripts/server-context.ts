/**
 * CLIs and benchmarks are server code, but outside Next.js `import 'server-only'` throws unless
 * Node resolves packages with the `react-server` condition. The npm scripts pass
 * `--conditions=react-server`; this shim makes a direct `npx tsx <file>` run work too.
 * Call it before lib/store, lib/gazetteer or lib/pipeline are loaded (import them lazily).
 */
import Module from 'node:module';

export function allowServerOnly(): void {
  const req = Module.createRequire(__filename);
  const id = req.resolve('server-only');
  if (req.cache[id]) return;
  const m = new Module(id);
  m.filename = id;
  m.loaded = true;
  m.exports = {};
  req.cache[id] = m;
}
