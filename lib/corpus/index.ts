/**
 * lib/corpus — raw news text → cleaned, validated Article objects.
 * In:  a concatenated news dump (+ optional meta with publication dates, in dump order), one
 *      user-supplied article (title + text), or the data/articles/*.md files the importer wrote.
 * Out: Article (lib/schemas/article.ts): stable id (title slug + body hash), title, published, body
 *      (paragraphs joined by "\n\n"; per line NBSPs → spaces, space runs collapsed, trimmed; curly
 *      quotes kept), paragraph spans, and the removed boilerplate with why. Collections come back as
 *      { articles, rejected } with a reason per rejected item; bad input throws CorpusError.
 * Steps: normalize → split (headlines) → boilerplate (rules in data/corpus/boilerplate.json) → body
 *        (paragraphs, glued alt text via glued.ts + data/corpus/glued.json) → article (id) → meta.
 */
export { importDump, parseDump, type ImportResult } from './dump';
export { articleFromText, articleId, slugify, type ArticleInput } from './article';
export { loadArticles, clearArticleCache, DEFAULT_ARTICLE_DIR } from './load';
export { articleToMarkdown, articleFromMarkdown } from './markdown';
export { writeArticles, removeStale, type WriteSummary } from './write';
export { decodeDump, decodeMeta } from './input';
export { DumpMeta, parseDumpMeta, applyMeta, type Rejected } from './meta';
export { CorpusError, type CorpusErrorCode } from './errors';
export { splitGlued } from './glued';
export { headlineProblem, isHeadlineLike } from './headline';
export { classifyLine } from './boilerplate';
export { splitDump } from './split';
