/**
 * Root layout: system fonts only (no external assets), skip links (content, map, event list), header navigation.
 * Rendered per request (`await connection()`): every page, not-found included, is dynamic so Next puts the
 * request's CSP nonce (scripts/serve.ts, lib/api/security-headers.ts) on its inline scripts. The header links are
 * client-side (next/link), so the admin token held in memory (use-admin-token.ts) survives moving between pages.
 */
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import Link from 'next/link';
import { connection } from 'next/server';
import './globals.css';
import { siteBase, siteUrl } from './_lib/site-url';
import { SkipLinks } from './_components/skip-links';

const description = 'An offline map of conflict events read out of news articles — every dot traceable to its sentence.';

/** og:url is absolute, on ATLAS_BASE_URL; pages with their own openGraph set their own url */
export const metadata: Metadata = {
  metadataBase: siteBase(),
  title: 'Conflict Atlas',
  description,
  openGraph: { title: 'Conflict Atlas', description, url: siteUrl('/'), siteName: 'Conflict Atlas', type: 'website' },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  return (
    <html lang="en">
      <body>
        <SkipLinks />
        <header className="site-header">
          <a className="brand" href="/">Conflict Atlas</a>
          <nav aria-label="Main">
            <ul>
              <li><Link href="/" prefetch={false}>Map</Link></li>
              <li><Link href="/articles" prefetch={false}>Articles</Link></li>
              <li><Link href="/add" prefetch={false}>Add article</Link></li>
              <li><Link href="/quality" prefetch={false}>Quality</Link></li>
            </ul>
          </nav>
        </header>
        <main id="main" tabIndex={-1}>{children}</main>
      </body>
    </html>
  );
}
