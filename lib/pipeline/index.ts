/**
 * lib/pipeline — the composition root and the one write path: text in → article, mentions, events stored.
 * In: raw text, user articles (HTTP body, files), the bundled corpus, or a stored article's id; a store.
 * Out: `processText`/`processArticle` (the reader: lib/geocode → lib/extract, nothing written);
 * `ingestArticle`/`storeArticle`/`storeProcessed`/`reprocessArticle` (reader → store, one transaction each);
 * `seedStore` (first start: the bundled corpus into an empty store). The reader runs in a worker pool for the
 * write paths (`extractText`, `readArticle`: offload.ts, pool.ts), so reads never wait on it.
 * Every writer — POST /api/articles, reprocess, `npm run ingest`, `npm run seed`/`npm start` — calls this
 * module; lib/store is a sink that never imports it.
 */
export { PIPELINE_VERSION, processArticle, processText, type Extraction } from './process';
export { cleanArticle, ingestArticle, reprocessArticle, storeArticle, storeProcessed, type IngestResult, type StoreOptions } from './ingest';
export { ARTICLE_METADATA, metadataChanges, repostConflict, storeUpdate, type MetadataChange } from './repost';
export { addPlace, storeGazetteer, type AddPlaceResult } from './places';
export { extractText, readArticle } from './offload';
export { PipelinePool, PoolBusyError, PoolCrashError, PoolTimeoutError, PoolUnavailableError, closeSharedPool, poolOptionsFromEnv, sharedPool, type PoolOptions, type PoolStats } from './pool';
export { bundledCorpus, SEED_META_KEY, seedStore, type SeedLoader, type SeedReport } from './seed';
