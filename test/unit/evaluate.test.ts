// evaluateSnapshot + harness.py evaluate op under native python3: production semantics
// (docs/policy-format.md §8 "In production"), resource_lookup, suppressions, unknown fields.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findingFingerprint } from '../../src/model/fingerprint.js';
import type { CollectionError, Finding } from '../../src/model/index.js';
import { evaluateSnapshot, loadSnapshotFile } from '../../src/policy/evaluate.js';
import { NativePythonSandbox } from '../../src/policy/sandbox/native.js';
import { globalSpec, policySpec, REPO_ROOT, snapshotOf } from './harness-fixtures.js';

const volume = (n: number, extra: Record<string, unknown> = {}) => ({
  AccountId: '111122223333',
  Region: 'eu-west-1',
  ResourceType: 'AWS.EC2.Volume',
  TimeCreated: null,
  ResourceId: `arn:aws:ec2:eu-west-1:111122223333:volume/vol-${n}`,
  Id: `vol-${n}`,
  Tags: {},
  Encrypted: true,
  State: 'in-use',
  Size: 8,
  Attachments: null,
  ...extra,
});

const example = () =>
  policySpec('Example.EC2.Volume.Encrypted', 'example/policies/aws_ec2_policies/ebs_volume_encrypted.py', {
    resourceTypes: ['AWS.EC2.Volume'],
    displayName: 'EBS volume is encrypted at rest',
  });
const exampleGlobals = [globalSpec('example_helpers', 'example/global_helpers/example_helpers.py')];

const find = (findings: Finding[], policyId: string, resourceId: string) =>
  findings.find((f) => f.policyId === policyId && f.resourceId === resourceId);

let sandbox: NativePythonSandbox;
beforeAll(() => {
  sandbox = new NativePythonSandbox();
});
afterAll(async () => {
  await sandbox.close();
});

describe('findingFingerprint', () => {
  it('is the first 32 hex digits of sha256 of the palisade-v1 key', () => {
    // printf 'palisade-v1|P.X|111122223333|eu-west-1|arn:aws:s3:::b' | sha256sum
    expect(findingFingerprint('P.X', '111122223333', 'eu-west-1', 'arn:aws:s3:::b')).toBe(
      '39d67b229670cfd87eb04fd029b4cd4c',
    );
  });
});

