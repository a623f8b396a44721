/** Small builders for Results used by the report and gate tests. */
import type {
  CollectionError,
  Finding,
  PolicyMeta,
  Results,
  Severity,
  TestResult,
} from '../../../src/model/index.js';
import { findingFingerprint } from '../../../src/model/fingerprint.js';

/** Findings carry the real fingerprint (src/model/fingerprint.ts, docs/github.md §2.4). */
export const fp = findingFingerprint;

export const ACCOUNT = '123456789012';

export function policy(id: string, over: Partial<PolicyMeta> = {}): PolicyMeta {
  return {
    policyId: id,
    displayName: `Display ${id}`,
    description: `Checks ${id}.`,
    severity: 'High',
    resourceTypes: ['AWS.S3.Bucket'],
    runbook: 'Turn on default encryption.',
    reference: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-bucket-encryption.html',
    tags: ['S3', 'Encryption'],
    reports: { CIS: ['2.1.1'], 'MITRE ATT&CK': ['TA0009:T1530'] },
    specFile: `/repo/policies/s3/${id}.yml`,
    pythonFile: `/repo/policies/s3/${id}.py`,
    enabled: true,
    ...over,
  };
}

export function finding(policyId: string, resourceId: string, over: Partial<Finding> = {}): Finding {
  const accountId = over.accountId ?? ACCOUNT;
  const region = over.region ?? 'eu-west-1';
  return {
    policyId,
    resourceId,
    resourceType: 'AWS.S3.Bucket',
    accountId,
    region,
    status: 'FAIL',
    severity: 'High',
    title: `Bucket ${resourceId} is not encrypted`,
    dedup: resourceId,
    alertContext: null,
    error: null,
    fingerprint: fp(policyId, accountId, region, resourceId),
    ...over,
  };
}

export function bucket(name: string): string {
  return `arn:aws:s3:::${name}`;
}

export function testResult(policyId: string, name: string, over: Partial<TestResult> = {}): TestResult {
  return {
    policyId,
    name,
    expected: false,
    actual: false,
    passed: true,
    status: 'PASS',
    error: null,
    specFile: `/repo/policies/s3/${policyId}.yml`,
    line: 20,
    pythonFile: `/repo/policies/s3/${policyId}.py`,
    ...over,
  };
}

export function collectionError(over: Partial<CollectionError> = {}): CollectionError {
  return {
    accountId: ACCOUNT,
    region: 'eu-west-1',
    resourceType: 'AWS.EC2.Instance',
    operation: 'ec2:DescribeInstances',
    code: 'UnauthorizedOperation',
    message: 'You are not authorized to perform this operation.',
    ...over,
  };
}

export function results(over: Partial<Results> = {}): Results {
  return {
    version: 1,
    mode: 'scan',
    tool: { name: 'Palisade', version: '0.1.0' },
    startedAt: '2026-01-02T03:04:05.000Z',
    finishedAt: '2026-01-02T03:05:00.000Z',
    partial: false,
    policies: [],
    tests: [],
    findings: [],
    specErrors: [],
    collectionErrors: [],
    notices: [],
    ...over,
  };
}

/** n FAIL findings of one policy, cycling severities when asked. */
export function manyFindings(policyId: string, n: number, severities: Severity[] = ['High']): Finding[] {
  return Array.from({ length: n }, (_, i) =>
    finding(policyId, bucket(`bucket-${String(i).padStart(6, '0')}`), {
      severity: severities[i % severities.length],
    }),
  );
}
