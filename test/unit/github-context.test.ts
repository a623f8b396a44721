/** The Actions environment as Palisade reads it: defaults outside Actions, hostile values refused. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as gh from '../../src/github-context.js';

describe('github-context', () => {
  it('falls back outside Actions', () => {
    expect(gh.inActions({})).toBe(false);
    expect(gh.workspace({}, '/here')).toBe('/here');
    expect(gh.runUrl({})).toBeUndefined();
    expect(gh.apiUrl({})).toBe('https://api.github.com');
    expect(gh.eventPayload({})).toEqual({});
    expect(gh.canRequestIdToken({ ACTIONS_ID_TOKEN_REQUEST_URL: 'https://x' })).toBe(false);
  });

  it('reads the run as the runner describes it', () => {
    const env = {
      GITHUB_ACTIONS: 'true',
      GITHUB_RUN_ID: '42',
      GITHUB_RUN_ATTEMPT: '3',
      GITHUB_REPOSITORY: 'acme/infra',
      GITHUB_SERVER_URL: 'https://ghe.example',
      GITHUB_API_URL: 'https://ghe.example/api/v3/',
    };
    expect(gh.inActions(env)).toBe(true);
    expect(gh.runAttempt(env)).toBe('3');
    expect(gh.runUrl(env)).toBe('https://ghe.example/acme/infra/actions/runs/42');
    expect(gh.apiUrl(env)).toBe('https://ghe.example/api/v3');
  });

  it('refuses a run id that could break an identifier, and survives a broken event file', () => {
    expect(gh.runId({ GITHUB_RUN_ID: '1/../../x' })).toBeUndefined();
    expect(gh.runId({ GITHUB_RUN_ID: '123' })).toBe('123');
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'palisade-gh-')), 'event.json');
    writeFileSync(file, '{not json');
    expect(gh.eventPayload({ GITHUB_EVENT_PATH: file })).toEqual({});
    writeFileSync(file, '{"pull_request":{"number":7}}');
    expect(gh.eventPayload({ GITHUB_EVENT_PATH: file })).toEqual({ pull_request: { number: 7 } });
  });
});
