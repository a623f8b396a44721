// sarif-category and limit-severities-for-sarif: several jobs upload side by side; SARIF can
// be limited to what the gate counts while results.json keeps everything.
import { describe, expect, it } from 'vitest';
import { buildSarif } from '../../../src/report/sarif.js';
import { expectValidSarif } from '../../helpers/sarif-validator.js';
import { bucket, finding, policy, results } from './fixtures.js';

const env = { GITHUB_RUN_ID: '77' };
const fixture = () =>
  results({
    policies: [policy('AWS.S3.A', { severity: 'Critical' }), policy('AWS.S3.B', { severity: 'Low' })],
    findings: [
      finding('AWS.S3.A', bucket('one'), { severity: 'Critical' }),
      finding('AWS.S3.B', bucket('two'), { severity: 'Low' }),
    ],
  });

describe('SARIF options', () => {
  it('prefixes every category with sarif-category', () => {
    const build = buildSarif(fixture(), { env, category: 'team a/prod' });
    expectValidSarif(build.log);
    for (const run of build.log.runs) expect(run.automationDetails?.id).toMatch(/^team-a\/prod\/scan\//);
    expect(buildSarif(fixture(), { env }).log.runs[0].automationDetails?.id).toMatch(/^palisade\/scan\//);
  });

  it('keeps only findings at or above the floor', () => {
    const all = buildSarif(fixture(), { env }).log.runs.flatMap((r) => r.results ?? []);
    const limited = buildSarif(fixture(), { env, minSeverity: 'High' }).log.runs.flatMap(
      (r) => r.results ?? [],
    );
    expect(all.map((r) => r.ruleId).sort()).toEqual(['AWS.S3.A', 'AWS.S3.B']);
    expect(limited.map((r) => r.ruleId)).toEqual(['AWS.S3.A']);
  });
});
