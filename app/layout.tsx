/**
 * Root layout: system fonts only (no external assets), skip links (content, map, event list), header navigation.
 */
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
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

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <SkipLinks />
        <header className="site-header">
          <a className="brand" href="/">Conflict Atlas</a>
          <nav aria-label="Main">
            <ul>
              <li><a href="/">Map</a></li>
              <li><a href="/articles">Articles</a></li>
              <li><a href="/add">Add article</a></li>
              <li><a href="/quality">Quality</a></li>
            </ul>
          </nav>
        </header>
        <main id="main" tabIndex={-1}>{children}</main>
      </body>
    </html>
  );
}
