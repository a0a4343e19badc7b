// Finds a Chromium for the browser tests: $CHROMIUM_PATH, then /usr/bin/chromium. On a fresh Debian
// machine without it, installs Debian's `chromium` package (needs root), saying so.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);

export function findChromium() {
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export function ensureChromium({ log = console.error } = {}) {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    throw new Error(
      'No Chromium found for the browser tests. Set CHROMIUM_PATH, or install Debian\'s package: apt-get install -y chromium',
    );
  }
  log('[browser tests] Chromium not found: installing Debian\'s chromium package (apt-get install -y chromium)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  const installed = findChromium();
  if (!installed) throw new Error('apt-get install chromium finished but /usr/bin/chromium is still missing');
  log(`[browser tests] installed ${installed}`);
  return installed;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(ensureChromium());
}
