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
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { JsonDamage, jsonSnapshotEvents } from './json-stream.js';
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
  if (first === '[' || first === '{') return readJson(file);
  if (first === '') throw new Error('the file is empty');
  throw new Error(`expected a JSON array or object, found '${first}'`);
}

async function readJson(file: string): Promise<ReadSnapshot> {
  const out: ReadSnapshot = { resources: [], errors: [] };
  const source = await openBytes(file);
  let bytes = 0;
  async function* counted(): AsyncGenerator<Buffer> {
    for await (const chunk of source) {
      bytes += (chunk as Buffer).length;
      yield chunk as Buffer;
    }
  }
  let sawResources = false;
  try {
    for await (const e of jsonSnapshotEvents(counted())) {
      if (e.kind === 'resources') sawResources = true;
      else if (e.kind === 'resource') out.resources.push(e.value);
      else if (e.key === 'errors' && Array.isArray(e.value)) out.errors = e.value as CollectionError[];
      else if (e.key === 'metadata' && e.value && typeof e.value === 'object')
        out.metadata = e.value as Partial<SnapshotMetadata>;
    }
  } catch (err) {
    if (err instanceof JsonDamage) out.damage = { offset: err.offset, message: err.message };
    // A gzip stream cut short or corrupt: what came before it stands.
    else
      out.damage = {
        offset: bytes,
        message: `the stream breaks off at byte ${bytes} (${(err as { code?: string }).code ?? 'read error'})`,
      };
    return out;
  } finally {
    source.destroy();
  }
  if (!sawResources)
    throw new Error('expected a JSON array of resources or an object with a "resources" array');
  return out;
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
