/**
 * docs/results.schema.json describes what runs really write: results of a test run, an evaluate
 * run with every optional part, and a merge are valid; drift in either direction is caught.
 */
import { describe, expect, it } from 'vitest';
import { emptyResults, type Results } from '../../src/model/index.js';
import { resultsSchemaErrors } from '../helpers/results-schema.js';

function fullResults(): Results {
  const r = emptyResults('evaluate', '2026-12-03T10:00:00.000Z', '1.2.3');
  r.finishedAt = '2026-12-03T10:00:05.000Z';
  r.partial = true;
  r.policies = [
    {
      policyId: 'AWS.S3.Bucket.Encryption',
      severity: 'High',
      resourceTypes: ['AWS.S3.Bucket'],
      tags: ['CIS'],
      reports: { 'CIS-3.0': ['2.1.1'] },
      specFile: 'policies/a.yml',
      pythonFile: 'policies/a.py',
      enabled: true,
    },
  ];
  r.findings = [
    {
      policyId: 'AWS.S3.Bucket.Encryption',
      resourceId: 'arn:aws:s3:::b',
      resourceType: 'AWS.S3.Bucket',
      accountId: '123456789012',
      region: 'us-east-1',
      status: 'FAIL',
      severity: 'High',
      title: 'b is not encrypted',
      dedup: 'b',
      alertContext: null,
      error: null,
      functionErrors: [{ function: 'title', error: 'KeyError' }],
      fingerprint: 'abc',
      isNew: true,
    },
  ];
  r.collectionErrors = [
    {
      accountId: '123456789012',
      region: 'us-east-1',
      resourceType: 'AWS.S3.Bucket',
      resourceId: 'arn:aws:s3:::b',
      operation: 's3:GetBucketPolicy',
      code: 'AccessDenied',
      message: 'denied',
      fields: ['Policy'],
    },
  ];
  r.snapshot = {
    source: 'scan',
    accounts: [{ id: '123456789012' }],
    regions: ['us-east-1'],
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
    apiCalls: { 's3:ListBuckets': 1 },
    apiCallsByType: { 'AWS.S3.Bucket': { 's3:ListBuckets': 1 } },
    apiCriticalPathMs: 12.5,
    partial: true,
  };
  r.stats = { resources: 1, evaluations: 1, passed: 0, failed: 1, errors: 0, passedByPolicy: {} };
  r.notices = ['note'];
  return r;
}

describe('docs/results.schema.json', () => {
  it('accepts results with every optional part', () => {
    expect(resultsSchemaErrors(fullResults())).toEqual([]);
    expect(resultsSchemaErrors(emptyResults('test', '2026-12-03T10:00:00.000Z', '1.0.0'))).toEqual([]);
  });

  it.each([
    ['an unknown top-level key', (r: any) => (r.extra = 1), /must NOT have additional properties/],
    ['a finding without a fingerprint', (r: any) => delete r.findings[0].fingerprint, /fingerprint/],
    ['a severity outside the five', (r: any) => (r.findings[0].severity = 'Severe'), /allowed values/],
    ['another version', (r: any) => (r.version = 2), /constant/],
    ['a count that is not an integer', (r: any) => (r.stats.failed = 1.5), /integer/],
    ['a timestamp that is not one', (r: any) => (r.startedAt = 'yesterday'), /date-time/],
  ])('rejects %s', (_, mutate, message) => {
    const r = fullResults();
    mutate(r);
    expect(resultsSchemaErrors(r).join('\n')).toMatch(message);
  });
});
