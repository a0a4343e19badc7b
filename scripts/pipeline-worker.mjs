// Entry of a pipeline worker thread (lib/pipeline/pool.ts starts it with --conditions=react-server): registers
// tsx for CommonJS and loads lib/pipeline/worker.ts. Plain JavaScript so that it loads the same way under
// `next start` (where the route code is bundled, but this file is not) and under tsx or vitest.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/cjs/api';

register();
const require = createRequire(import.meta.url);
require(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'lib', 'pipeline', 'worker.ts'));
