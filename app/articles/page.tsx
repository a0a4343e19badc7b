/** `/articles`: every article, newest first, each linking to its reader. */
import type { Metadata } from 'next';
import { siteUrl } from '../_lib/site-url';
import { getStore } from '@/lib/store';
import { ArticlesList } from '../_components/articles-list';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Articles — Conflict Atlas', openGraph: { url: siteUrl('/articles') } };

export default async function ArticlesPage() {
  const articles = await (await getStore()).listArticles();
  return (
    <div className="page">
      <ArticlesList articles={articles} headingLevel="h1" />
    </div>
  );
}
