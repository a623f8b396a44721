import { describe, expect, it } from 'vitest';
import { snapshotNotes, STALE_AFTER_DAYS } from '../../src/impact/snapshot-notes.js';
import type { Snapshot } from '../../src/model/index.js';

const snap = (over: Partial<Snapshot['metadata']> = {}, errors = 0): Snapshot => ({
  resources: [{ ResourceId: 'r', ResourceType: 'AWS.S3.Bucket' } as never],
  errors: Array.from({ length: errors }, () => ({}) as never),
  metadata: {
    source: 'scan',
    accounts: [{ id: '111122223333' }],
    regions: ['eu-west-1'],
    startedAt: '2026-12-01T00:00:00Z',
    finishedAt: '2026-12-01T00:05:00Z',
    apiCalls: {},
    partial: errors > 0,
    ...over,
  },
});
const now = new Date('2026-12-03T00:00:00Z');

describe('impact preview: notes on its snapshot', () => {
  it('has nothing to say about a fresh, whole snapshot of an allowed account', () => {
    expect(snapshotNotes(snap(), { now, allowedAccountIds: ['111122223333'] })).toEqual([]);
  });

  it(`names a snapshot older than ${STALE_AFTER_DAYS} days, a partial one, and a foreign account`, () => {
    const notes = snapshotNotes(snap({ finishedAt: '2026-11-01T00:00:00Z' }, 2), {
      now,
      allowedAccountIds: ['999999999999'],
    });
    expect(notes).toEqual([
      'The snapshot is 32 days old (taken 2026-11-01T00:00:00.000Z, stale after 7): the account may have changed since.',
      'The snapshot is partial (2 collection error(s)): resources it could not read are not in the preview.',
      'The snapshot holds account(s) 111122223333, not among allowed-account-ids (999999999999).',
    ]);
  });
});
