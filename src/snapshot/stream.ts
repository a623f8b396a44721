/**
 * A snapshot file as a stream of items, in file order: resources (with the exact JSON text they
 * were read from, so a spill store need not write them out again), collection errors, metadata,
 * and at most one `damage` item last (a truncated or corrupt file: what came before stands).
 * See io.ts for the formats.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { JsonDamage, jsonSnapshotEvents } from './json-stream.js';
import { jsonErrorWithoutContent } from '../model/json-error.js';
import type { CollectionError, SnapshotMetadata } from '../model/resource.js';

export type SnapshotItem =
  /**
   * `text`: JSON text of the resource; `wrapped`: the text is a JSON Lines `{"resource": ...}`
   * line rather than the resource itself (reading it back means taking `.resource`).
   */
  | { kind: 'resource'; value: unknown; text: string; wrapped: boolean }
  | { kind: 'error'; value: CollectionError }
  | { kind: 'metadata'; value: Partial<SnapshotMetadata> }
  | { kind: 'damage'; offset: number; message: string };

export const isJsonLines = (file: string) => /\.(jsonl|ndjson)(\.gz)?$/.test(file);

/** The file's bytes, gunzipped when it is gzip (by magic number, whatever its name). */
async function openBytes(file: string): Promise<Readable> {
  const head = await firstBytes(file, 2);
  const raw = createReadStream(file, { highWaterMark: 1 << 20 });
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

/** The items of a snapshot file in any of io.ts's formats. Throws on a file that is not one at all. */
export async function* snapshotItems(file: string): AsyncGenerator<SnapshotItem> {
  if (isJsonLines(file)) {
    yield* jsonLinesItems(file);
    return;
  }
  const first = await firstChar(file);
  if (first === '[' || first === '{') {
    yield* jsonItems(file);
    return;
  }
  if (first === '') throw new Error('the file is empty');
  throw new Error(`expected a JSON array or object, found '${first}'`);
}

const streamBreak = (offset: number, e: unknown) => ({
  kind: 'damage' as const,
  offset,
  message: `the stream breaks off at byte ${offset} (${(e as { code?: string }).code ?? 'read error'})`,
});

async function* jsonItems(file: string): AsyncGenerator<SnapshotItem> {
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
      else if (e.kind === 'resource')
        yield { kind: 'resource', value: e.value, text: e.text, wrapped: false };
      else if (e.key === 'errors' && Array.isArray(e.value))
        for (const error of e.value) yield { kind: 'error', value: error as CollectionError };
      else if (e.key === 'metadata' && e.value && typeof e.value === 'object')
        yield { kind: 'metadata', value: e.value as Partial<SnapshotMetadata> };
    }
  } catch (err) {
    if (err instanceof JsonDamage) yield { kind: 'damage', offset: err.offset, message: err.message };
    // A gzip stream cut short or corrupt: what came before it stands.
    else yield streamBreak(bytes, err);
    return;
  } finally {
    source.destroy();
  }
  if (!sawResources)
    throw new Error('expected a JSON array of resources or an object with a "resources" array');
}

async function* jsonLinesItems(file: string): AsyncGenerator<SnapshotItem> {
  const lines = createInterface({ input: await openBytes(file), crlfDelay: Infinity });
  let n = 0;
  let offset = 0;
  const read = lines[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<string>;
    try {
      next = await read.next();
    } catch (e) {
      yield streamBreak(offset, e);
      return;
    }
    if (next.done) return;
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
      yield { kind: 'damage', offset: at, message: `line ${n} (byte ${at}): ${jsonErrorWithoutContent(e)}` };
      lines.close();
      return;
    }
    const o = v as Record<string, unknown>;
    if (o && typeof o === 'object' && !Array.isArray(o)) {
      if ('resource' in o) yield { kind: 'resource', value: o.resource, text: line, wrapped: true };
      else if ('error' in o) yield { kind: 'error', value: o.error as CollectionError };
      else if ('metadata' in o) yield { kind: 'metadata', value: o.metadata as Partial<SnapshotMetadata> };
      else yield { kind: 'resource', value: o, text: line, wrapped: false };
    } else yield { kind: 'resource', value: v, text: line, wrapped: false }; // a policy reports it as ERROR
  }
}
