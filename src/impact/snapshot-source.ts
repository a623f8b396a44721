/**
 * Where the impact preview's snapshot comes from: a file, or `workflow:<file>:<artifact>`, the
 * artifact of the newest successful run of the named scan workflow, downloaded with the official
 * artifact client. So a scheduled scan that uploads its snapshot and the PR check connect with no
 * glue. Only the action calls this (it has the token); the guard against forks runs first.
 */
import { readdirSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { getOctokit } from '@actions/github';
import { UsageError } from '../config.js';

export type SnapshotSource =
  { kind: 'file'; path: string } | { kind: 'workflow'; workflow: string; artifact: string };

export function parseSnapshotSource(value: string): SnapshotSource {
  if (!value.startsWith('workflow:')) return { kind: 'file', path: value };
  const [, workflow, artifact] = value.split(':');
  // The workflow is a file name or id in the API path; the artifact a name. Nothing else.
  if (!workflow || !artifact || !/^[\w.-]+$/.test(workflow) || !/^[\w.-]+$/.test(artifact))
    throw new UsageError(
      `snapshot ${JSON.stringify(value)}: expected a file or workflow:<workflow file>:<artifact name>, e.g. workflow:scan.yml:palisade-snapshot`,
    );
  return { kind: 'workflow', workflow, artifact };
}

export interface FetchContext {
  token: string;
  /** `owner/name`. */
  repository: string;
  /** Only runs of this branch (the default branch: what the scheduled scan runs on). */
  branch?: string;
}

/** The snapshot file inside a downloaded artifact: a JSON or JSON Lines file, gzip or not. */
function snapshotIn(dir: string): string | undefined {
  const files = (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) =>
    /\.(jsonl|json)(\.gz)?$/.test(f),
  );
  const chosen = files.find((f) => /snapshot/i.test(path.basename(f))) ?? files[0];
  return chosen === undefined ? undefined : path.join(dir, chosen);
}

export async function fetchWorkflowSnapshot(
  source: Extract<SnapshotSource, { kind: 'workflow' }>,
  ctx: FetchContext,
): Promise<string> {
  const [owner, repo] = ctx.repository.split('/');
  if (!owner || !repo) throw new UsageError('a snapshot from a workflow needs GITHUB_REPOSITORY');
  const octokit = getOctokit(ctx.token);
  const runs = await octokit.rest.actions.listWorkflowRuns({
    owner,
    repo,
    workflow_id: source.workflow,
    status: 'success',
    per_page: 1,
    ...(ctx.branch ? { branch: ctx.branch } : {}),
  });
  const run = runs.data.workflow_runs[0];
  if (!run) throw new UsageError(`no successful run of ${source.workflow} to take a snapshot from`);
  // Loaded on demand: the artifact client (Azure storage, protobuf) is large and only this needs it.
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  const findBy = { token: ctx.token, workflowRunId: run.id, repositoryOwner: owner, repositoryName: repo };
  const { artifact } = await client.getArtifact(source.artifact, { findBy });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'palisade-snapshot-'));
  await client.downloadArtifact(artifact.id, { path: dir, findBy });
  const file = snapshotIn(dir);
  if (!file)
    throw new UsageError(
      `artifact ${source.artifact} of run ${run.id} holds no snapshot file (.json, .jsonl, .gz)`,
    );
  return file;
}