describe('evaluateSnapshot', () => {
  it('evaluates the worked example: PASS and FAIL findings, only on matching resource types', async () => {
    const snap = snapshotOf([
      volume(1),
      volume(2, { Encrypted: false, Attachments: [{ InstanceId: 'i-1' }] }),
      volume(3, { Encrypted: false, State: 'creating' }),
      {
        ResourceType: 'AWS.S3.Bucket',
        ResourceId: 'arn:aws:s3:::b',
        AccountId: '111122223333',
        Region: 'eu-west-1',
      },
    ]);
    const { findings, specErrors } = await evaluateSnapshot(snap, [example()], sandbox, {
      globals: exampleGlobals,
    });
    expect(specErrors).toEqual([]);
    expect(findings).toHaveLength(3);
    const id = 'Example.EC2.Volume.Encrypted';
    const fail = find(findings, id, 'arn:aws:ec2:eu-west-1:111122223333:volume/vol-2')!;
    expect(fail).toMatchObject({
      status: 'FAIL',
      severity: 'Medium',
      resourceType: 'AWS.EC2.Volume',
      accountId: '111122223333',
      region: 'eu-west-1',
      title: 'EBS volume vol-2 in eu-west-1 is not encrypted',
      dedup: 'EBS volume vol-2 in eu-west-1 is not encrypted',
      alertContext: { volume_id: 'vol-2', attached_to: ['i-1'], size_gib: 8 },
      error: null,
      fingerprint: findingFingerprint(
        id,
        '111122223333',
        'eu-west-1',
        'arn:aws:ec2:eu-west-1:111122223333:volume/vol-2',
      ),
    });
    expect(fail.functionErrors).toBeUndefined();
    expect(find(findings, id, 'arn:aws:ec2:eu-west-1:111122223333:volume/vol-1')?.status).toBe('PASS');
    expect(find(findings, id, 'arn:aws:ec2:eu-west-1:111122223333:volume/vol-3')?.status).toBe('PASS');
  });

  it('runs auxiliary functions only when policy() returned False', async () => {
    const resources = [true, false, true, false].map((ok, i) => ({
      ok,
      ResourceId: `r${i}`,
      ResourceType: 'AWS.S3.Bucket',
    }));
    const { findings } = await evaluateSnapshot(
      snapshotOf(resources),
      [policySpec('AuxCount', 'policies/aux_count.py')],
      sandbox,
    );
    expect(findings.filter((f) => f.status === 'FAIL').map((f) => f.title)).toEqual([
      'title call 1',
      'title call 2',
    ]);
  });

  it('falls back to production defaults for failing functions and reports them on the finding', async () => {
    const { findings } = await evaluateSnapshot(
      snapshotOf([{ ResourceId: 'r1', ResourceType: 'AWS.S3.Bucket' }]),
      [policySpec('AllAuxFail', 'policies/all_aux_fail.py', { severity: 'High' })],
      sandbox,
      { relativeTo: REPO_ROOT },
    );
    const [f] = findings;
    expect(f).toMatchObject({
      status: 'FAIL',
      title: 'AllAuxFail',
      severity: 'High',
      dedup: 'defaultDedupString:AllAuxFail',
      alertContext: { _error: 'TypeError("object of type <class \'set\'> is not JSON serializable")' },
    });
    expect(f.functionErrors?.map((e) => e.function)).toEqual([
      'title',
      'description',
      'reference',
      'severity',
      'runbook',
      'destinations',
      'dedup',
      'alert_context',
    ]);
    expect(f.functionErrors?.[0].error).toMatch(
      /all_aux_fail\.py", line \d+, in title[\s\S]*KeyError: 'missing'$/,
    );
  });

  it('maps severity() to spec casing; DEFAULT means the spec severity', async () => {
    const resources = ['critical', 'DEFAULT', 'Info'].map((sev, i) => ({ sev, ResourceId: `r${i}` }));
    const { findings } = await evaluateSnapshot(
      snapshotOf(resources),
      [policySpec('Sev', 'policies/severity_switch.py', { severity: 'Low' })],
      sandbox,
    );
    expect(findings.map((f) => f.severity)).toEqual(['Critical', 'Low', 'Info']);
    expect(findings.map((f) => f.title)).toEqual(['Sev', 'Sev', 'Sev']); // no title(): the display name or id
  });

  it('reports raising and non-bool policies as ERROR and keeps going', async () => {
    const resources = [
      { policy: { __raise__: 'kaput' } },
      { policy: 'yes' },
      { policy: true, ResourceId: 'ok' },
    ];
    const { findings } = await evaluateSnapshot(
      snapshotOf(resources),
      [policySpec('Reflect', 'policies/reflect.py')],
      sandbox,
    );
    expect(findings.map((f) => f.status)).toEqual(['ERROR', 'ERROR', 'PASS']);
    const errors = findings.filter((f) => f.status === 'ERROR').map((f) => f.error);
    expect(errors[0]).toMatch(/ValueError: kaput$/);
    expect(errors[1]).toBe(
      'FunctionReturnTypeError: detection [Reflect] function [policy] returned [str], expected [bool]',
    );
  });

  it("serves resource_lookup from the snapshot: a hit, and the module's own BadLookup on a miss", async () => {
    const vpc = (sg: string) => ({
      ResourceType: 'AWS.EC2.VPC',
      ResourceId: `vpc-for-${sg}`,
      AccountId: '1',
      Region: 'eu-west-1',
      DefaultSecurityGroupId: sg,
    });
    const sg = (id: string, IpPermissions: unknown) => ({
      ResourceType: 'AWS.EC2.SecurityGroup',
      ResourceId: `arn:aws:ec2:eu-west-1:1:security-group/${id}`,
      IpPermissions,
    });
    const snap = snapshotOf([
      vpc('sg-closed'),
      vpc('sg-open'),
      vpc('sg-absent'),
      sg('sg-closed', null),
      sg('sg-open', [{}]),
    ]);
    const lookupPolicy = policySpec('Lookup', 'policies/lookup.py', { resourceTypes: ['AWS.EC2.VPC'] });
    // snapshotChunk 2: the VPCs and the groups they look up arrive in different snapshot messages.
    for (const [globals, snapshotChunk] of [
      [[], undefined],
      [[globalSpec('panther_aws_helpers', 'globals/repo_aws_helpers.py')], undefined],
      [[], 2],
    ] as const) {
      const { findings, specErrors } = await evaluateSnapshot(snap, [lookupPolicy], sandbox, {
        globals: [...globals],
        snapshotChunk,
      });
      expect(specErrors).toEqual([]);
      expect(findings.map((f) => [f.resourceId, f.status, f.title])).toEqual([
        ['vpc-for-sg-closed', 'PASS', ''],
        ['vpc-for-sg-open', 'FAIL', 'default security group allows traffic'],
        ['vpc-for-sg-absent', 'FAIL', 'lookup failed: panther_aws_helpers.BadLookup'],
      ]);
    }
  });

  it('serves resource_lookup from the snapshot inside a global that imported it by name', async () => {
    const snap = snapshotOf([
      {
        ResourceType: 'AWS.EC2.VPC',
        ResourceId: 'vpc-1',
        AccountId: '1',
        Region: 'eu-west-1',
        DefaultSecurityGroupId: 'sg-closed',
      },
      {
        ResourceType: 'AWS.EC2.VPC',
        ResourceId: 'vpc-2',
        AccountId: '1',
        Region: 'eu-west-1',
        DefaultSecurityGroupId: 'sg-open',
      },
      {
        ResourceType: 'AWS.EC2.SecurityGroup',
        ResourceId: 'arn:aws:ec2:eu-west-1:1:security-group/sg-closed',
        IpPermissions: null,
      },
      {
        ResourceType: 'AWS.EC2.SecurityGroup',
        ResourceId: 'arn:aws:ec2:eu-west-1:1:security-group/sg-open',
        IpPermissions: [{}],
      },
    ]);
    // A fresh interpreter: in a used one, panther_aws_helpers may already hold a snapshot lookup.
    const fresh = new NativePythonSandbox();
    const { findings, specErrors } = await evaluateSnapshot(
      snap,
      [policySpec('ViaGlobal', 'policies/lookup_via_global.py', { resourceTypes: ['AWS.EC2.VPC'] })],
      fresh,
      { globals: [globalSpec('lookup_via_global', 'globals/lookup_via_global.py')] },
    ).finally(() => fresh.close());
    expect(specErrors).toEqual([]);
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([
      ['vpc-1', 'PASS'],
      ['vpc-2', 'FAIL'],
    ]);
  });

  it('skips resources matched by a suppression pattern', async () => {
    const buckets = ['logs-1', 'logs-2', 'public-web'].map((name) => ({
      ResourceType: 'AWS.S3.Bucket',
      ResourceId: `arn:aws:s3:::${name}`,
      Name: name,
    }));
    const policy = policySpec('BucketName', 'policies/bucket_name.py', {
      suppressions: ['arn:aws:s3:::logs-*'],
    });
    const { findings } = await evaluateSnapshot(snapshotOf(buckets), [policy], sandbox);
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([['arn:aws:s3:::public-web', 'FAIL']]);
  });

  it('marks results that read a field a collection error left unknown as ERROR, keeps the others', async () => {
    const bucket = {
      ResourceType: 'AWS.S3.Bucket',
      ResourceId: 'arn:aws:s3:::public-data',
      Name: 'public-data',
      Policy: null,
      AccountId: '1',
      Region: 'us-east-1',
    };
    const other = { ...bucket, ResourceId: 'arn:aws:s3:::fine', Name: 'fine' };
    const error: CollectionError = {
      accountId: '1',
      region: 'us-east-1',
      resourceType: 'AWS.S3.Bucket',
      resourceId: bucket.ResourceId,
      operation: 's3:GetBucketPolicy',
      code: 'AccessDenied',
      message: 'not allowed',
      fields: ['Policy'],
    };
    const policies = [
      policySpec('ReadsPolicy', 'policies/bucket_policy.py'),
      policySpec('ReadsName', 'policies/bucket_name.py'),
      policySpec('ReadsAll', 'policies/bucket_keys.py'),
    ];
    const { findings } = await evaluateSnapshot(snapshotOf([bucket, other], [error]), policies, sandbox);
    const at = (p: string, r: string) => find(findings, p, r)!;
    expect(at('ReadsPolicy', bucket.ResourceId).status).toBe('ERROR');
    expect(at('ReadsPolicy', bucket.ResourceId).error).toBe(
      'Policy read field [Policy], which could not be collected: s3:GetBucketPolicy AccessDenied: not allowed',
    );
    expect(at('ReadsName', bucket.ResourceId).status).toBe('FAIL'); // never touched Policy
    expect(at('ReadsAll', bucket.ResourceId).status).toBe('ERROR'); // iterating reads everything
    // an unflagged resource keeps its verdict under the same policies
    expect(['ReadsPolicy', 'ReadsName', 'ReadsAll'].map((p) => at(p, other.ResourceId).status)).toEqual([
      'PASS',
      'PASS',
      'PASS',
    ]);
  });

  it('gives ERROR (not a crash) for a non-object resource', async () => {
    const { findings } = await evaluateSnapshot(
      snapshotOf([42, { compliant: true, ResourceId: 'fine' }]),
      [policySpec('PolicyOnly', 'policies/policy_only.py')],
      sandbox,
    );
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([
      ['<invalid resource #0>', 'ERROR'],
      ['fine', 'PASS'],
    ]);
    expect(findings[0].error).toMatch(/not a mapping \(got int\)/);
  });

  it('gives the same findings whatever the batch size, with output attributed per call', async () => {
    const resources = Array.from({ length: 7 }, (_, i) => ({
      compliant: i % 3 !== 0,
      name: `n${i}`,
      ResourceId: `r${i}`,
    }));
    const policies = [policySpec('PolicyOnly', 'policies/policy_only.py')];
    const small = await evaluateSnapshot(snapshotOf(resources), policies, sandbox, { batchSize: 2 });
    const big = await evaluateSnapshot(snapshotOf(resources), policies, sandbox);
    const key = (fs: Finding[]) => fs.map((f) => `${f.resourceId}:${f.status}:${f.output ?? ''}`).sort();
    expect(key(small.findings)).toEqual(key(big.findings));
    expect(find(big.findings, 'PolicyOnly', 'r3')?.output).toBe('checked n3\n');
  });

  it('does not evaluate disabled policies and reports load failures as spec errors', async () => {
    const { findings, specErrors } = await evaluateSnapshot(
      snapshotOf([{ compliant: false, ResourceId: 'r' }]),
      [
        policySpec('Off', 'policies/policy_only.py', { enabled: false }),
        policySpec('Syntax', 'policies/syntax_error.py'),
      ],
      sandbox,
    );
    expect(findings).toEqual([]);
    expect(specErrors.map((e) => e.id)).toEqual(['Syntax']);
  });
});

