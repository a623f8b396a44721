/**
 * The GitHub stand-in's oracle: requests and answers checked against GitHub's published REST
 * description catch what a hand-written stub would let through.
 */
import { describe, expect, it } from 'vitest';
import { requestViolations, responseViolations } from '../helpers/github-openapi.js';
import { gitHubUser } from '../helpers/github-stub.js';

const COMMENTS = '/repos/acme/infra/issues/7/comments';
const comment = {
  id: 1,
  node_id: 'IC_1',
  url: 'https://api.github.com/repos/acme/infra/issues/comments/1',
  issue_url: 'https://api.github.com/repos/acme/infra/issues/7',
  html_url: 'https://github.com/acme/infra/pull/7#issuecomment-1',
  body: 'hello',
  user: gitHubUser('github-actions[bot]'),
  author_association: 'NONE',
  created_at: '2026-12-03T10:00:00Z',
  updated_at: '2026-12-03T10:00:00Z',
};

describe("GitHub's REST description as the stub's oracle", () => {
  it('accepts the calls the sticky comment makes, and real answers', () => {
    expect(
      requestViolations({ method: 'GET', path: COMMENTS, query: { per_page: '100', page: '2' } }),
    ).toEqual([]);
    expect(requestViolations({ method: 'POST', path: COMMENTS, query: {}, body: { body: 'x' } })).toEqual([]);
    expect(
      requestViolations({
        method: 'PATCH',
        path: '/repos/acme/infra/issues/comments/1',
        query: {},
        body: { body: 'y' },
      }),
    ).toEqual([]);
    expect(responseViolations({ method: 'POST', path: COMMENTS, query: {} }, 201, comment)).toEqual([]);
  });

  it('rejects an unknown path and a method the path does not have', () => {
    expect(
      requestViolations({ method: 'GET', path: '/repos/acme/infra/issue/7/comments', query: {} })[0],
    ).toMatch(/no such path/);
    expect(requestViolations({ method: 'PUT', path: COMMENTS, query: {}, body: { body: 'x' } })[0]).toMatch(
      /allows only GET, POST/,
    );
  });

  it('rejects a body without its required member and a query value of the wrong type', () => {
    expect(
      requestViolations({ method: 'POST', path: COMMENTS, query: {}, body: { text: 'x' } }).join(),
    ).toMatch(/request body: .*body/);
    expect(requestViolations({ method: 'GET', path: COMMENTS, query: { per_page: 'abc' } }).join()).toMatch(
      /per_page=abc: .*number|integer/,
    );
    expect(requestViolations({ method: 'GET', path: COMMENTS, query: { perpage: '5' } }).join()).toMatch(
      /unknown query parameter perpage/,
    );
  });

  it('rejects an answer GitHub would never give', () => {
    const withoutNodeId: Record<string, unknown> = { ...comment };
    delete withoutNodeId.node_id;
    expect(
      responseViolations({ method: 'POST', path: COMMENTS, query: {} }, 201, withoutNodeId).join(),
    ).toMatch(/node_id/);
    expect(responseViolations({ method: 'POST', path: COMMENTS, query: {} }, 200, comment).join()).toMatch(
      /does not answer this status/,
    );
  });
});
