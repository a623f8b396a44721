import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  commentKey,
  postStickyComment,
  pullRequestFromEvent,
  type StickyCommentOptions,
} from '../../../src/report/comment.js';
import { commentMarker } from '../../../src/report/markdown.js';
import { startGitHubStub, type GitHubStub } from '../../helpers/github-stub.js';

let stub: GitHubStub;
beforeAll(async () => {
  stub = await startGitHubStub({ maxPerPage: 2 }); // small pages exercise pagination
});
afterAll(() => stub.close());
beforeEach(() => stub.reset());
// Every call the comment code made, and every answer it got, is one GitHub's description allows.
afterEach(() => expect(stub.violations).toEqual([]));

const target = { owner: 'octo-org', repo: 'detections', issueNumber: 7 };
const key = 'palisade-test/test/test';
const warnings: string[] = [];
const opts = (body: string, over: Partial<StickyCommentOptions> = {}): StickyCommentOptions => ({
  token: 'dummy',
  target,
  key,
  body,
  baseUrl: stub.url,
  retryBaseMs: 1,
  log: { info: () => {}, warning: (m) => warnings.push(m) },
  ...over,
});

describe('sticky PR comment', () => {
  it('creates the comment with the marker first, then updates it in place', async () => {
    const first = await postStickyComment(opts('## Results v1'));
    expect(first.status).toBe('created');
    expect(stub.commentsOn(7)).toHaveLength(1);
    expect(stub.commentsOn(7)[0].body.startsWith(commentMarker(key))).toBe(true);

    const second = await postStickyComment(opts('## Results v2'));
    expect(second).toMatchObject({ status: 'updated', commentId: first.commentId });
    expect(stub.commentsOn(7)).toHaveLength(1);
    expect(stub.commentsOn(7)[0].body).toContain('Results v2');
    expect(stub.calls.filter((c) => c.method === 'PATCH')).toHaveLength(1);
    expect(stub.calls[0].authorization).toBe('token dummy');
  });

  it('skips the update when the body is unchanged', async () => {
    await postStickyComment(opts('same'));
    const again = await postStickyComment(opts('same'));
    expect(again.status).toBe('unchanged');
    expect(stub.calls.filter((c) => c.method === 'PATCH' || c.method === 'POST')).toHaveLength(1);
  });

  it('finds its comment on a later page and ignores markers written by someone else', async () => {
    for (let i = 0; i < 4; i++) stub.seedComment(7, `chatter ${i}`, 'octocat');
    stub.seedComment(7, `${commentMarker(key)}\nforged`, 'mallory');
    const mine = stub.seedComment(7, `${commentMarker(key)}\nold`);
    const res = await postStickyComment(opts('new'));
    expect(res).toMatchObject({ status: 'updated', commentId: mine.id });
    expect(stub.comments.find((c) => c.user.login === 'mallory')!.body).toContain('forged');
    const pages = stub.calls
      .filter((c) => c.method === 'GET' && c.path.endsWith('/comments'))
      .map((c) => c.query.page ?? '1');
    expect(pages).toEqual(['1', '2', '3']);
  });

  it('another job key gets its own comment', async () => {
    await postStickyComment(opts('a'));
    await postStickyComment(opts('b', { key: 'palisade-scan/scan/scan' }));
    expect(stub.commentsOn(7)).toHaveLength(2);
  });

  it('uses the /user login as author identity when the token can read it', async () => {
    const s = await startGitHubStub({ botLogin: 'palisade-bot', viewerLogin: 'palisade-bot' });
    try {
      await postStickyComment(opts('x', { baseUrl: s.url }));
      const res = await postStickyComment(opts('y', { baseUrl: s.url }));
      expect(res.status).toBe('updated');
      expect(s.comments).toHaveLength(1);
    } finally {
      await s.close();
    }
  });

  it('on 403 warns and returns the text for the summary, without throwing', async () => {
    stub.failWith(403);
    warnings.length = 0;
    const res = await postStickyComment(opts('body'));
    expect(res.status).toBe('failed');
    expect(res.fallback).toContain('body');
    expect(res.fallback!.startsWith(commentMarker(key))).toBe(true);
    expect(res.warning).toMatch(/403 Resource not accessible by integration/);
    expect(warnings).toHaveLength(1);
    expect(stub.comments).toHaveLength(0);
  });

  it('403 only on writes (read-only fork token) also falls back', async () => {
    stub.failWith({ status: 403, methods: ['POST', 'PATCH'] });
    const res = await postStickyComment(opts('body'));
    expect(res.status).toBe('failed');
    expect(res.warning).toMatch(/pull-requests: write/);
  });

  it('retries 5xx and secondary rate limits', async () => {
    stub.failWith({ status: 502, times: 2 });
    expect((await postStickyComment(opts('one'))).status).toBe('created');
    stub.failWith({
      status: 403,
      times: 1,
      message: 'You have exceeded a secondary rate limit',
      headers: { 'retry-after': '0' },
    });
    expect((await postStickyComment(opts('two'))).status).toBe('updated');
  });

  it('gives up after the retries and still does not throw', async () => {
    stub.failWith(500);
    const res = await postStickyComment(opts('x', { attempts: 2 }));
    expect(res.status).toBe('failed');
    expect(stub.calls.length).toBe(3); // GET /user + 2 tries of the list
  });

  it('does nothing outside pull-request context', async () => {
    const res = await postStickyComment(opts('x', { target: null }));
    expect(res.status).toBe('skipped');
    expect(stub.calls).toHaveLength(0);
  });

  it('does not throw when the server is unreachable', async () => {
    const res = await postStickyComment(opts('x', { baseUrl: 'http://127.0.0.1:9', attempts: 1 }));
    expect(res.status).toBe('failed');
    expect(res.fallback).toContain('x');
  });
});

describe('comment context', () => {
  it('reads the PR number only from pull-request events', () => {
    const payload = { pull_request: { number: 7 }, repository: { name: 'r', owner: { login: 'o' } } };
    expect(pullRequestFromEvent('pull_request', payload, 'octo-org/detections')).toEqual(target);
    expect(pullRequestFromEvent('pull_request', payload)).toEqual({ owner: 'o', repo: 'r', issueNumber: 7 });
    expect(pullRequestFromEvent('push', payload, 'o/r')).toBeNull();
    expect(
      pullRequestFromEvent('issue_comment', { issue: { number: 3, pull_request: {} } }, 'o/r')?.issueNumber,
    ).toBe(3);
    expect(pullRequestFromEvent('issue_comment', { issue: { number: 3 } }, 'o/r')).toBeNull();
  });

  it('builds keys per workflow, job, mode and shard', () => {
    expect(commentKey({ workflow: 'palisade test', job: 'test', mode: 'test' })).toBe(
      'palisade_test/test/test',
    );
    expect(commentKey({ workflow: 'w', job: 'j', mode: 'scan', shard: 'eu' })).toBe('w/j/scan/eu');
  });
});
