/**
 * What a reviewer should know about the snapshot an impact preview ran on: how old it is (older
 * than a week, the preview may not match the account: scheduled scans run daily or weekly), that
 * it is partial, or that it holds accounts other than the ones this repository scans.
 */
import type { Snapshot } from '../model/index.js';

/** Older than this, a preview says its snapshot may be stale. */
export const STALE_AFTER_DAYS = 7;

export function snapshotNotes(
  snapshot: Snapshot,
  opts: { now?: Date; allowedAccountIds?: string[] } = {},
): string[] {
  const notes: string[] = [];
  const m = snapshot.metadata;
  // A bare list of resources (source `file`) is given the reading time: its age is unknown.
  const taken = m.source === 'scan' ? Date.parse(m.finishedAt || m.startedAt || '') : Number.NaN;
  if (Number.isNaN(taken)) notes.push('The snapshot does not say when it was taken: it may be stale.');
  else {
    const days = ((opts.now ?? new Date()).getTime() - taken) / 86_400_000;
    if (days > STALE_AFTER_DAYS)
      notes.push(
        `The snapshot is ${Math.floor(days)} days old (taken ${new Date(taken).toISOString()}, stale after ${STALE_AFTER_DAYS}): the account may have changed since.`,
      );
  }
  if (m.partial || snapshot.errors.length > 0)
    notes.push(
      `The snapshot is partial (${snapshot.errors.length} collection error(s)): resources it could not read are not in the preview.`,
    );
  const allowed = opts.allowedAccountIds ?? [];
  const foreign = (m.accounts ?? [])
    .map((a) => a.id)
    .filter((id) => allowed.length > 0 && !allowed.includes(id));
  if (foreign.length > 0)
    notes.push(
      `The snapshot holds account(s) ${foreign.join(', ')}, not among allowed-account-ids (${allowed.join(', ')}).`,
    );
  if (snapshot.resources.length === 0) notes.push('The snapshot holds no resources: nothing to preview on.');
  return notes;
}
