/**
 * The 17 round-2 resource types against moto: a seeded account with a misconfigured and a safe
 * resource of each type in us-east-1 and nothing in eu-west-1, scanned through the real SDK;
 * then the built-in policies over the snapshot. Emulator gaps are asserted as such:
 * wafv2:ListResourcesForWebACL is not implemented by moto (docs/resource-shape.md §4).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScan } from '../../src/aws/scan.js';
import type { Resource, Snapshot } from '../../src/model/resource.js';
import { MOTO_ACCOUNT, motoEnv, startMoto, type MotoServer } from '../helpers/moto.js';
import { OPEN_KEY_POLICY, seedRound2, type Round2Seed } from '../helpers/seed-round2.js';
import { run, tmpDir, type Run } from './cli-helpers.js';

const TYPES = [
  'AWS.ACM.Certificate',
  'AWS.CloudFormation.Stack',
  'AWS.CloudTrail',
  'AWS.CloudTrail.Meta',
  'AWS.CloudWatch.LogGroup',
  'AWS.Config.Recorder',
  'AWS.Config.Recorder.Meta',
  'AWS.DynamoDB.Table',
  'AWS.ELBV2.ApplicationLoadBalancer',
  'AWS.GuardDuty.Detector',
  'AWS.GuardDuty.Detector.Meta',
  'AWS.KMS.Key',
  'AWS.Lambda.Function',
  'AWS.RDS.Instance',
  'AWS.Redshift.Cluster',
  'AWS.WAF.Regional.WebACL',
  'AWS.WAF.WebACL',
];
const REGIONS = ['us-east-1', 'eu-west-1'];
const TS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?Z$/;

let moto: MotoServer;
let seed: Round2Seed;
let snap: Snapshot;
let evaluated: Run;
const saved = { ...process.env };
const byId = (id: string) => snap.resources.find((r) => r.ResourceId === id) as Resource;
const ofType = (t: string) => snap.resources.filter((r) => r.ResourceType === t);
const named = (t: string, name: string) => ofType(t).find((r) => r.Name === name) as Resource;

beforeAll(async () => {
  moto = await startMoto();
  Object.assign(process.env, motoEnv(moto.endpoint));
  seed = await seedRound2(moto.endpoint, 'us-east-1');
  snap = await runScan({
    homeRegion: 'us-east-1',
    regions: REGIONS,
    resourceTypes: TYPES,
    credentialReportTimeoutMs: 10_000,
    concurrency: 8,
  });
  const file = path.join(tmpDir('round2'), 'snapshot.json');
  writeFileSync(file, JSON.stringify(snap));
  evaluated = await run('evaluate', (o) => {
    o.snapshotFile = file;
    o.includePassed = true;
  });
}, 240_000);

afterAll(async () => {
  process.env = saved;
  await moto?.stop();
});

describe('round-2 collectors against moto', () => {
  it('collects every type that was seeded, each with the envelope', () => {
    const counts = Object.fromEntries(TYPES.map((t) => [t, ofType(t).length]));
    expect(counts).toEqual({
      'AWS.ACM.Certificate': 1,
      'AWS.CloudFormation.Stack': 2,
      'AWS.CloudTrail': 1, // multi-region: once, from its home region
      'AWS.CloudTrail.Meta': 1,
      'AWS.CloudWatch.LogGroup': 2,
      'AWS.Config.Recorder': 1,
      'AWS.Config.Recorder.Meta': 1,
      'AWS.DynamoDB.Table': 2,
      'AWS.ELBV2.ApplicationLoadBalancer': 1,
      'AWS.GuardDuty.Detector': 1,
      'AWS.GuardDuty.Detector.Meta': 1,
      'AWS.KMS.Key': 2,
      'AWS.Lambda.Function': 2,
      'AWS.RDS.Instance': 2,
      'AWS.Redshift.Cluster': 2,
      'AWS.WAF.Regional.WebACL': 1,
      'AWS.WAF.WebACL': 0,
    });
    for (const r of snap.resources) {
      expect(r.AccountId).toBe(MOTO_ACCOUNT);
      for (const k of ['ResourceId', 'ResourceType', 'Region', 'TimeCreated', 'Tags'])
        expect(r).toHaveProperty(k);
      if (r.TimeCreated !== null) expect(r.TimeCreated, r.ResourceId).toMatch(TS);
    }
  });

  it('reports only the emulator gap as a collection error, and says the scan is partial', () => {
    expect(snap.errors.map((e) => [e.resourceType, e.operation])).toEqual([
      ['AWS.WAF.Regional.WebACL', 'wafv2:ListResourcesForWebACL'],
    ]);
    expect(snap.errors[0].fields).toEqual(['AssociatedResources']);
    expect(snap.metadata.partial).toBe(true);
  });

  it('KMS: rotation and the key policy as JSON text', () => {
    expect(byId(seed.keys.rotated)).toMatchObject({
      KeyRotationEnabled: true,
      KeyManager: 'CUSTOMER',
      KeyState: 'Enabled',
    });
    const open = byId(seed.keys.open);
    expect(open.KeyRotationEnabled).toBe(false);
    expect(JSON.parse(open.Policy as string)).toEqual(JSON.parse(OPEN_KEY_POLICY));
  });

  it('CloudTrail and its Meta: status, selectors, and the trail list', () => {
    const trail = byId(seed.trailArn);
    expect(trail).toMatchObject({
      IsMultiRegionTrail: true,
      LogFileValidationEnabled: true,
      Region: 'us-east-1',
    });
    expect((trail.Status as { IsLogging: boolean }).IsLogging).toBe(true);
    expect(trail.EventSelectors).toEqual([
      expect.objectContaining({ ReadWriteType: 'All', IncludeManagementEvents: true }),
    ]);
    const meta = byId(`${MOTO_ACCOUNT}::AWS.CloudTrail.Meta`);
    expect(meta).toMatchObject({ Region: 'global', Trails: [seed.trailArn] });
  });

  it('log groups carry the CIS 4.x signal: filter, alarm, confirmed subscriber', () => {
    const group = named('AWS.CloudWatch.LogGroup', seed.logGroupName);
    expect(group.RetentionInDays).toBe(365);
    expect(group.Tags).toEqual({ purpose: 'audit' });
    // The trail names its group with a trailing `:*`; the group's id is the same ARN without it.
    expect(String(byId(seed.trailArn).CloudWatchLogsLogGroupArn).replace(/:\*$/, '')).toBe(group.ResourceId);
    const [filter] = group.MetricFilters as Array<Record<string, any>>;
    expect(filter.FilterName).toBe('unauthorized-api-calls');
    expect(filter.MetricTransformations[0]).toMatchObject({
      MetricName: 'UnauthorizedAPICalls',
      MetricNamespace: 'CISBenchmark',
    });
    expect(filter.Alarms).toHaveLength(1);
    expect(filter.Alarms[0].SubscribedActions).toEqual(filter.Alarms[0].AlarmActions);
    expect(named('AWS.CloudWatch.LogGroup', 'app-us-east-1')).toMatchObject({
      MetricFilters: null,
      RetentionInDays: null,
      Tags: {},
    });
  });

  it('Config and GuardDuty: one per region that has one, Meta over the regions scanned', () => {
    expect(byId(`${MOTO_ACCOUNT}:us-east-1:AWS.Config.Recorder`)).toMatchObject({
      RecordingGroup: expect.objectContaining({ AllSupported: true, IncludeGlobalResourceTypes: true }),
      Status: expect.objectContaining({ Recording: true }),
    });
    expect(byId(`${MOTO_ACCOUNT}::AWS.Config.Recorder.Meta`)).toMatchObject({
      Recorders: [`${MOTO_ACCOUNT}:us-east-1:AWS.Config.Recorder`],
      GlobalRecorderCount: 1,
      Regions: REGIONS.slice().sort(),
    });
    expect(byId(`${MOTO_ACCOUNT}:us-east-1:AWS.GuardDuty.Detector`)).toMatchObject({
      Status: 'ENABLED',
      Master: null,
    });
    expect(byId(`${MOTO_ACCOUNT}::AWS.GuardDuty.Detector.Meta`)).toMatchObject({
      Detectors: [`${MOTO_ACCOUNT}:us-east-1:AWS.GuardDuty.Detector`],
      Regions: REGIONS.slice().sort(),
    });
  });

  it('ALB: listeners, the TLS policy map, the web ACL in front', () => {
    const alb = byId(seed.alb);
    expect((alb.Listeners as unknown[]).length).toBe(2);
    expect(Object.keys(alb.SSLPolicies as object)).toEqual(['ELBSecurityPolicy-2016-08']);
    expect(alb.WebAclArn).toBe(seed.webAclArn);
    expect(byId(seed.webAclArn)).toMatchObject({
      DefaultAction: { Type: 'ALLOW' },
      WebACLId: alb.WebAcl,
      AssociatedResources: null,
      LoggingConfiguration: expect.objectContaining({
        LogDestinationConfigs: [expect.stringContaining('aws-waf-logs')],
      }),
    });
  });

  it('Lambda policy, RDS snapshot attributes, Redshift logging, CloudFormation protection', () => {
    const pub = byId(seed.functions.public);
    expect(JSON.parse((pub.Policy as { Policy: string }).Policy).Statement[0].Principal).toBe('*');
    expect(byId(seed.functions.private).Policy).toBeNull();
    expect(byId(seed.databases.public).SnapshotAttributes).toEqual([
      expect.objectContaining({
        DBSnapshotAttributes: [
          expect.objectContaining({ AttributeName: 'restore', AttributeValues: ['all'] }),
        ],
      }),
    ]);
    expect(byId(seed.databases.private).SnapshotAttributes).toBeNull();
    expect(named('AWS.Redshift.Cluster', seed.clusters.safe).LoggingStatus).toMatchObject({
      LoggingEnabled: true,
    });
    expect(byId(seed.stacks.protected).EnableTerminationProtection).toBe(true);
  });

  it('the built-in policies fail the misconfigured resources and pass the safe ones', () => {
    const verdict = (policy: string, resourceId: string) =>
      evaluated.results.findings.find((f) => f.policyId === policy && f.resourceId === resourceId)?.status;
    const rows: Array<[string, string, 'FAIL' | 'PASS']> = [
      ['AWS.RDS.Instance.PubliclyAccessible', seed.databases.public, 'FAIL'],
      ['AWS.RDS.Instance.PubliclyAccessible', seed.databases.private, 'PASS'],
      ['AWS.RDS.Instance.StorageEncrypted', seed.databases.public, 'FAIL'],
      ['AWS.RDS.Instance.StorageEncrypted', seed.databases.private, 'PASS'],
      ['AWS.RDS.Instance.SnapshotsPublic', seed.databases.public, 'FAIL'],
      ['AWS.RDS.Instance.SnapshotsPublic', seed.databases.private, 'PASS'],
      ['AWS.RDS.Instance.BackupRetention', seed.databases.public, 'FAIL'],
      ['AWS.RDS.Instance.MultiAZ', seed.databases.public, 'FAIL'],
      ['AWS.Lambda.Function.PublicResourcePolicy', seed.functions.public, 'FAIL'],
      ['AWS.Lambda.Function.PublicResourcePolicy', seed.functions.private, 'PASS'],
      ['AWS.Lambda.Function.DeprecatedRuntime', seed.functions.public, 'FAIL'],
      ['AWS.Lambda.Function.DeprecatedRuntime', seed.functions.private, 'PASS'],
      ['AWS.DynamoDB.Table.PointInTimeRecovery', named('AWS.DynamoDB.Table', 'scratch').ResourceId, 'FAIL'],
      ['AWS.DynamoDB.Table.PointInTimeRecovery', named('AWS.DynamoDB.Table', 'orders').ResourceId, 'PASS'],
      ['AWS.ELBV2.ApplicationLoadBalancer.HTTPSRedirect', seed.alb, 'FAIL'],
      ['AWS.ELBV2.ApplicationLoadBalancer.TLSPolicy', seed.alb, 'FAIL'],
      ['AWS.ELBV2.ApplicationLoadBalancer.WAFWebACL', seed.alb, 'PASS'],
      ['AWS.WAF.WebACL.Logging', seed.webAclArn, 'PASS'],
      ['AWS.Redshift.Cluster.Encrypted', named('AWS.Redshift.Cluster', 'open-warehouse').ResourceId, 'FAIL'],
      [
        'AWS.Redshift.Cluster.Encrypted',
        named('AWS.Redshift.Cluster', 'closed-warehouse').ResourceId,
        'PASS',
      ],
      [
        'AWS.Redshift.Cluster.PubliclyAccessible',
        named('AWS.Redshift.Cluster', 'open-warehouse').ResourceId,
        'FAIL',
      ],
      [
        'AWS.Redshift.Cluster.AuditLogging',
        named('AWS.Redshift.Cluster', 'open-warehouse').ResourceId,
        'FAIL',
      ],
      [
        'AWS.Redshift.Cluster.AuditLogging',
        named('AWS.Redshift.Cluster', 'closed-warehouse').ResourceId,
        'PASS',
      ],
      ['AWS.CloudFormation.Stack.TerminationProtectionEnabled', seed.stacks.unprotected, 'FAIL'],
      ['AWS.CloudFormation.Stack.TerminationProtectionEnabled', seed.stacks.protected, 'PASS'],
      // CIS 3.x and 4.x over the Meta types and the resources they name.
      ['AWS.CloudTrail.Meta.MultiRegionManagementEvents', `${MOTO_ACCOUNT}::AWS.CloudTrail.Meta`, 'PASS'],
      ['AWS.CloudTrail.LogFileValidation', seed.trailArn, 'PASS'],
      ['AWS.CloudTrail.KMSEncryption', seed.trailArn, 'PASS'],
      ['AWS.CloudTrail.Monitoring.UnauthorizedAPICalls', `${MOTO_ACCOUNT}::AWS.CloudTrail.Meta`, 'PASS'],
      ['AWS.CloudTrail.Monitoring.RootAccountUsage', `${MOTO_ACCOUNT}::AWS.CloudTrail.Meta`, 'FAIL'],
      ['AWS.CloudTrail.Meta.S3ObjectWriteEvents', `${MOTO_ACCOUNT}::AWS.CloudTrail.Meta`, 'FAIL'],
      // Seeded in us-east-1 only, scanned in two regions.
      ['AWS.Config.Recorder.Meta.AllRegions', `${MOTO_ACCOUNT}::AWS.Config.Recorder.Meta`, 'FAIL'],
      ['AWS.GuardDuty.Meta.AllRegions', `${MOTO_ACCOUNT}::AWS.GuardDuty.Detector.Meta`, 'FAIL'],
      ['AWS.KMS.Key.RotationEnabled', seed.keys.rotated, 'PASS'],
      ['AWS.KMS.Key.RotationEnabled', seed.keys.open, 'FAIL'],
      ['AWS.KMS.Key.PolicyAllowsAnyone', seed.keys.open, 'FAIL'],
      ['AWS.KMS.Key.PolicyAllowsAnyone', seed.keys.rotated, 'PASS'],
    ];
    expect(rows.map(([p, r]) => [p, r, verdict(p, r)])).toEqual(rows);
    // No built-in policy crashes on a real resource of these types.
    expect(evaluated.results.findings.filter((f) => f.status === 'ERROR')).toEqual([]);
  });
});
