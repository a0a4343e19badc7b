import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/**
 * Stage boundaries (docs/ARCHITECTURE.md): which lib/ folder may import which, enforced with
 * no-restricted-imports. Each folder lists the folders it may use; every other lib folder is forbidden to it.
 *   schemas → geo → actors, corpus, gazetteer → geocode → extract → pipeline → api/app
 *   store (a sink) uses schemas, geo and resolve (pure, run inside its write transactions) only; export/map/api form the read side; quality (the committed
 *   measurements in data/quality) uses schemas only and is read by the /quality page, never lib/eval.
 * Stages are imported only through their index.ts (lib/schemas may be imported file by file: client bundles
 * take the zod-free files they need). Leaflet lives only under app/_components/map/; lib/ has no React/Next.
 */
const LIB = ['schemas', 'geo', 'actors', 'corpus', 'gazetteer', 'geocode', 'extract', 'resolve', 'store', 'pipeline', 'export', 'map', 'api', 'eval', 'quality'];
const READ_SIDE = ['schemas', 'geo', 'actors', 'gazetteer', 'resolve', 'store', 'export', 'map', 'api', 'quality'];
const MAY_IMPORT = {
  schemas: [],
  geo: ['schemas'],
  actors: ['schemas'],
  corpus: ['schemas'],
  gazetteer: ['schemas', 'geo'],
  geocode: ['schemas', 'geo', 'gazetteer'],
  extract: ['schemas', 'geo', 'actors', 'gazetteer', 'geocode'],
  // cross-article resolution (pure): run by the stores inside their write transactions
  resolve: ['schemas', 'geo'],
  store: ['schemas', 'geo', 'resolve'],
  pipeline: ['schemas', 'geo', 'actors', 'corpus', 'gazetteer', 'geocode', 'extract', 'resolve', 'store'],
  export: ['schemas', 'geo', 'actors'],
  map: ['schemas', 'geo', 'actors'],
  api: READ_SIDE,
  eval: ['schemas', 'geo', 'actors', 'gazetteer', 'geocode', 'extract', 'resolve', 'pipeline'],
  // the committed measurements (data/quality), read by the /quality page; measuring is lib/eval's
  quality: ['schemas'],
};
/** Folders whose insides are private: others import their index.ts only. */
const INDEX_ONLY = ['geo', 'actors', 'corpus', 'gazetteer', 'geocode', 'extract', 'resolve', 'store', 'pipeline', 'quality'];

/** An import string that reaches lib/<folder> ('@/lib/x', '../x', '../../lib/x', with or without a subpath). */
const reach = (folder, deep = false) => `^(?:@/lib/|(?:\\.\\./)+(?:lib/)?)${folder}${deep ? '/(?!index$).+' : '(?:/|$)'}`;

const LEAFLET = { regex: '^(?:leaflet|react-leaflet)(?:/|$)', message: 'Leaflet is used only under app/_components/map/ (the one client-only map boundary).' };
const REACT = { regex: '^(?:react|react-dom|next)(?:/|$)', message: 'lib/ is pure TypeScript: no React or Next.js.' };

function forbidden(from, allowed) {
  const patterns = LIB.filter((f) => f !== from && !allowed.includes(f)).map((f) => ({
    regex: reach(f),
    message: `${from === 'app' ? 'app (pages, components, read routes)' : `lib/${from}`} may not import lib/${f}: stages depend one way (docs/ARCHITECTURE.md).`,
  }));
  const deep = INDEX_ONLY.filter((f) => f !== from && allowed.includes(f)).map((f) => ({
    regex: reach(f, true),
    message: `import lib/${f} through its index.ts, not a file inside it.`,
  }));
  return [...patterns, ...deep];
}

const restrict = (patterns) => ({ rules: { 'no-restricted-imports': ['error', { patterns }] } });

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ['.next/**', 'node_modules/**', 'next-env.d.ts', 'data/**', 'public/**', 'docs/**'] },
  { rules: { '@next/next/no-html-link-for-pages': 'off' } },
  ...Object.entries(MAY_IMPORT).map(([folder, allowed]) => ({
    files: [`lib/${folder}/**/*.ts`],
    ...restrict([REACT, LEAFLET, ...forbidden(folder, allowed)]),
  })),
  // pages, components and read routes: the read side only
  { files: ['app/**/*.{ts,tsx}'], ...restrict([LEAFLET, ...forbidden('app', READ_SIDE)]) },
  // the map boundary: Leaflet allowed, the read side only
  { files: ['app/_components/map/**/*.{ts,tsx}'], ...restrict(forbidden('app', READ_SIDE)) },
  // write routes: they hand text to the reader through lib/pipeline (and nothing deeper)
  {
    files: ['app/api/articles/route.ts', 'app/api/articles/*/reprocess/route.ts', 'app/api/extract/route.ts', 'app/api/places/route.ts'],
    ...restrict([LEAFLET, ...forbidden('app', [...READ_SIDE, 'pipeline'])]),
  },
];

export default config;