describe('per-call time limit in evaluate', () => {
  it('turns a call that runs too long into ERROR for that resource only', async () => {
    const limited = new NativePythonSandbox({ callTimeoutMs: 500 });
    try {
      const { findings } = await evaluateSnapshot(
        snapshotOf([
          { mode: 'loop', ResourceId: 'slow' },
          { mode: 'ok', ResourceId: 'fast' },
        ]),
        [policySpec('Misbehave', 'policies/misbehave.py')],
        limited,
      );
      expect(findings.map((f) => [f.resourceId, f.status, f.error])).toEqual([
        ['slow', 'ERROR', 'Timed out: policy exceeded the per-call time limit'],
        ['fast', 'PASS', null],
      ]);
    } finally {
      await limited.close();
    }
  });
});

describe('an exception escaping harness code between calls', () => {
  it("costs that policy's remaining resources in the batch, not the request", async () => {
    const resources = ['a', 'escape', 'c', 'suppressed'].map((id) => ({
      ResourceId: id,
      mode: id === 'escape' ? 'escape' : 'ok',
    }));
    const { findings } = await evaluateSnapshot(
      snapshotOf(resources),
      [
        policySpec('Escapes', 'policies/escapes_harness.py', { suppressions: ['suppressed'] }),
        policySpec('Fine', 'policies/always_compliant.py'),
      ],
      sandbox,
      { includePassed: true },
    );
    expect(findings.map((f) => [f.policyId, f.resourceId, f.status])).toEqual([
      ['Escapes', 'a', 'PASS'],
      ['Fine', 'a', 'PASS'],
      ['Escapes', 'escape', 'ERROR'],
      ['Fine', 'escape', 'PASS'],
      ['Escapes', 'c', 'ERROR'], // not reached when the exception escaped
      ['Fine', 'c', 'PASS'],
      ['Fine', 'suppressed', 'PASS'], // suppressed for Escapes: still skipped, not ERROR
    ]);
    expect(find(findings, 'Escapes', 'c')?.error).toMatch(/MemoryError: raised inside harness code/);
  });
});

