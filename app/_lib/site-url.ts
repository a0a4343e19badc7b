/**
 * The site's absolute URLs for Open Graph tags: `ATLAS_BASE_URL` (default http://localhost:3000; see the
 * README's settings) read here, once, for every page's `og:url` and the layout's `metadataBase`.
 */
import { absoluteUrl, baseUrl } from '@/lib/map/share';

export const siteBase = (): URL => baseUrl(process.env);
export const siteUrl = (path: string): string => absoluteUrl(path, process.env);
