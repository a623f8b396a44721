/**
 * Snapshot files, read and written as streams: no whole-file string anywhere (a V8 string
 * cannot hold more than ~512 MiB, and large accounts' snapshots are bigger).
 *
 * Formats, chosen by the file name (`.gz` = gzip, compressed once, on the way):
 * - JSON Lines (`.jsonl`, `.jsonl.gz`, the format to prefer): one object per line, each with
 *   one key: `{"resource": {...}}`, `{"error": {...}}` (a collection error) or
 *   `{"metadata": {...}}`. A line that is a bare resource (has `ResourceType`) is accepted too.
 * - JSON (`.json`, `.json.gz`): a top-level array of resources, or
 *   `{"resources": [...], "errors": [...], "metadata": {...}}` as earlier versions wrote it.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Readable, Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import chain from 'stream-chain';
import { parser } from 'stream-json';
import { pick } from 'stream-json/filters/pick.js';
import { streamArray } from 'stream-json/streamers/stream-array.js';
import { streamValues } from 'stream-json/streamers/stream-values.js';
import { jsonErrorWithoutContent } from '../model/json-error.js';
import type { CollectionError, Resource, Snapshot, SnapshotMetadata } from '../model/resource.js';

export interface ReadSnapshot {
  resources: unknown[];
  errors: CollectionError[];
  metadata?: Partial<SnapshotMetadata>;
  /**
   * Where a truncated or corrupt file stops making sense: the resources before it are kept (the
   * caller evaluates them and marks the run partial); `offset` is the byte of the (decompressed)
   * stream where the damage was found.
   */
  damage?: { offset: number; message: string };
}

const isGzip = (file: string) => file.endsWith('.gz');
const isJsonLines = (file: string) => /\.jsonl(\.gz)?$/.test(file) || /\.ndjson(\.gz)?$/.test(file);

/** The file's bytes, gunzipped when it is gzip (by magic number, whatever its name). */
async function openBytes(file: string): Promise<Readable> {
  const head = await firstBytes(file, 2);
  const raw = createReadStream(file);
  return head[0] === 0x1f && head[1] === 0x8b ? raw.pipe(createGunzip()) : raw;
}

async function firstBytes(file: string, n: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of createReadStream(file, { start: 0, end: n - 1 })) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** The first non-blank character of the (decompressed) file: `[`, `{`, or something else. */
async function firstChar(file: string): Promise<string> {
  const s = await openBytes(file);
  try {
    for await (const chunk of s) {
      const m = /\S/.exec((chunk as Buffer).toString('utf8'));
      if (m) return m[0];
    }
    return '';
  } finally {
    s.destroy();
  }
}

/** Read a snapshot in any of the formats above. Throws with the file and line/position on bad input. */
export async function readSnapshotFile(file: string): Promise<ReadSnapshot> {
  if (isJsonLines(file)) return readJsonLines(file);
  const first = await firstChar(file);
  if (first === '[') return readJsonArray(file);
  if (first === '{') {
    // Looks like one JSON object per line? Then it is JSON Lines whatever the name says.
    return readJsonObject(file);
  }
  if (first === '') throw new Error('the file is empty');
  throw new Error(`expected a JSON array or object, found '${first}'`);
}

/** Items read until the end or until the damage (the bytes read by then give its offset). */
async function collect(
  file: string,
  stages: unknown[],
): Promise<{ items: unknown[]; damage?: ReadSnapshot['damage'] }> {
  const items: unknown[] = [];
  const source = await openBytes(file);
  let offset = 0;
  const counted = new Transform({
    transform(chunk: Buffer, _enc, done) {
      offset += chunk.length;
      done(null, chunk);
    },
  });
  const c = chain([source, counted, parser(), ...stages] as never);
  try {
    for await (const item of c as AsyncIterable<{ value: unknown }>) items.push(item.value);
  } catch (e) {
    // stream-json's messages name the expectation, never the text; keep only that.
    const why = String((e as Error).message).replace(/^Parser cannot parse input: /, '');
    return { items, damage: { offset, message: `invalid JSON (${why}) by byte ${offset}` } };
  }
  return { items };
}

async function readJsonArray(file: string): Promise<ReadSnapshot> {
  const { items, damage } = await collect(file, [streamArray()]);
  return { resources: items, errors: [], ...(damage && { damage }) };
}

