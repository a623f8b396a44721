// Writes docs/resources.md from the resource descriptors (run: npm run docs).
import { writeFileSync } from 'node:fs';
import { allDescriptors } from '../src/aws/collectors/registry.js';
import { renderResourceReference } from '../src/aws/collectors/reference.js';

const target = new URL('../docs/resources.md', import.meta.url);
writeFileSync(target, renderResourceReference(await allDescriptors()));
console.log(`wrote ${target.pathname}`);
