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
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { snapshotItems } from './stream.js';
import { openOutputFile } from '../output-file.js';
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

/** Read a whole snapshot in any of the formats above. Throws on a file that is not a snapshot at all. */
export async function readSnapshotFile(file: string): Promise<ReadSnapshot> {
  const out: ReadSnapshot = { resources: [], errors: [] };
  for await (const item of snapshotItems(file)) {
    if (item.kind === 'resource') out.resources.push(item.value);
    else if (item.kind === 'error') out.errors.push(item.value);
    else if (item.kind === 'metadata') out.metadata = item.value;
    else out.damage = { offset: item.offset, message: item.message };
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
  const parts = /\.json(\.gz)?$/.test(file) ? jsonParts(snapshot) : jsonLines(snapshot);
  const lines = refuse ? checked(parts, refuse) : parts;
  const out = (await openOutputFile(file)).createWriteStream();
  const sink: Writable[] = isGzip(file) ? [createGzip(), out] : [out];
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

// Errors before resources: a reader that evaluates as it reads knows which fields are unknown
// before the resources they concern (files of earlier versions, errors last, are still read).
function* jsonLines(s: Snapshot): Generator<string> {
  yield `${JSON.stringify({ metadata: s.metadata })}\n`;
  for (const e of s.errors) yield `${JSON.stringify({ error: e })}\n`;
  for (const r of s.resources) yield `${JSON.stringify({ resource: r })}\n`;
}

/** The JSON object form, one resource at a time (never one string for the whole file). */
function* jsonParts(s: Snapshot): Generator<string> {
  yield `{\n"metadata": ${JSON.stringify(s.metadata)},\n"errors": ${JSON.stringify(s.errors)},\n"resources": [\n`;
  let first = true;
  for (const r of s.resources as Resource[]) {
    yield `${first ? '' : ',\n'}${JSON.stringify(r)}`;
    first = false;
  }
  yield '\n]\n}\n';
}