async function readJsonObject(file: string): Promise<ReadSnapshot> {
  const { items: resources, damage } = await collect(file, [pick({ filter: 'resources' }), streamArray()]);
  // The rest is small: a second pass picks errors and metadata, and notes the top-level keys.
  const keys = new Set<unknown>();
  const { items: rest } = await collect(file, [
    pick({
      filter: (stack: unknown[]) => {
        keys.add(stack[0]);
        return stack.length === 1 && (stack[0] === 'errors' || stack[0] === 'metadata');
      },
    }),
    streamValues(),
  ]);
  if (damage) return { resources, errors: [], damage };
  if (!keys.has('resources'))
    throw new Error('expected a JSON array of resources or an object with a "resources" array');
  const errors = (rest.find((v) => Array.isArray(v)) as CollectionError[] | undefined) ?? [];
  const metadata = rest.find((v) => v && typeof v === 'object' && !Array.isArray(v)) as
    Partial<SnapshotMetadata> | undefined;
  return { resources, errors, metadata };
}

async function readJsonLines(file: string): Promise<ReadSnapshot> {
  const out: ReadSnapshot = { resources: [], errors: [] };
  const lines = createInterface({ input: await openBytes(file), crlfDelay: Infinity });
  let n = 0;
  let offset = 0;
  const read = lines[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<string>;
    try {
      next = await read.next();
    } catch (e) {
      // A gzip stream cut short or corrupt: what came before it stands.
      out.damage = {
        offset,
        message: `the stream breaks off at byte ${offset} (${(e as { code?: string }).code ?? 'read error'})`,
      };
      break;
    }
    if (next.done) break;
    const line = next.value;
    const at = offset;
    offset += Buffer.byteLength(line) + 1;
    n++;
    if (!line.trim()) continue;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch (e) {
      // V8's message quotes the line: the file may be a swapped-in secret (see json-error.ts).
      out.damage = { offset: at, message: `line ${n} (byte ${at}): ${jsonErrorWithoutContent(e)}` };
      break;
    }
    const o = v as Record<string, unknown>;
    if (o && typeof o === 'object' && !Array.isArray(o)) {
      if ('resource' in o) out.resources.push(o.resource);
      else if ('error' in o) out.errors.push(o.error as CollectionError);
      else if ('metadata' in o) out.metadata = o.metadata as Partial<SnapshotMetadata>;
      else out.resources.push(o);
    } else out.resources.push(v); // evaluated as a resource: a policy reports it as ERROR
  }
  return out;
}

/**
 * Write a snapshot as a stream (JSON Lines unless the name ends in `.json`/`.json.gz`), gzip
 * when the name ends in `.gz`.
 */
export async function writeSnapshotFile(
  file: string,
  snapshot: Snapshot,
  /** Checked on every piece before it is written; a reason stops the write (SnapshotRefused). */
  refuse?: (text: string) => string | null,
): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const parts = /\.json(\.gz)?$/.test(file) ? jsonParts(snapshot) : jsonLines(snapshot);
  const lines = refuse ? checked(parts, refuse) : parts;
  const sink: Writable[] = isGzip(file) ? [createGzip(), createWriteStream(file)] : [createWriteStream(file)];
  await pipeline(Readable.from(lines), ...(sink as [Writable]));
}

export class SnapshotRefused extends Error {
  override name = 'SnapshotRefused';
}

function* checked(parts: Iterable<string>, refuse: (text: string) => string | null): Generator<string> {
  for (const p of parts) {
    const reason = refuse(p);
    if (reason) throw new SnapshotRefused(reason);
    yield p;
  }
}

function* jsonLines(s: Snapshot): Generator<string> {
  yield `${JSON.stringify({ metadata: s.metadata })}\n`;
  for (const r of s.resources) yield `${JSON.stringify({ resource: r })}\n`;
  for (const e of s.errors) yield `${JSON.stringify({ error: e })}\n`;
}

/** The JSON object form, one resource at a time (never one string for the whole file). */
function* jsonParts(s: Snapshot): Generator<string> {
  yield '{\n"resources": [\n';
  let first = true;
  for (const r of s.resources as Resource[]) {
    yield `${first ? '' : ',\n'}${JSON.stringify(r)}`;
    first = false;
  }
  yield `\n],\n"errors": ${JSON.stringify(s.errors)},\n"metadata": ${JSON.stringify(s.metadata)}\n}\n`;
}
