/**
 * CorpusError: the one error type lib/corpus throws for bad input (empty text, bad date, bad meta,
 * unreadable or binary dump, invalid article file). `code` lets callers map it to a status or exit code;
 * `message` says what is wrong and how to fix it.
 */
export type CorpusErrorCode =
  | 'empty-title'
  | 'empty-text'
  | 'no-body'
  | 'invalid-date'
  | 'bad-meta'
  | 'bad-input'
  | 'bad-article-file';

export class CorpusError extends Error {
  readonly code: CorpusErrorCode;
  /** one line per problem when several were found (e.g. every bad meta entry) */
  readonly issues: string[];

  constructor(code: CorpusErrorCode, message: string, issues: string[] = []) {
    super(message);
    this.name = 'CorpusError';
    this.code = code;
    this.issues = issues;
  }
}
