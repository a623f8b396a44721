/**
 * docs/resources.md, rendered from the descriptors: the user-facing reference of every
 * collected type, its id, scope, API calls and fields. Regenerate with `npm run docs`; a test
 * fails when the committed file differs.
 */
import type { ResourceDescriptor } from './descriptor.js';

const SCOPE: Record<ResourceDescriptor['scope'], string> = {
  regional: 'every selected region',
  global: 'once per account',
  derived: 'once per account, derived',
};

/** Table cells: pipes and newlines would break the row. */
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function renderResourceReference(descriptors: readonly ResourceDescriptor[]): string {
  const out: string[] = [
    '# Resource reference',
    '',
    '<!-- Generated from src/aws/collectors/*.ts by `npm run docs`. Do not edit by hand. -->',
    '',
    `Palisade collects ${descriptors.length} resource types, each in Panther's resource shape. Every resource`,
    'has the envelope `ResourceId`, `ResourceType`, `AccountId`, `Region`, `TimeCreated`, `Tags` (plus `Arn`, `Id`,',
    '`Name` where the type has them); the fields below follow it. Types: str, num, bool, ts (ISO-8601 UTC',
    'timestamp), obj, arr; `?` = may be null. Nested structures carry every member of the AWS shape, null',
    'when unset; empty lists are null, maps stay `{}`. A field left unknown because a call failed is null and',
    'the snapshot lists a collection error naming the type, region, call and fields. **Addition** marks',
    "signal Panther's model never had.",
    '',
    '| type | scope | ResourceId | API calls |',
    '|---|---|---|---|',
    ...descriptors.map(
      (d) =>
        `| [\`${d.type}\`](#${anchor(d.type)}) | ${SCOPE[d.scope]} | ${cell(d.resourceId)} | ${d.calls.length} |`,
    ),
    '',
  ];
  for (const d of descriptors) {
    const additions = new Set(d.additions ?? []);
    out.push(`## ${d.type}`, '');
    out.push(`- ResourceId: ${d.resourceId}`);
    out.push(
      `- Collected: ${SCOPE[d.scope]}${d.derivedFrom ? ` from ${d.derivedFrom.map((t) => `\`${t}\``).join(', ')}` : ''}`,
    );
    out.push(`- Calls: ${d.calls.length > 0 ? d.calls.map((c) => `\`${c}\``).join(', ') : 'none'}`);
    out.push('', '| field | type, source and null rule |', '|---|---|');
    for (const [name, doc] of Object.entries(d.fields)) {
      out.push(`| \`${name}\`${additions.has(name) ? ' (addition)' : ''} | ${cell(doc)} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** GitHub's heading anchor: lower case, dots dropped. */
function anchor(type: string): string {
  return type.toLowerCase().replace(/[^a-z0-9 -]/g, '');
}
