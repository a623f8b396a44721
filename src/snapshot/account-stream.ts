/**
 * A scan's resources as snapshot items while the scan still runs: each account's errors and
 * resources once it has ended and every account before it (by id) has too, so the items come in
 * the snapshot's own order (account, type, id) and evaluation overlaps the collection of the
 * other accounts. When the scan ends, whatever did not come through an account (a scan that
 * reports none, a resource outside its account's run) follows in the snapshot's order.
 */
import type { CollectionError, Resource, Snapshot } from '../model/index.js';
import type { SnapshotItem } from './stream.js';

export class AccountStream {
  private order: string[] | null = null;
  private readonly ended = new Map<string, { resources: Resource[]; errors: CollectionError[] }>();
  private released = 0;
  private queue: SnapshotItem[] = [];
  private head = 0;
  private readonly sent = new Set<unknown>();
  private finished = false;
  private failure: { error: unknown } | null = null;
  private wake: (() => void) | null = null;

  /** The accounts the scan will read (the order is theirs by id, as in the snapshot). */
  accounts(ids: string[]): void {
    this.order = [...new Set(ids)].sort();
    this.release();
  }

  account(id: string, resources: Resource[], errors: CollectionError[]): void {
    this.ended.set(id, { resources, errors });
    this.release();
  }

  /** The scan's snapshot: what has not come through yet follows, then the stream ends. */
  finish(snapshot: Snapshot): void {
    this.release(true);
    for (const e of snapshot.errors) if (!this.sent.has(e)) this.push({ kind: 'error', value: e });
    for (const r of snapshot.resources)
      if (!this.sent.has(r)) this.push({ kind: 'resource', value: r, text: '', wrapped: false });
    this.sent.clear();
    this.finished = true;
    this.notify();
  }

  fail(error: unknown): void {
    this.failure = { error };
    this.finished = true;
    this.notify();
  }

  async *items(): AsyncGenerator<SnapshotItem> {
    for (;;) {
      while (this.head < this.queue.length) {
        const item = this.queue[this.head];
        this.queue[this.head++] = undefined as unknown as SnapshotItem; // let it go once consumed
        yield item;
      }
      this.queue = [];
      this.head = 0;
      if (this.failure) throw this.failure.error;
      if (this.finished) return;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  /** Accounts whose turn has come, in order; `all` at the end of the scan (some never reported). */
  private release(all = false): void {
    if (!this.order) return;
    while (this.released < this.order.length) {
      const id = this.order[this.released];
      const done = this.ended.get(id);
      if (!done && !all) break;
      this.released++;
      if (!done) continue;
      this.ended.delete(id);
      // Errors first: which fields are unknown is known before the resources they concern.
      for (const e of done.errors) this.push({ kind: 'error', value: e });
      for (const r of done.resources) this.push({ kind: 'resource', value: r, text: '', wrapped: false });
    }
    this.notify();
  }

  private push(item: Extract<SnapshotItem, { kind: 'resource' | 'error' }>): void {
    this.sent.add(item.value);
    this.queue.push(item);
  }

  private notify(): void {
    const w = this.wake;
    this.wake = null;
    w?.();
  }
}
