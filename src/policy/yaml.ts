/**
 * YAML parsing with PAT's scalar rules (docs/policy-format.md §2).
 *
 * PAT runs a YAML 1.1 safe loader patched towards 1.2. Neither of the `yaml` package's stock
 * schemas agrees with it, so we start from the `failsafe` schema (maps, seqs, strings) and add
 * our own implicit resolvers (yaml-scalars.ts). The `yaml` library reads every construct and
 * gives every node's line; plain block-style specs, nearly all of them, take a faster reader
 * first (yaml-fast.ts), which hands anything it cannot vouch for back to this one.
 */
import {
  LineCounter,
  parseAllDocuments,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type Document,
  type DocumentOptions,
  type ParseOptions,
  type SchemaOptions,
  type Node,
  visit,
} from 'yaml';
import { PyBigInt, PyFloat } from './pyvalues.js';
import { parseYamlFast } from './yaml-fast.js';
import { SCALAR_TAGS } from './yaml-scalars.js';

const PARSE_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  schema: 'failsafe',
  customTags: [...SCALAR_TAGS],
  merge: true,
  // Duplicate keys: last one wins, silently (toJS assigns in order).
  uniqueKeys: false,
  prettyErrors: true,
};

export class YamlParseError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'YamlParseError';
  }
  /** The parser reported bad indentation (parseYaml then retries flow collections leniently). */
  badIndent = false;
}

export type YamlPath = ReadonlyArray<string | number>;

export interface ParsedYaml {
  /** The document as plain JS values; `null` for an empty document. */
  value: unknown;
  /** 1-based line of each top-level key (last occurrence wins, like the value). */
  keyLines: Record<string, number>;
  /** 1-based line of each entry of a top-level `Tests` list (its `-`). */
  testLines: number[];
  /** Line of the deepest node that exists along `path` (key line for mapping keys). */
  lineAt(path: YamlPath): number | undefined;
}

/**
 * `text` with the lines inside each multi-line flow collection (`{ ... }`, `[ ... ]` opened in
 * block context) indented past the line that opens it. PyYAML ignores indentation inside flow
 * collections; the `yaml` library requires it to exceed the parent's. Indenting continuation
 * lines changes no value (folding drops their leading spaces, even inside quoted strings), and
 * no line is added, so every line number stays. Null when there is nothing to change.
 */
export function reindentFlowCollections(text: string): string | null {
  const lines = text.split('\n');
  const indent = (l: string) => /^\s*/.exec(l)![0].length;
  let changed = false;
  // Lines of a block scalar (`key: |`) are content, never flow syntax: their indentation is kept.
  let scalarIndent = -1;
  for (let i = 0; i < lines.length; i++) {
    if (scalarIndent >= 0 && (lines[i].trim() === '' || indent(lines[i]) > scalarIndent)) continue;
    scalarIndent = /(?:^|:|-)\s*[|>][+-]?\d*\s*(?:#.*)?$/.test(lines[i]) ? indent(lines[i]) : -1;
    const opener = /^(\s*(?:-\s+)*(?:[^\s#'"{[][^#]*?:\s+)?)([{[])/.exec(lines[i]);
    if (!opener) continue;
    const end = flowEnd(lines, i, opener[1].length);
    if (end === null || end === i) continue;
    const pad = ' '.repeat(indent(lines[i]) + 2);
    for (let j = i + 1; j <= end; j++) if (lines[j].trim() !== '') lines[j] = pad + lines[j];
    changed = true;
    i = end;
  }
  return changed ? lines.join('\n') : null;
}

/** The line where the flow collection opening at `lines[line][col]` closes (quote- and comment-aware). */
function flowEnd(lines: string[], line: number, col: number): number | null {
  let depth = 0;
  let quote: '"' | "'" | null = null;
  for (let i = line; i < lines.length; i++) {
    const s = lines[i];
    for (let c = i === line ? col : 0; c < s.length; c++) {
      const ch = s[c];
      if (quote === '"') {
        if (ch === '\\') c++;
        else if (ch === '"') quote = null;
      } else if (quote === "'") {
        if (ch === "'" && s[c + 1] === "'") c++;
        else if (ch === "'") quote = null;
      } else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === '#' && (c === 0 || /\s/.test(s[c - 1]))) break;
      else if (ch === '{' || ch === '[') depth++;
      else if (ch === '}' || ch === ']') {
        depth--;
        if (depth === 0) return i;
      }
    }
  }
  return null;
}

/** Parses one spec file's text. Throws `YamlParseError` (with a line) on any error. */
export function parseYaml(text: string): ParsedYaml {
  return parseYamlFast(text, parseWithLines) ?? parseWithLines(text);
}

/** The `yaml` library's reading: every construct, every error with its line, every node's line. */
export function parseWithLines(text: string): ParsedYaml {
  try {
    return parseYamlStrict(text);
  } catch (e) {
    // PyYAML accepts flow collections indented less than their key (real Panther rules do this).
    const lenient = e instanceof YamlParseError && e.badIndent ? reindentFlowCollections(text) : null;
    if (lenient === null) throw e;
    try {
      return parseYamlStrict(lenient);
    } catch {
      throw e; // the original error names the original text
    }
  }
}

function parseYamlStrict(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { ...PARSE_OPTIONS, lineCounter });
  // Errors at end of input would point past the last line; clamp to it.
  const lastLine = Math.max(1, text.split('\n').length - (text.endsWith('\n') ? 1 : 0));
  const lineOf = (offset: number) => Math.min(lineCounter.linePos(offset).line, lastLine);
  if (docs.length === 0) return emptyResult();
  if (docs.length > 1) {
    throw new YamlParseError(
      'expected a single document in the stream, found more',
      lineOf(docs[1].range[0]),
    );
  }
  const doc = docs[0];
  // An unresolvable tag is only a warning in `yaml`; PyYAML's safe loader refuses it.
  const err = doc.errors[0] ?? doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (err) {
    const thrown = new YamlParseError(
      shortMessage(err.message),
      Math.min(err.linePos?.[0].line ?? 1, lastLine),
    );
    thrown.badIndent = doc.errors.some((x) => x.code === 'BAD_INDENT');
    throw thrown;
  }

  stringifyNumberKeys(doc);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 1000 });
  } catch (e) {
    // e.g. a merge key whose source is not a mapping
    throw new YamlParseError(e instanceof Error ? e.message : String(e), 1);
  }
  return {
    value: value ?? null,
    keyLines: topLevelKeyLines(doc, lineOf),
    testLines: testEntryLines(doc, text, lineOf),
    lineAt: (path) => lineAtPath(doc, path, lineOf),
  };
}

