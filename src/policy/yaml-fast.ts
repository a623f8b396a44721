/**
 * The fast reader behind parseYaml (yaml.ts): js-yaml, several times faster than the `yaml`
 * library (on panther-analysis's 1,361 specs, 0.3 s against 2.0 s), with the same scalar rules
 * (yaml-scalars.ts). It is used only where its answer is the `yaml` library's answer:
 * - no anchors, aliases or tags (the `yaml` library bounds alias expansion; tags are rare and
 *   have corner cases), no document markers or directives, no CR line ends;
 * - every top-level key is found on a line of its own and the keys found are exactly the
 *   mapping's keys, and every `Tests` entry is found at its dash, one per entry;
 * - js-yaml reads the text without an error or a warning.
 * Anything else returns null and the caller reads the text with the `yaml` library, which also
 * writes every error message. A line inside the document (`lineAt`, asked for only when a spec
 * is invalid) comes from the `yaml` library too, on demand.
 */
import * as jsyaml from 'js-yaml';
import { FAILSAFE_SCHEMA, load, Type } from 'js-yaml';
import type { ScalarTag } from 'yaml';
import type { ParsedYaml } from './yaml.js';
import { SCALAR_TAGS } from './yaml-scalars.js';

/** A scalar tag of ours as a js-yaml implicit type: same test, same resolution. */
function implicitType(tag: ScalarTag): Type {
  const test = tag.test!;
  return new Type(tag.tag, {
    kind: 'scalar',
    resolve: (data: unknown) => test.test(data === null ? '' : String(data)),
    construct: (data: unknown) =>
      tag.resolve(data === null ? '' : String(data), () => undefined, {} as never),
  });
}

// `types` is exported by js-yaml 4 but missing from its type declarations.
const { merge } = (jsyaml as unknown as { types: { merge: Type } }).types;
const SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: [...SCALAR_TAGS.map(implicitType), merge] });

// Anchors (&a), aliases (*a), tags (!x) after a space or flow indicator; comments and quoted
// text can match too, which only costs speed.
const NODE_PROPERTY = /(?:^|[\s[\]{},])[&*!][^\s[\]{},]/m;
const DOCUMENT_MARKER = /^(?:---|\.\.\.|%)/m;
const NULL_TOKEN = /^(?:~|null|Null|NULL|-?)$/;
const FLOAT_OR_BIG_INT_TOKEN = /^[-+]?(?:[\d_]*\.[\d_.]*|\.(?:inf|Inf|INF|nan|NaN|NAN)|\d{16,})/;
// A leading literal newline lets the regex engine skip ahead (a `^` with the m flag does not).
const COMPLEX_KEY = /\n[ \t]*(?:-[ \t]+)*\?[ \t\n]/;

/**
 * Whether some key may not be a string: a null key is "" to the `yaml` library and "null" to
 * js-yaml, and js-yaml names every object key (a float, a big int, a list) `[object Object]`.
 * Looks at the token before each `: `; quoted text can match too, which only costs speed.
 */
function mayHaveNonStringKey(text: string): boolean {
  if (COMPLEX_KEY.test(`\n${text}\n`)) return true;
  for (let c = text.indexOf(':'); c >= 0; c = text.indexOf(':', c + 1)) {
    const after = text[c + 1];
    if (after !== undefined && after !== ' ' && after !== '\n' && after !== '\t') continue;
    let end = c;
    while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
    if (text[end - 1] === ']' || text[end - 1] === '}') return true;
    let start = end;
    while (start > 0 && !' \t\n{,['.includes(text[start - 1])) start--;
    const token = text.slice(start, end);
    if (NULL_TOKEN.test(token) || FLOAT_OR_BIG_INT_TOKEN.test(token)) return true;
  }
  return false;
}

