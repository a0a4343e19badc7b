import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ['.next/**', 'node_modules/**', 'next-env.d.ts', 'data/**', 'public/**', 'docs/**'] },
  {
    rules: {
      // lib/ is pure TypeScript: no React, Next or Leaflet in it (one client-only map boundary in app/_components/map)
      'no-restricted-imports': 'off',
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
  {
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', 'next', 'next/*', 'leaflet', 'react-leaflet'] }],
    },
  },
];

export default config;
