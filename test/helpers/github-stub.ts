/**
 * A local stand-in for the few GitHub REST endpoints the sticky comment uses:
 *   GET    /repos/{owner}/{repo}/issues/{number}/comments   (per_page, page, Link header)
 *   POST   /repos/{owner}/{repo}/issues/{number}/comments
 *   PATCH  /repos/{owner}/{repo}/issues/comments/{id}
 *   GET    /user                                            (403 by default, like GITHUB_TOKEN)
 * It records every call. Point GITHUB_API_URL (or the `baseUrl` option) at `url`; the e2e test
 * can run dist/index.js against it the same way.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { example, requestViolations, responseViolations } from './github-openapi.js';

export interface StubComment {
  id: number;
  node_id: string;
  url: string;
  issue_url: string;
  issue_number: number;
  body: string;
  user: GitHubUser;
  html_url: string;
  author_association: string;
  created_at: string;
  updated_at: string;
}

/** A user as GitHub's `simple-user` schema has it (every required member). */
export interface GitHubUser {
  login: string;
  type: 'Bot' | 'User';
  [member: string]: unknown;
}

export function gitHubUser(login: string, id = 41898282): GitHubUser {
  const api = `https://api.github.com/users/${encodeURIComponent(login)}`;
  return {
    login,
    id,
    node_id: `MDQ6VXNlcj${id}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: `https://github.com/${encodeURIComponent(login)}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: login.endsWith('[bot]') ? 'Bot' : 'User',
    site_admin: false,
  };
}

export interface StubCall {
  method: string;
  path: string;
  query: Record<string, string>;
  body?: any;
  status: number;
  authorization?: string;
}

export interface StubFailure {
  status: number;
  message?: string;
  /** Only these methods fail (default all). */
  methods?: string[];
  /** Fail this many requests, then recover (default: until cleared). */
  times?: number;
  headers?: Record<string, string>;
}

export interface GitHubStubOptions {
  /** Login recorded as the author of comments created through the API. */
  botLogin?: string;
  /** What GET /user answers: a login, or null for 403 (GITHUB_TOKEN behaviour). */
  viewerLogin?: string | null;
  /** Cap on per_page, to exercise pagination with few comments. */
  maxPerPage?: number;
  port?: number;
  /** Artifacts of the newest successful run of every workflow: name → zip bytes. */
  artifacts?: Record<string, Buffer>;
}

export interface GitHubStub {
  url: string;
  calls: StubCall[];
  comments: StubComment[];
  /** Make following requests fail with this status (403 → "Resource not accessible by integration"). */
  failWith(status: number | StubFailure | null): void;
  /** Requests and answers that GitHub's REST description rejects; close() fails when there are any. */
  violations: string[];
  /** Add a comment as if someone (default: the bot) wrote it earlier. */
  seedComment(issueNumber: number, body: string, login?: string): StubComment;
  commentsOn(issueNumber: number): StubComment[];
  reset(): void;
  close(): Promise<void>;
}

const FORBIDDEN = 'Resource not accessible by integration';

