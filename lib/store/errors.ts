/**
 * Errors every EventStore throws, whatever the backend, so callers can map them to a status.
 * StoreInputError (bad document, 400) lives in validate.ts; here: conflicts and bad configuration.
 */
export { StoreInputError } from './validate';

/**
 * The write clashes with stored data (an event id owned by another article, an id reused for other content, stored
 * content re-posted with other metadata); `issues` name the fields at odds when there are such.
 */
export class StoreConflictError extends Error {
  constructor(
    message: string,
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'StoreConflictError';
  }
}

/** DATABASE_URL (or a store option) cannot be used; the message names the fix. */
export class StoreConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreConfigError';
  }
}

/** The article to update does not exist. */
export class StoreNotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreNotFoundError';
  }
}
