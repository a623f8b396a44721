export * from './sarif.js';
export * from './markdown.js';
export * from './json.js';
export * from './comment.js';
export * from './merge.js';
export * from './write.js';
export { shortResourceId, cloudPseudoPath } from './location.js';
