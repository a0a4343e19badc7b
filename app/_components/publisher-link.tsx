/**
 * An article's publisher as shown beside it (popup, reader, article list): the name, as a link to the
 * original when the article has an http(s) URL (lib/api/publisher.ts derives both). Text only, never HTML.
 */
import type { Publisher } from '@/lib/schemas/publisher';

export function PublisherLink({ publisher, className = 'publisher' }: { publisher: Publisher; className?: string }) {
  return publisher.href ? (
    <a className={className} href={publisher.href} rel="noopener noreferrer nofollow" data-how={publisher.how}>
      {publisher.name}
    </a>
  ) : (
    <span className={className} data-how={publisher.how}>{publisher.name}</span>
  );
}
