/** The single source of shapes: every type in the app is z.infer of a schema here. */
export * from './article';
export * from './gazetteer';
export * from './mention';
export * from './event';
export * from './actor';
export * from './query';
export * from './errors';
export * from './stored';
export * from './highlight';
export * from './view';
export * from './map';
export * from './acled';
export * from './acled-taxonomy';
export * from './api';
export * from './places';
export * from './quality';
export * from './overlay';
