#!/usr/bin/env node
/**
 * Scanner benchmark against moto: seed the misconfigured account plus ~N extra resources
 * across two regions, time runScan, print wall time, API calls, calls/s and peak RSS.
 *
 *   npx tsx bench/scan.mjs            # N = 600
 *   BENCH_N=1200 BENCH_CONCURRENCY=16 npx tsx bench/scan.mjs
 *
 * Run with tsx because it imports the TypeScript sources directly. `npm run bench` (bench/run.mjs)
 * reuses scanBench() below and also evaluates the snapshot it returns.
 */
import { CreateSecurityGroupCommand, CreateVolumeCommand, EC2Client } from '@aws-sdk/client-ec2';
import { CreateRoleCommand, CreateUserCommand, IAMClient } from '@aws-sdk/client-iam';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import pLimit from 'p-limit';
import { pathToFileURL } from 'node:url';
import { motoEnv, seedMisconfiguredAccount, startMoto, TRUST_DOC } from '../test/helpers/moto.ts';
import { runScan } from '../src/aws/scan.ts';
import { seedRound2 } from '../test/helpers/seed-round2.ts';

const REGIONS = ['us-east-1', 'eu-west-1'];

async function seedBulk(endpoint, N) {
  const creds = { accessKeyId: 'testing', secretAccessKey: 'testing' };
  const limit = pLimit(8);
  const jobs = [];
  // Split N: 20% IAM (users/roles), the rest per region as SGs, volumes and buckets.
  const iamN = Math.round(N * 0.2);
  const iam = new IAMClient({ endpoint, region: 'us-east-1', credentials: creds });
  for (let i = 0; i < iamN; i++) {
    jobs.push(limit(() => (i % 4 === 0
      ? iam.send(new CreateRoleCommand({ RoleName: `bench-role-${i}`, AssumeRolePolicyDocument: TRUST_DOC }))
      : iam.send(new CreateUserCommand({ UserName: `bench-user-${i}` })))));
  }
  const perRegion = Math.round((N - iamN) / REGIONS.length);
  for (const region of REGIONS) {
    const ec2 = new EC2Client({ endpoint, region, credentials: creds });
    const s3 = new S3Client({ endpoint, region, credentials: creds, forcePathStyle: true });
    for (let i = 0; i < perRegion; i++) {
      const kind = i % 5;
      jobs.push(limit(() => {
        if (kind <= 1) return ec2.send(new CreateSecurityGroupCommand({ GroupName: `bench-${i}`, Description: 'bench' }));
        if (kind <= 3) return ec2.send(new CreateVolumeCommand({ AvailabilityZone: `${region}a`, Size: 1 }));
        return s3.send(new CreateBucketCommand({
          Bucket: `bench-${region}-${i}`,
          CreateBucketConfiguration: region === 'us-east-1' ? undefined : { LocationConstraint: region },
        }));
      }));
    }
  }
  await Promise.all(jobs);
}

/**
 * Seed moto, time runScan. Returns the summary printed by this script and the snapshot.
 */
export async function scanBench({ n = 600, concurrency = 8 } = {}) {
  const N = n;
  const CONCURRENCY = concurrency;
  const moto = await startMoto();
  try {
    Object.assign(process.env, motoEnv(moto.endpoint));
    const t0 = performance.now();
    await seedMisconfiguredAccount(moto.endpoint, REGIONS);
    // Every round-2 type too (trails, keys, databases, load balancers, ...), in the home region.
    await seedRound2(moto.endpoint, REGIONS[0]);
    await seedBulk(moto.endpoint, N);
    const seedMs = performance.now() - t0;
    const rssBefore = process.memoryUsage().rss;

    const start = performance.now();
    const snap = await runScan({ homeRegion: 'us-east-1', regions: REGIONS, concurrency: CONCURRENCY, credentialReportTimeoutMs: 30_000 });
    const wallMs = performance.now() - start;
    const calls = Object.values(snap.metadata.apiCalls).reduce((a, b) => a + b, 0);
    const byType = {};
    for (const r of snap.resources) byType[r.ResourceType] = (byType[r.ResourceType] ?? 0) + 1;

    const summary = {
      seededExtra: N,
      seedSeconds: +(seedMs / 1000).toFixed(1),
      concurrency: CONCURRENCY,
      resources: snap.resources.length,
      errors: snap.errors.length,
      wallSeconds: +(wallMs / 1000).toFixed(2),
      apiCalls: calls,
      callsPerSecond: +(calls / (wallMs / 1000)).toFixed(1),
      types: Object.keys(byType).length,
      criticalPathSeconds: +((snap.metadata.apiCriticalPathMs ?? 0) / 1000).toFixed(2),
      wallOverCriticalPath: snap.metadata.apiCriticalPathMs ? +(wallMs / snap.metadata.apiCriticalPathMs).toFixed(2) : null,
      apiCallsByType: Object.fromEntries(
        Object.entries(snap.metadata.apiCallsByType ?? {}).map(([t, ops]) => [t, Object.values(ops).reduce((a, b) => a + b, 0)]),
      ),
      rssBeforeScanMB: +(rssBefore / 2 ** 20).toFixed(0),
      peakRssMB: +(process.resourceUsage().maxRSS / 1024).toFixed(0),
      resourcesByType: byType,
      topOperations: Object.entries(snap.metadata.apiCalls).sort((a, b) => b[1] - a[1]).slice(0, 8),
    };
    return { summary, snapshot: snap, scanMs: wallMs };
  } finally {
    await moto.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { summary } = await scanBench({
    n: Number(process.env.BENCH_N ?? 600),
    concurrency: Number(process.env.BENCH_CONCURRENCY ?? 8),
  });
  console.log(JSON.stringify(summary, null, 2));
}
