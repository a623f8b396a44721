/** The impact preview runs on account data: never on a fork's pull request unless allowed. */
import { describe, expect, it, vi } from 'vitest';
import { defaultOptions } from '../../src/config.js';
import { previewOnlyWhereSafe } from '../../src/main.js';

const BASE = 'a'.repeat(40);
const prEvent = (fork: boolean) => ({
  pull_request: {
    base: { sha: BASE, repo: { full_name: 'acme/detections' } },
    head: { repo: { fork, full_name: fork ? 'eve/detections' : 'acme/detections' } },
  },
});

function testOptions(over: Partial<ReturnType<typeof defaultOptions>> = {}) {
  return Object.assign(defaultOptions('test'), { impactSnapshot: 'last-scan.jsonl.gz' }, over);
}

describe('impact preview guard (action)', () => {
  it('compares a same-repository pull request with its base commit', () => {
    const o = testOptions();
    previewOnlyWhereSafe(o, prEvent(false));
    expect(o.impactSnapshot).toBe('last-scan.jsonl.gz');
    expect(o.impactBase).toBe(BASE);
  });

  it('drops the preview on a fork with a notice, unless impact-on-forks', () => {
    // @actions/core writes the notice as a workflow command on stdout.
    const notice = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const o = testOptions();
    previewOnlyWhereSafe(o, prEvent(true));
    expect(o.impactSnapshot).toBeUndefined();
    expect(String(notice.mock.calls[0][0])).toMatch(/::notice::.*fork.*impact-on-forks/);
    const allowed = testOptions({ impactOnForks: true });
    previewOnlyWhereSafe(allowed, prEvent(true));
    expect(allowed.impactSnapshot).toBe('last-scan.jsonl.gz');
    notice.mockRestore();
  });

  it('mode impact on a fork is an error, not a silent pass', () => {
    const o = Object.assign(defaultOptions('impact'), { snapshotFile: 's.json' });
    expect(() => previewOnlyWhereSafe(o, prEvent(true))).toThrow(/fork/);
  });

  it('a base sha from the event must look like one', () => {
    const o = testOptions();
    const event = prEvent(false);
    event.pull_request.base.sha = '--upload-pack=evil';
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    previewOnlyWhereSafe(o, event);
    out.mockRestore();
    expect(o.impactBase).toBeUndefined();
    expect(o.impactSnapshot).toBeUndefined();
  });
});
