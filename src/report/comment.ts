/**
 * One sticky PR comment per workflow/job/mode (docs/github.md §3), updated in place.
 *
 * Never throws: a comment is a convenience, and the verdict must not depend on it (§4). On 403
 * (fork, missing `pull-requests: write`) or any other failure the caller gets a warning and the
 * body back as `fallback`, to put in the job summary. The one exception is SecretLeakError: a body
 * that holds a known secret is neither posted nor handed back (report/secrets.ts).
 */
import { getOctokit } from '@actions/github';
import { truncate } from './escape.js';
import { commentMarker } from './markdown.js';
import { assertNoKnownSecret } from './secrets.js';
import * as gh from '../github-context.js';

export const DEFAULT_COMMENT_AUTHOR = 'github-actions[bot]';

export interface PullRequestTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

export interface StickyCommentOptions {
  token: string;
  /** null outside pull-request context: nothing is posted. */
  target: PullRequestTarget | null;
  /** `<workflow>/<job>/<mode>` (see commentKey); the hidden marker is derived from it. */
  key: string;
  body: string;
  /** REST base URL; default GITHUB_API_URL or https://api.github.com. */
  baseUrl?: string;
  /**
   * Login that owns our comment. Default: GET /user's login (a PAT or app user token), falling
   * back to github-actions[bot] when the token cannot read /user (GITHUB_TOKEN cannot).
   */
  authorLogin?: string;
  /** Tries per API call for 5xx, 429, secondary rate limits and network errors. Default 3. */
  attempts?: number;
  retryBaseMs?: number;
  sleep?: (ms: number) => Promise<void>;
  log?: { info(msg: string): void; warning(msg: string): void };
  env?: NodeJS.ProcessEnv;
}

export type StickyCommentStatus = 'created' | 'updated' | 'unchanged' | 'skipped' | 'failed';

export interface StickyCommentResult {
  status: StickyCommentStatus;
  commentId?: number;
  url?: string;
  /** Why it was skipped or failed (already logged as a warning). */
  warning?: string;
  /** The comment body, to append to the job summary when it could not be posted. */
  fallback?: string;
}

/** `<workflow>/<job>/<mode>[/<shard>]`: one comment per PR and per job (+ mode, shard). */
export function commentKey(parts: { workflow?: string; job?: string; mode: string; shard?: string }): string {
  const seg = (s: string | undefined, d: string) => (s ?? '').trim().replace(/[/\s]+/g, '_') || d;
  const key = `${seg(parts.workflow, 'workflow')}/${seg(parts.job, 'job')}/${seg(parts.mode, 'mode')}`;
  return parts.shard ? `${key}/${seg(parts.shard, 'all')}` : key;
}

/** The PR a workflow event is about, or null when it is not pull-request context. */
export function pullRequestFromEvent(
  eventName: string | undefined,
  payload: Record<string, any> | undefined,
  repository?: string,
): PullRequestTarget | null {
  if (!payload) return null;
  let num: unknown;
  if (eventName === 'pull_request' || eventName === 'pull_request_target') num = payload.pull_request?.number;
  else if (eventName === 'issue_comment' && payload.issue?.pull_request) num = payload.issue.number;
  if (typeof num !== 'number' || !Number.isInteger(num) || num <= 0) return null;
  const [owner, repo] = (repository ?? '').split('/');
  const o = owner || payload.repository?.owner?.login;
  const r = repo || payload.repository?.name;
  return o && r ? { owner: o, repo: r, issueNumber: num } : null;
}

export async function postStickyComment(opts: StickyCommentOptions): Promise<StickyCommentResult> {
  const log = opts.log ?? { info: () => {}, warning: () => {} };
  const marker = commentMarker(opts.key);
  const body = opts.body.startsWith(marker) ? opts.body : `${marker}\n${opts.body}`;
  if (!opts.target) return { status: 'skipped', warning: 'not a pull request: no comment posted' };
  assertNoKnownSecret('PR comment', body);
  if (!opts.token) {
    const warning = 'no GitHub token: PR comment not posted; its text is in the job summary';
    log.warning(warning);
    return { status: 'skipped', warning, fallback: body };
  }
  try {
    return await upsert(opts, body, marker, log);
  } catch (e) {
    const warning = describeFailure(e);
    log.warning(warning);
    return { status: 'failed', warning, fallback: body };
  }
}

// ---------------------------------------------------------------------------------------------

type Octokit = ReturnType<typeof getOctokit>;
interface ExistingComment {
  id: number;
  body: string;
  url?: string;
}

