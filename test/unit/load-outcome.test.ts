import { describe, expect, it } from 'vitest';
import { loadOutcome, type PolicyItem } from '../../src/policy/load.js';
import type { PolicySpec } from '../../src/model/index.js';

const spec = {
  policyId: 'Slow.Load',
  specFile: 'policies/slow.yml',
  keyLines: { Filename: 3 },
} as unknown as PolicySpec;
const item = { id: 'Slow.Load', kind: 'policy', file: 'policies/slow.py', source: '' } as PolicyItem;

describe('loadOutcome', () => {
  it('a body that hit its deadline is a timeout, whether it stopped or had to be killed', () => {
    const killed = {
      ok: false,
      crashed: true,
      interrupted: true,
      error: 'policy did not stop within 1500 ms (+1500 ms grace) and was killed',
    };
    const stopped = { ok: true, interrupted: true, policies: { 'Slow.Load': { loaded: false, error: 'x' } } };
    for (const resp of [killed, stopped]) {
      const e = loadOutcome(spec, item, resp);
      expect(e).toMatchObject({ file: 'policies/slow.yml', line: 3, id: 'Slow.Load' });
      expect((e as any).message).toMatch(
        /^failed to load policies\/slow\.py: Timed out: loading the policy exceeded the per-call time limit/,
      );
    }
    expect((loadOutcome(spec, item, killed) as any).message).toContain('sandbox was restarted');
  });

  it('a crash before any deadline says what crashed', () => {
    const e = loadOutcome(spec, item, {
      ok: false,
      crashed: true,
      error: 'sandbox worker failed: JS heap limit reached',
    });
    expect((e as any).message).toBe(
      'failed to load policies/slow.py: crashed the sandbox: sandbox worker failed: JS heap limit reached',
    );
  });
});
