/**
 * The base version of a repository for the impact preview: the tree of the merge base of `ref`
 * and HEAD (what the pull request changes, not what else landed on the base branch since),
 * extracted with `git archive` into a temporary directory. Read-only for the repository: no
 * worktree, no checkout, no change to .git.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { UsageError } from '../config.js';
import { gitTopLevel, verifiedCommit } from '../policy/changed.js';

export interface BaseTree {
  /** The merge base's object id. */
  commit: string;
  /** Where `repoPath` of the work tree lies in the extracted base tree. */
  dir: string;
  close(): Promise<void>;
}

function mergeBase(sha: string, cwd: string): string {
  try {
    const out = execFileSync('git', ['merge-base', sha, 'HEAD'], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const base = out.trim();
    if (/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(base)) return base;
  } catch {
    // unrelated histories: compare with the ref itself
  }
  return sha;
}

/** `git archive <commit> | tar -x`, streamed (a large repository is never one buffer). */
function extract(commit: string, top: string, into: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const archive = spawn('git', ['archive', '--format=tar', commit], {
      cwd: top,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const tar = spawn('tar', ['-x', '-f', '-', '-C', into], { stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    archive.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    tar.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    archive.stdout.pipe(tar.stdin);
    let pending = 2;
    let failed = false;
    const done = (what: string) => (code: number | null) => {
      if (code !== 0 && !failed) {
        failed = true;
        reject(
          new UsageError(`${what} failed while extracting the base version: ${stderr.trim().slice(0, 500)}`),
        );
      }
      if (--pending === 0 && !failed) resolve();
    };
    archive.on('error', reject).on('close', done('git archive'));
    tar.on('error', reject).on('close', done('tar'));
  });
}

/** Extract the base version of `repoPath` (a path inside a git work tree) for `ref`. */
export async function extractBaseTree(repoPath: string, ref: string): Promise<BaseTree> {
  const abs = path.resolve(repoPath);
  const top = gitTopLevel(abs);
  const commit = mergeBase(verifiedCommit(ref, abs, '--base'), top);
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'palisade-base-'));
  try {
    await extract(commit, top, tmp);
  } catch (err) {
    await rm(tmp, { recursive: true, force: true });
    throw err;
  }
  return {
    commit,
    dir: path.join(tmp, path.relative(top, abs)),
    close: () => rm(tmp, { recursive: true, force: true }),
  };
}