export async function startGitHubStub(opts: GitHubStubOptions = {}): Promise<GitHubStub> {
  const botLogin = opts.botLogin ?? 'github-actions[bot]';
  const calls: StubCall[] = [];
  const violations: string[] = [];
  const comments: StubComment[] = [];
  let nextId = 1000;
  let failure: (StubFailure & { left: number }) | null = null;
  let url = '';

  const newComment = (issue: number, body: string, login: string): StubComment => {
    const now = new Date().toISOString();
    const id = nextId++;
    return {
      id,
      node_id: `IC_kwDO${id}`,
      url: `${url}/repos/acme/repo/issues/comments/${id}`,
      issue_url: `${url}/repos/acme/repo/issues/${issue}`,
      issue_number: issue,
      body,
      user: gitHubUser(login),
      html_url: `https://github.example/pr/${issue}#issuecomment-${id}`,
      author_association: 'NONE',
      created_at: now,
      updated_at: now,
    };
  };

  const server = http.createServer(async (req, res) => {
    const u = new URL(req.url ?? '/', 'http://stub');
    // Blob storage, where GitHub redirects an artifact download: not part of GitHub's REST API.
    const blob = u.pathname.match(/^\/_blob\/(\d+)\.zip$/);
    if (blob && req.method === 'GET') {
      const bytes = Object.values(opts.artifacts ?? {})[Number(blob[1]) - 1];
      res.writeHead(bytes ? 200 : 404, { 'content-type': 'application/zip' });
      return res.end(bytes ?? '');
    }
    const query = Object.fromEntries(u.searchParams.entries());
    const raw = await readBody(req);
    let body: any;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    const call: StubCall = {
      method: req.method ?? 'GET',
      path: u.pathname,
      query,
      body,
      status: 0,
      authorization: req.headers.authorization,
    };
    calls.push(call);
    const request = { method: call.method, path: u.pathname, query, body: raw ? body : undefined };
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      call.status = status;
      // issue_number is the stub's bookkeeping, not part of GitHub's answer.
      const wire = JSON.parse(JSON.stringify(data ?? null, (k, v) => (k === 'issue_number' ? undefined : v)));
      violations.push(...responseViolations(request, status, wire));
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(data === undefined ? '' : JSON.stringify(wire));
    };
    const wrong = requestViolations(request);
    if (wrong.length > 0) {
      violations.push(...wrong);
      call.status = 500;
      res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
      return res.end(JSON.stringify({ message: `stub: not a request GitHub accepts: ${wrong.join('; ')}` }));
    }

    if (failure && (!failure.methods || failure.methods.includes(call.method))) {
      const f = failure;
      if (f.left !== Infinity && --f.left <= 0) failure = null;
      return send(
        f.status,
        { message: f.message ?? (f.status === 403 ? FORBIDDEN : 'Stub failure') },
        f.headers,
      );
    }

    let m: RegExpMatchArray | null;
    if (
      call.method === 'GET' &&
      /^\/repos\/[^/]+\/[^/]+\/actions\/workflows\/[^/]+\/runs$/.test(u.pathname)
    ) {
      const page = example('workflow-run-paginated');
      page.workflow_runs = page.workflow_runs
        .slice(0, 1)
        .map((r: any) => ({ ...r, id: 4242, status: 'completed', conclusion: 'success' }));
      page.total_count = page.workflow_runs.length;
      return send(200, opts.artifacts ? page : { total_count: 0, workflow_runs: [] });
    }
    if (
      call.method === 'GET' &&
      (m = u.pathname.match(/^\/repos\/[^/]+\/[^/]+\/actions\/runs\/(\d+)\/artifacts$/))
    ) {
      const template = example('artifact-paginated').artifacts[0];
      const artifacts = Object.entries(opts.artifacts ?? {})
        .map(([name, bytes], i) => ({
          ...template,
          id: i + 1,
          name,
          size_in_bytes: bytes.length,
          expired: false,
        }))
        .filter((a) => !query.name || a.name === query.name);
      return send(200, { total_count: artifacts.length, artifacts });
    }
    if (
      call.method === 'GET' &&
      (m = u.pathname.match(/^\/repos\/[^/]+\/[^/]+\/actions\/artifacts\/(\d+)\/zip$/))
    ) {
      return send(302, undefined, { location: `${url}/_blob/${m[1]}.zip` });
    }
    if (call.method === 'GET' && u.pathname === '/user') {
      if (opts.viewerLogin) return send(200, publicUser(opts.viewerLogin));
      return send(403, { message: FORBIDDEN });
    }
    if ((m = u.pathname.match(/^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/))) {
      const issue = Number(m[1]);
      if (call.method === 'GET') {
        const perPage = Math.min(Number(query.per_page ?? 30) || 30, 100, opts.maxPerPage ?? 100);
        const page = Math.max(1, Number(query.page ?? 1) || 1);
        const all = comments.filter((c) => c.issue_number === issue);
        const last = Math.max(1, Math.ceil(all.length / perPage));
        const links: string[] = [];
        const link = (p: number, rel: string) => {
          const next = new URL(u.pathname, url);
          next.searchParams.set('per_page', String(perPage));
          next.searchParams.set('page', String(p));
          links.push(`<${next.toString()}>; rel="${rel}"`);
        };
        if (page < last) {
          link(page + 1, 'next');
          link(last, 'last');
        }
        const headers: Record<string, string> = links.length ? { link: links.join(', ') } : {};
        return send(200, all.slice((page - 1) * perPage, page * perPage), headers);
      }
      if (call.method === 'POST') {
        if (typeof body?.body !== 'string')
          return send(422, { message: 'Invalid request: body is required' });
        if (body.body.length > 65_536) return send(422, { message: 'Validation Failed: body is too long' });
        const c = newComment(issue, body.body, botLogin);
        comments.push(c);
        return send(201, c);
      }
    }
    if (
      (m = u.pathname.match(/^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/)) &&
      call.method === 'PATCH'
    ) {
      const c = comments.find((x) => x.id === Number(m![1]));
      if (!c) return send(404, { message: 'Not Found' });
      if (typeof body?.body !== 'string') return send(422, { message: 'Invalid request: body is required' });
      if (body.body.length > 65_536) return send(422, { message: 'Validation Failed: body is too long' });
      c.body = body.body;
      c.updated_at = new Date().toISOString();
      return send(200, c);
    }
    return send(404, { message: 'Not Found' });
  });

  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    calls,
    violations,
    comments,
    failWith(f) {
      if (f === null) failure = null;
      else if (typeof f === 'number') failure = { status: f, left: Infinity };
      else failure = { ...f, left: f.times ?? Infinity };
    },
    seedComment(issueNumber, body, login = botLogin) {
      const c = newComment(issueNumber, body, login);
      comments.push(c);
      return c;
    },
    commentsOn: (n) => comments.filter((c) => c.issue_number === n),
    reset() {
      calls.length = 0;
      comments.length = 0;
      failure = null;
    },
    // Closing fails when anything GitHub would reject went through the stand-in: the test file fails.
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections?.();
        server.close((e) => {
          if (e) return reject(e);
          if (violations.length > 0)
            return reject(
              new Error(`GitHub API description violated:\n${[...new Set(violations)].join('\n')}`),
            );
          resolve();
        });
      }),
  };
}

/** GET /user's answer (public-user: simple-user plus the profile members). */
function publicUser(login: string): Record<string, unknown> {
  return {
    ...gitHubUser(login, 583231),
    name: null,
    company: null,
    blog: '',
    location: null,
    email: null,
    hireable: null,
    bio: null,
    public_repos: 0,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: '2020-01-01T00:00:00Z',
    updated_at: '2020-01-01T00:00:00Z',
  };
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
