/**
 * Everything Palisade reads from the GitHub Actions environment, in one place: which variables
 * mean what, their defaults outside Actions, and the event payload. Other modules take an `env`
 * (tests pass their own) and ask this module, so no variable name is spelled twice.
 */
import { readFileSync } from 'node:fs';

type Env = NodeJS.ProcessEnv;

/** Inside a GitHub Actions step (stdout is the job log; the runner reads commands there). */
export function inActions(env: Env = process.env): boolean {
  return env.GITHUB_ACTIONS === 'true';
}

/** The checkout the run works in: GITHUB_WORKSPACE in Actions, else `fallback` (the working directory). */
export function workspace(env: Env = process.env, fallback = process.cwd()): string {
  return env.GITHUB_WORKSPACE || fallback;
}

/** The run id when it is safe in an identifier (SARIF category, session names), else undefined. */
export function runId(env: Env = process.env): string | undefined {
  const id = env.GITHUB_RUN_ID;
  return id && /^[\w.-]+$/.test(id) ? id : undefined;
}

export function runAttempt(env: Env = process.env): string {
  return env.GITHUB_RUN_ATTEMPT || '1';
}

/** Link to this workflow run, for report footers; undefined outside Actions. */
export function runUrl(env: Env = process.env): string | undefined {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = env;
  if (!GITHUB_REPOSITORY || !GITHUB_RUN_ID) return undefined;
  return `${GITHUB_SERVER_URL || 'https://github.com'}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`;
}

/** REST base URL (GitHub Enterprise Server sets GITHUB_API_URL). */
export function apiUrl(env: Env = process.env): string {
  return (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}

/** `owner/name` of the repository the workflow runs in. */
export function repository(env: Env = process.env): string | undefined {
  return env.GITHUB_REPOSITORY || undefined;
}

export function eventName(env: Env = process.env): string {
  return env.GITHUB_EVENT_NAME ?? '';
}

/** The event payload; `{}` when absent or unreadable (a run must not die on it). */
export function eventPayload(env: Env = process.env): Record<string, any> {
  try {
    return env.GITHUB_EVENT_PATH ? JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) : {};
  } catch {
    return {};
  }
}

/** The job summary file, when the runner provides one. */
export function stepSummaryFile(env: Env = process.env): string | undefined {
  return env.GITHUB_STEP_SUMMARY || undefined;
}

/** Workflow and job names, which key the sticky comment. */
export function workflowJob(env: Env = process.env): { workflow?: string; job?: string } {
  return { workflow: env.GITHUB_WORKFLOW, job: env.GITHUB_JOB };
}

/** True when the job may request an OIDC token (`permissions: id-token: write`). */
export function canRequestIdToken(env: Env = process.env): boolean {
  return Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
}

/** True for a pull request from a fork (or Dependabot-like head repos): no OIDC there. */
export function isForkPullRequest(event: unknown): boolean {
  const pr = (
    event as {
      pull_request?: {
        head?: { repo?: { fork?: boolean; full_name?: string } };
        base?: { repo?: { full_name?: string } };
      };
    }
  )?.pull_request;
  if (!pr) return false;
  if (pr.head?.repo?.fork === true) return true;
  const head = pr.head?.repo?.full_name;
  const base = pr.base?.repo?.full_name;
  return Boolean(head && base && head !== base);
}

/** The base commit of the pull request the event is about, if any. */
export function pullRequestBaseSha(event: Record<string, any>): string | undefined {
  const sha = event.pull_request?.base?.sha;
  return typeof sha === 'string' && /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(sha) ? sha : undefined;
}