/** The fast reading of `text`, or null when only the `yaml` library's reading can be trusted. */
export function parseYamlFast(text: string, withLines: (text: string) => ParsedYaml): ParsedYaml | null {
  if (
    text.includes('\r') ||
    NODE_PROPERTY.test(text) ||
    DOCUMENT_MARKER.test(text) ||
    mayHaveNonStringKey(text)
  )
    return null;
  const lines = text.split('\n');
  const keyLines = topLevelKeys(lines);
  if (keyLines === null) return null;
  let value: unknown;
  let warned = false;
  try {
    value = load(text, { schema: SCHEMA, json: true, onWarning: () => (warned = true) });
  } catch {
    return null;
  }
  if (warned) return null;
  value ??= null;
  const isMapping = value !== null && typeof value === 'object' && !Array.isArray(value);
  const found = Object.keys(keyLines);
  const keys = isMapping ? Object.keys(value as object) : [];
  if (found.length !== keys.length || keys.some((k) => !(k in keyLines))) return null;
  const tests = isMapping ? (value as Record<string, unknown>).Tests : undefined;
  let testLines: number[] = [];
  if (Array.isArray(tests) && tests.length > 0) {
    const at = testEntryLines(lines, keyLines.Tests);
    if (at === null || at.length !== tests.length) return null;
    testLines = at;
  }
  let full: ParsedYaml | null | undefined;
  return {
    value,
    keyLines,
    testLines,
    lineAt: (path) => {
      if (full === undefined) {
        try {
          full = withLines(text);
        } catch {
          full = null;
        }
      }
      return full?.lineAt(path);
    },
  };
}

/**
 * The 1-based line of each top-level key (the last one wins, as its value does), read from the
 * lines that start in column 0; null when such a line is not a simple key (a flow mapping, a
 * complex key, text js-yaml and the `yaml` library might read differently).
 */
function topLevelKeys(lines: string[]): Record<string, number> | null {
  // Null prototype: a key named `__proto__` is just a key (hostile specs).
  const keyLines: Record<string, number> = Object.create(null);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const c = line[0];
    if (c === undefined || c === ' ' || c === '#') continue;
    if (c === '-' && (line.length === 1 || line[1] === ' ')) continue; // an entry of a list at column 0
    const key = keyOf(line);
    if (key === null) return null;
    keyLines[key] = i + 1;
  }
  return keyLines;
}

/** The key a column-0 `key: value` line sets, or null when it is not that simple. */
function keyOf(line: string): string | null {
  let key: string;
  let rest: string;
  if (line[0] === '"' || line[0] === "'") {
    const q = line[0];
    const close = line.indexOf(q, 1);
    // Escapes and doubled quotes: let the `yaml` library read them.
    if (close < 0 || line.slice(1, close).includes('\\') || line[close + 1] === q) return null;
    key = line.slice(1, close);
    rest = line.slice(close + 1).trimStart();
    if (rest[0] !== ':' || (rest.length > 1 && rest[1] !== ' ')) return null;
  } else {
    if (/^[[\]{},#&*!|>%@`?:\t-]/.test(line)) return null;
    const colon = line.search(/:(?: |$)/);
    if (colon < 0) return null;
    key = line.slice(0, colon).trimEnd();
    if (key.includes(' #')) return null;
  }
  return key;
}

/**
 * The 1-based line of each entry's dash in the block list under the `Tests:` key on line
 * `keyLine`; null when the list is not a plain block list (a flow list, an odd indentation).
 */
function testEntryLines(lines: string[], keyLine: number | undefined): number[] | null {
  if (keyLine === undefined) return null;
  const after = lines[keyLine - 1].slice(lines[keyLine - 1].indexOf(':') + 1).trim();
  if (after !== '' && !after.startsWith('#')) return null;
  const out: number[] = [];
  let indent = -1;
  for (let i = keyLine; i < lines.length; i++) {
    const line = lines[i];
    const text = line.trimStart();
    if (text === '' || text.startsWith('#')) continue;
    const at = line.length - text.length;
    const dash = text[0] === '-' && (text.length === 1 || text[1] === ' ');
    if (indent < 0) {
      if (!dash) return null;
      indent = at;
    }
    if (at === 0 && !dash) break; // the next top-level key
    if (at < indent) return null;
    if (at === indent) {
      if (!dash || commentBeforeEntry(lines, i)) return null;
      out.push(i + 1);
    }
  }
  return out;
}

/**
 * Whether a comment stands between the dash on line `i` and its entry (`- # note`, or `-` then a
 * comment line): the `yaml` library then gives the entry's own line, not the dash's.
 */
function commentBeforeEntry(lines: string[], i: number): boolean {
  const rest = lines[i].trimStart().slice(1).trimStart();
  if (rest.startsWith('#')) return true;
  if (rest !== '') return false;
  for (let j = i + 1; j < lines.length; j++) {
    const next = lines[j].trimStart();
    if (next !== '') return next.startsWith('#');
  }
  return false;
}
