/** The CIS report: one verdict per control, from the policies mapped to it, never overclaiming. */
import { describe, expect, it } from 'vitest';
import { cisVerdicts, renderCisReport, type CisCatalogue } from '../../../src/report/compliance.js';
import { finding, policy, results } from './fixtures.js';

const catalogue: CisCatalogue = {
  benchmark: 'CIS Amazon Web Services Foundations Benchmark',
  version: '3.0.0',
  controls: [
    { id: '1.4', title: 'No root access keys', profile: 'Level 1' },
    { id: '2.1.1', title: 'S3 encryption', profile: 'Level 2' },
    { id: '3.1', title: 'CloudTrail everywhere', profile: 'Level 1' },
    { id: '3.7', title: 'Flow logs', profile: 'Level 2' },
    { id: '1.1', title: 'Contact details', profile: 'Level 1', reason: 'Manual control.' },
  ],
};

const run = results({
  mode: 'scan',
  policies: [
    policy('Root.Keys', { reports: { CIS: ['1.4'] } }),
    policy('S3.Enc', { reports: { CIS: ['2.1.1'] } }),
    policy('Trail.Everywhere', { reports: { CIS: ['3.1'] } }),
    policy('Flow.Logs', { reports: { 'CIS-3.0': ['3.7'] } }),
  ],
  findings: [
    finding('Root.Keys', 'arn:aws:iam::1:root', { status: 'FAIL' }),
    finding('Trail.Everywhere', '1::AWS.CloudTrail.Meta', { status: 'ERROR' }),
    finding('Root.Keys', 'arn:aws:s3:::x`|<b>', { status: 'FAIL' }),
  ],
  stats: { resources: 3, evaluations: 5, passed: 2, failed: 2, errors: 1, passedByPolicy: { 'S3.Enc': 2 } },
});

describe('CIS compliance report', () => {
  it('gives each control the verdict of the policies mapped to it', () => {
    expect(cisVerdicts(run, catalogue).map((v) => [v.control.id, v.status])).toEqual([
      ['1.4', 'FAIL'],
      ['2.1.1', 'PASS'],
      ['3.1', 'INCOMPLETE'], // an error is not a pass
      ['3.7', 'NO RESOURCES'], // a policy that saw nothing proves nothing
      ['1.1', 'NOT CHECKED'],
    ]);
  });

  it('names failing resources as code, says why a control is not checked, and counts', () => {
    const md = renderCisReport(run, catalogue);
    expect(md).toContain('1 passed, 1 failed, 1 incomplete, 1 with no resources in scope, 1 not checked');
    expect(md).toContain('`Manual control.`');
    expect(md).toContain('``arn:aws:s3:::x`\\|<b>``');
  });
});
