/** The CIS report: one verdict per control, from the policies mapped to it, never overclaiming. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  cisVerdicts,
  complianceJson,
  complianceSummary,
  csvField,
  FRAMEWORKS,
  renderCisReport,
  complianceCsvLines,
  statusCounts,
  verdicts,
  type Catalogue,
  type CisCatalogue,
} from '../../../src/report/compliance.js';
import { finding, policy, results } from './fixtures.js';

const catalogue: CisCatalogue = {
  benchmark: 'CIS Amazon Web Services Foundations Benchmark',
  version: '3.0.0',
  controls: [
    { id: '1.4', title: 'No root access keys', profile: 'Level 1' },
    { id: '2.1.1', title: 'S3 encryption', profile: 'Level 2' },
    { id: '3.1', title: 'CloudTrail everywhere', profile: 'Level 1' },
    { id: '3.7', title: 'Flow logs', profile: 'Level 2' },
    {
      id: '1.1',
      title: 'Contact details',
      profile: 'Level 1',
      assessment: 'Manual',
      reason: 'Manual control.',
    },
    {
      id: '1.20',
      title: 'Access Analyzer',
      profile: 'Level 1',
      assessment: 'Automated',
      reason: 'Not collected.',
    },
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
      ['3.1', 'ERROR'], // an error is not a pass
      ['3.7', 'NO RESOURCES'], // a policy that saw nothing proves nothing
      ['1.1', 'MANUAL'],
      ['1.20', 'NOT COVERED'], // automated, but no policy: not covered, said so
    ]);
  });

  it('names failing resources as code, says why a control is not checked, and counts', () => {
    const md = renderCisReport(run, catalogue);
    expect(md).toContain(
      '1 passed, 1 failed, 1 with evaluation errors, 1 with no resources in scope, 1 manual, 1 not covered',
    );
    expect(md).toContain('`Manual control.`');
    expect(md).toContain('``arn:aws:s3:::x`\\|<b>``');
  });
});

describe('MITRE ATT&CK, CSV, JSON and the summary', () => {
  const mitre = JSON.parse(
    readFileSync(new URL('../../../policies/mitre-attack-aws.json', import.meta.url), 'utf8'),
  ) as Catalogue;
  const attack = results({
    mode: 'scan',
    policies: [
      policy('Brute', { reports: { 'MITRE ATT&CK': ['TA0006:T1110'] } }),
      policy('Cloud.Accounts', { reports: { 'MITRE ATT&CK': ['TA0001:T1078.004'] } }),
    ],
    findings: [finding('Brute', '=HYPERLINK("http://evil")', { status: 'FAIL' })],
    stats: {
      resources: 2,
      evaluations: 2,
      passed: 1,
      failed: 1,
      errors: 0,
      passedByPolicy: { 'Cloud.Accounts': 1 },
    },
  });

  const judged = () => ({
    framework: FRAMEWORKS['mitre-attack'],
    catalogue: mitre,
    verdicts: verdicts(attack, mitre, FRAMEWORKS['mitre-attack']),
  });

  it('maps techniques (a sub-technique counts for its parent); every other technique is not covered', () => {
    const vs = verdicts(attack, mitre, FRAMEWORKS['mitre-attack']);
    const status = Object.fromEntries(vs.map((v) => [v.control.id, v.status]));
    expect([status.T1110, status.T1078]).toEqual(['FAIL', 'PASS']);
    const counts = statusCounts(vs);
    expect(counts['NOT COVERED']).toBe(mitre.controls.length - 2);
  });

  it("writes Prowler's columns, one row per verdict, never a formula", () => {
    const csv = [...complianceCsvLines(attack, judged())].join('');
    const [head, ...rows] = csv.trimEnd().split('\n');
    expect(head.split(';').slice(0, 7)).toEqual([
      'PROVIDER',
      'DESCRIPTION',
      'ACCOUNTID',
      'REGION',
      'ASSESSMENTDATE',
      'REQUIREMENTS_ID',
      'REQUIREMENTS_NAME',
    ]);
    const fail = rows.find((r) => r.includes(';FAIL;'))!;
    expect(fail).toContain(`;"'=HYPERLINK(""http://evil"")";`);
    expect(rows.filter((r) => r.includes(';MANUAL;') && r.includes(';manual_check;'))).toHaveLength(
      mitre.controls.length - 2,
    );
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('-1+1')).toBe("'-1+1");
    // A cell for an importer that splits on ',' or tab: no formula there either.
    expect(csvField('bucket,=HYPERLINK("http://evil")')).toBe('"bucket,\'=HYPERLINK(""http://evil"")"');
    expect(csvField('a\t@SUM(1)')).toBe("a\t'@SUM(1)");
    expect(csvField('a;+1')).toBe('"a;\'+1"');
  });

  it('compliance.json holds every control; the summary shows a table and a chart', () => {
    const json = complianceJson(attack, [judged()]) as any;
    expect(json.frameworks[0].controls).toHaveLength(mitre.controls.length);
    const md = complianceSummary([
      {
        framework: 'mitre-attack',
        name: 'MITRE ATTACK',
        slug: 'mitre-attack',
        counts: statusCounts(verdicts(attack, mitre, FRAMEWORKS['mitre-attack'])),
      },
    ]);
    expect(md).toContain('### Compliance');
    expect(md).toContain('```mermaid\npie showData title mitre-attack controls');
    expect(md).toContain('| `MITRE ATTACK` | 1 | 1 | 0 | 0 | 0 | 53 |');
  });
});
