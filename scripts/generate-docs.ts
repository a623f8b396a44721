// Regenerates what is derived from the code's declarations (run: npm run docs):
//   docs/resources.md        from the resource descriptors (src/aws/collectors/)
//   docs/config.schema.json  from the option table (src/options/table.ts)
//   action.yml `inputs:`     from the option table
//   templates/ rescan rules   from the descriptors' `cloudTrail` entries
import { readFileSync, writeFileSync } from 'node:fs';
import { allDescriptors } from '../src/aws/collectors/registry.js';
import { renderResourceReference } from '../src/aws/collectors/reference.js';
import { RESCAN_TEMPLATES } from '../src/aws/collectors/rescan-rules.js';
import { withGeneratedInputs } from '../src/options/action-yml.js';
import { configSchema } from '../src/options/config-file.js';

const at = (p: string) => new URL(`../${p}`, import.meta.url);
const descriptors = await allDescriptors();
writeFileSync(at('docs/resources.md'), renderResourceReference(descriptors));
for (const [file, render] of Object.entries(RESCAN_TEMPLATES)) writeFileSync(at(file), render(descriptors));
writeFileSync(at('docs/config.schema.json'), `${JSON.stringify(configSchema(), null, 2)}\n`);
writeFileSync(at('action.yml'), withGeneratedInputs(readFileSync(at('action.yml'), 'utf8')));
console.log('wrote docs/resources.md, docs/config.schema.json, action.yml inputs, templates/ rescan rules');