/**
 * Mapping keys that are `PyFloat`/`PyBigInt` become their Python str() (`1.0`, `inf`), as a JS
 * object key must be a string; `toJS` would otherwise stringify them as YAML with a warning.
 */
function stringifyNumberKeys(doc: Document): void {
  visit(doc, {
    Pair(_, pair) {
      const key = pair.key;
      if (isScalar(key) && (key.value instanceof PyFloat || key.value instanceof PyBigInt))
        key.value = String(key.value);
    },
  });
}

function emptyResult(): ParsedYaml {
  return { value: null, keyLines: {}, testLines: [], lineAt: () => undefined };
}

/** Drops the "at line X, column Y:" suffix and code excerpt; we report the line separately. */
function shortMessage(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

type LineOf = (offset: number) => number;

function keyString(key: unknown): string | undefined {
  if (isScalar(key)) return key.value === null ? '' : String(key.value);
  return undefined;
}

function topLevelKeyLines(doc: Document, lineOf: LineOf): Record<string, number> {
  // Null prototype: a key named `__proto__` or `constructor` is just a key (hostile specs).
  const lines: Record<string, number> = Object.create(null);
  const root = doc.contents;
  if (!isMap(root)) return lines;
  for (const pair of root.items) {
    const key = pair.key as Node | null;
    const name = keyString(key);
    if (name === undefined || !key?.range) continue;
    if (isScalar(key) && typeof key.value === 'symbol') {
      // Keys brought in by a `<<` merge get its line, unless also set explicitly.
      for (const k of mergedKeys(doc, pair.value)) lines[k] ??= lineOf(key.range[0]);
      continue;
    }
    lines[name] = lineOf(key.range[0]);
  }
  return lines;
}

function mergedKeys(doc: Document, value: unknown): string[] {
  if (isAlias(value)) value = value.resolve(doc);
  const sources = isSeq(value) ? value.items.map((it) => (isAlias(it) ? it.resolve(doc) : it)) : [value];
  const keys: string[] = [];
  for (const src of sources) {
    if (!isMap(src)) continue;
    for (const pair of src.items) {
      const k = keyString(pair.key);
      if (k !== undefined) keys.push(k);
    }
  }
  return keys;
}

function testEntryLines(doc: Document, text: string, lineOf: LineOf): number[] {
  const root = doc.contents;
  if (!isMap(root)) return [];
  let tests: unknown;
  for (const pair of root.items) if (keyString(pair.key) === 'Tests') tests = pair.value;
  if (isAlias(tests)) tests = tests.resolve(doc);
  if (!isSeq(tests)) return [];
  return tests.items.map((item) => {
    const node = item as Node;
    if (!node?.range) return lineOf(tests.range?.[0] ?? 0);
    return lineOf(dashBefore(text, node.range[0]));
  });
}

/** Moves back from an entry's content to its `-`, so `-\n  Name: x` reports the dash line. */
function dashBefore(text: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  return i >= 0 && text[i] === '-' ? i : offset;
}

function lineAtPath(doc: Document, path: YamlPath, lineOf: LineOf): number | undefined {
  let node: unknown = doc.contents;
  let line: number | undefined;
  for (const seg of path) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      let found: { key: unknown; value: unknown } | undefined;
      for (const pair of node.items) if (keyString(pair.key) === String(seg)) found = pair;
      if (!found) return line;
      const key = found.key as Node;
      if (key.range) line = lineOf(key.range[0]);
      node = found.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as Node | undefined;
      if (!item) return line;
      if (item.range) line = lineOf(item.range[0]);
      node = item;
    } else {
      return line;
    }
  }
  return line;
}