describe('loadSnapshotFile', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'palisade-snap-'));
  });

  it('accepts a plain array of resources and derives metadata', async () => {
    const file = path.join(dir, 'array.json');
    await writeFile(file, JSON.stringify([volume(1), volume(2, { Region: 'us-east-1' }), 'junk']));
    const snap = await loadSnapshotFile(file);
    expect(snap.resources).toHaveLength(3);
    expect(snap.errors).toEqual([]);
    expect(snap.metadata.accounts).toEqual([{ id: '111122223333' }]);
    expect(snap.metadata.regions).toEqual(['eu-west-1', 'us-east-1']);
  });

  it('accepts {resources, errors, metadata} and rejects anything else', async () => {
    const file = path.join(dir, 'object.json');
    const error = {
      accountId: '1',
      region: 'r',
      resourceType: 'AWS.S3.Bucket',
      operation: 'op',
      code: 'c',
      message: 'm',
    };
    await writeFile(
      file,
      JSON.stringify({
        resources: [volume(1)],
        errors: [error],
        metadata: { source: 'scan', partial: true },
      }),
    );
    const snap = await loadSnapshotFile(file);
    expect(snap.errors).toEqual([error]);
    expect(snap.metadata.source).toBe('scan');
    expect(snap.metadata.partial).toBe(true);
    const bad = path.join(dir, 'bad.json');
    await writeFile(bad, '{"items": []}');
    await expect(loadSnapshotFile(bad)).rejects.toThrow(/expected a JSON array of resources/);
  });
});
