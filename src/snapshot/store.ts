/**
 * Where the resources of a streamed snapshot stay once their block has been evaluated, for the
 * few reads that come later (a policy's resource_lookup of an earlier resource, a field error
 * found after its resources, repro files): by position in the snapshot.
 *
 * A snapshot already in memory (a scan) is its own store. A snapshot read from a file is spilled,
 * as the JSON text it was read from, to a private temporary file: the parent keeps where its text
 * is (13 bytes) and its place (places.ts), about 70 bytes per resource in all (up to ~120 right
 * after an array grows) plus its id string, not the resource (a million resources are ~4 GB as
 * JS objects).
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface ResourceStore {
  /** Resources added so far. */
  readonly size: number;
  /** The resource at `index` (a fresh object for a spilled store). */
  get(index: number): unknown;
  close(): void;
}

export class MemoryStore implements ResourceStore {
  constructor(private readonly resources: readonly unknown[]) {}
  get size(): number {
    return this.resources.length;
  }
  get(index: number): unknown {
    return this.resources[index];
  }
  close(): void {}
}

/** Bytes written at once: fewer system calls, bounded memory. */
const FLUSH_BYTES = 4 << 20;

export class SpillStore implements ResourceStore {
  private readonly dir = mkdtempSync(path.join(os.tmpdir(), 'palisade-spill-'));
  private readonly fd = openSync(path.join(this.dir, 'resources'), 'w+', 0o600);
  private offsets = new Float64Array(1024);
  private lengths = new Uint32Array(1024);
  /** Bit per resource: its text is a JSON Lines `{"resource": ...}` line. */
  private wrapped = new Uint8Array(1024);
  private count = 0;
  private written = 0;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private closed = false;

  get size(): number {
    return this.count;
  }

  add(text: string, wrapped: boolean): void {
    if (this.count === this.offsets.length) this.grow();
    const bytes = Buffer.from(text, 'utf8');
    this.offsets[this.count] = this.written + this.pendingBytes;
    this.lengths[this.count] = bytes.length;
    this.wrapped[this.count] = wrapped ? 1 : 0;
    this.count++;
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    if (this.pendingBytes >= FLUSH_BYTES) this.flush();
  }

  get(index: number): unknown {
    if (this.closed) throw new Error('the snapshot store is closed'); // its descriptor may be another file's by now
    if (!Number.isInteger(index) || index < 0 || index >= this.count) return undefined;
    const at = this.offsets[index];
    if (at + this.lengths[index] > this.written) this.flush();
    const buf = Buffer.allocUnsafe(this.lengths[index]);
    let got = 0;
    while (got < buf.length) {
      const n = readSync(this.fd, buf, got, buf.length - got, at + got);
      if (n === 0) break;
      got += n;
    }
    const value = JSON.parse(buf.toString('utf8', 0, got)) as unknown;
    return this.wrapped[index] ? (value as { resource?: unknown }).resource : value;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.pending = [];
    closeSync(this.fd);
    rmSync(this.dir, { recursive: true, force: true });
  }

  private flush(): void {
    if (!this.pendingBytes) return;
    const all = Buffer.concat(this.pending, this.pendingBytes);
    let done = 0;
    while (done < all.length) done += writeSync(this.fd, all, done, all.length - done, this.written + done);
    this.written += all.length;
    this.pending = [];
    this.pendingBytes = 0;
  }

  private grow(): void {
    const n = this.offsets.length * 2;
    const offsets = new Float64Array(n);
    offsets.set(this.offsets);
    const lengths = new Uint32Array(n);
    lengths.set(this.lengths);
    const wrapped = new Uint8Array(n);
    wrapped.set(this.wrapped);
    this.offsets = offsets;
    this.lengths = lengths;
    this.wrapped = wrapped;
  }
}
