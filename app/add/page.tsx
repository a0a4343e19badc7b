/** `/add`: add an article (admin). The form is a client component; actors come from lib/extract. */
import type { Metadata } from 'next';
import { siteUrl } from '../_lib/site-url';
import { getActors } from '@/lib/actors';
import { AddArticle } from '../_components/add-article';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Add article — Conflict Atlas', openGraph: { url: siteUrl('/add') } };

export default function AddPage() {
  return (
    <div className="page">
      <h1>Add article</h1>
      <p>Paste a news article. Preview shows the events the pipeline reads from it; Save stores them and they appear on the map at once.</p>
      <AddArticle actors={getActors()} />
    </div>
  );
}
