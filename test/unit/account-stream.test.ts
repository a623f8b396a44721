// A scan evaluated while it runs: accounts come out in the snapshot's order whatever order they end in.
import { describe, expect, it } from 'vitest';
import type { CollectionError, Resource, Snapshot } from '../../src/model/index.js';
import { AccountStream } from '../../src/snapshot/account-stream.js';

const r = (account: string, id: string) =>
  ({ AccountId: account, ResourceId: id, ResourceType: 'T' }) as unknown as Resource;
const e = (account: string) => ({ accountId: account, fields: ['X'] }) as unknown as CollectionError;

async function drain(stream: AccountStream, seen: string[]) {
  for await (const item of stream.items())
    seen.push(item.kind === 'resource' ? (item.value as Resource).ResourceId : item.kind);
}

describe('AccountStream', () => {
  it('releases an account once every account before it has ended, errors before resources', async () => {
    const s = new AccountStream();
    const seen: string[] = [];
    const done = drain(s, seen);
    s.accounts(['333', '111', '222']);
    const a2 = [r('222', 'b1')];
    const err = e('222');
    s.account('222', a2, [err]);
    await new Promise((res) => setTimeout(res, 5));
    expect(seen).toEqual([]); // 111 has not ended
    const a1 = [r('111', 'a1'), r('111', 'a2')];
    s.account('111', a1, []);
    await new Promise((res) => setTimeout(res, 5));
    expect(seen).toEqual(['a1', 'a2', 'error', 'b1']);
    // 333 never reports (its role could not be assumed); a resource outside any account's run follows.
    const stray = r('444', 'z');
    const snapshot = {
      resources: [...a1, ...a2, stray],
      errors: [err],
      metadata: {},
    } as unknown as Snapshot;
    s.finish(snapshot);
    await done;
    expect(seen).toEqual(['a1', 'a2', 'error', 'b1', 'z']);
  });

  it('gives the whole snapshot at the end when the scan told nothing along the way, and ends with its error', async () => {
    const s = new AccountStream();
    const seen: string[] = [];
    const done = drain(s, seen);
    s.finish({ resources: [r('1', 'x'), r('2', 'y')], errors: [], metadata: {} } as unknown as Snapshot);
    await done;
    expect(seen).toEqual(['x', 'y']);
    const failing = new AccountStream();
    const pending = drain(failing, []);
    failing.fail(new Error('cannot identify the AWS caller'));
    await expect(pending).rejects.toThrow('cannot identify the AWS caller');
  });
});