async function upsert(
  opts: StickyCommentOptions,
  body: string,
  marker: string,
  log: NonNullable<StickyCommentOptions['log']>,
): Promise<StickyCommentResult> {
  const env = opts.env ?? process.env;
  const baseUrl = (opts.baseUrl ?? gh.apiUrl(env)).replace(/\/+$/, '');
  const octokit = getOctokit(opts.token, { baseUrl, log: quietLog });
  const call = <T>(what: string, fn: () => Promise<T>) => withRetry(what, fn, opts);
  const { owner, repo, issueNumber } = opts.target!;
  const author = (opts.authorLogin ?? (await whoAmI(octokit))).toLowerCase();

  const find = async (): Promise<ExistingComment | null> => {
    const all = await call('list comments', () =>
      octokit.paginate(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issueNumber,
        per_page: 100,
      }),
    );
    const c = all.find(
      (x) => (x.body ?? '').includes(marker) && (x.user?.login ?? '').toLowerCase() === author,
    );
    return c ? { id: c.id, body: c.body ?? '', url: c.html_url } : null;
  };

  const update = async (c: ExistingComment): Promise<StickyCommentResult> => {
    if (normalize(c.body) === normalize(body)) {
      log.info(`PR comment ${c.id} unchanged`);
      return { status: 'unchanged', commentId: c.id, url: c.url };
    }
    const res = await call('update comment', () =>
      octokit.rest.issues.updateComment({ owner, repo, comment_id: c.id, body }),
    );
    log.info(`PR comment ${c.id} updated`);
    return { status: 'updated', commentId: res.data.id, url: res.data.html_url };
  };

  const existing = await find();
  if (existing) return update(existing);
  // A concurrent run may have created it since: list again right before creating.
  const late = await find();
  if (late) return update(late);
  const res = await call('create comment', () =>
    octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body }),
  );
  log.info(`PR comment ${res.data.id} created`);
  return { status: 'created', commentId: res.data.id, url: res.data.html_url };
}

/** The token's own login; GITHUB_TOKEN (an installation token) cannot read /user. */
async function whoAmI(octokit: Octokit): Promise<string> {
  try {
    const res = await octokit.rest.users.getAuthenticated();
    return res.data.login || DEFAULT_COMMENT_AUTHOR;
  } catch {
    return DEFAULT_COMMENT_AUTHOR;
  }
}

async function withRetry<T>(what: string, fn: () => Promise<T>, opts: StickyCommentOptions): Promise<T> {
  const attempts = Math.max(1, opts.attempts ?? 3);
  const base = opts.retryBaseMs ?? 500;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (e) {
      const wait = retryDelay(e, base, i);
      if (wait === null || i >= attempts) throw Object.assign(asError(e), { what });
      await sleep(wait);
    }
  }
}

/** ms to wait before retrying, or null when the error is final (403, 404, 422, ...). */
function retryDelay(e: unknown, base: number, attempt: number): number | null {
  const status = statusOf(e);
  const headers = ((e as any)?.response?.headers ?? {}) as Record<string, string | undefined>;
  const retryAfter = Number(headers['retry-after']);
  const backoff = Math.round(Math.random() * base * 2 ** (attempt - 1)); // full jitter
  if (status === undefined) return backoff; // network error
  const rateLimited =
    status === 429 ||
    (status === 403 && (headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(messageOf(e))));
  if (rateLimited) return Number.isFinite(retryAfter) ? Math.min(retryAfter * 1000, 60_000) : backoff + base;
  if (status >= 500) return backoff;
  return null;
}

function describeFailure(e: unknown): string {
  const status = statusOf(e);
  const what = (e as any)?.what ?? 'request';
  if (status === 403) {
    return (
      `PR comment not posted (${what}: 403 ${messageOf(e)}). A fork PR or a missing ` +
      '`pull-requests: write` permission; the comment text is in the job summary instead.'
    );
  }
  return `PR comment not posted (${what}: ${status ?? 'network error'} ${messageOf(e)}); the comment text is in the job summary instead.`;
}

function statusOf(e: unknown): number | undefined {
  const s = (e as any)?.status;
  return typeof s === 'number' && s > 0 ? s : undefined;
}

function messageOf(e: unknown): string {
  const data = (e as any)?.response?.data;
  const m = (data && typeof data === 'object' && data.message) || (e as any)?.message || String(e);
  return truncate(String(m).split('\n')[0], 300);
}

function asError(e: unknown): Error {
  return e instanceof Error ? e : new Error(String(e));
}

/** GitHub may normalise line endings and trailing whitespace. */
function normalize(s: string): string {
  return s.replace(/\r\n/g, '\n').trimEnd();
}

const quietLog = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
