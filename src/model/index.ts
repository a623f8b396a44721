export * from './resource.js';
export * from './policy.js';
export * from './results.js';
export * from './resource-types.js';
