/** The scanner must only read: no code path may construct a write command. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ListBucketsCommand, PutBucketPolicyCommand, S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import {
  CallCounter,
  createLimiter,
  instrumentClient,
  isAllowedOperation,
} from '../../../src/aws/clients.js';
import { allDescriptors } from '../../../src/aws/collectors/registry.js';
import { SCAN_CALLS } from '../../../src/aws/scan.js';

const SRC = fileURLToPath(new URL('../../../src/aws', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('read-only guarantee', () => {
  it('every command the scanner source constructs or paginates is Describe/List/Get (+ report, STS)', () => {
    const used = new Set<string>();
    for (const f of files(SRC)) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/new\s+([A-Z]\w+)Command\s*\(/g)) used.add(m[1]);
      for (const m of text.matchAll(/\bpaginate([A-Z]\w+)\s*\(/g)) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(30);
    const refused = [...used].filter(
      (op) =>
        !isAllowedOperation(`x:${op}`) &&
        !['GenerateCredentialReport', 'AssumeRole', 'AssumeRoleWithWebIdentity'].includes(op),
    );
    expect(refused).toEqual([]);
  });

  it('every command the scanner source uses is declared by a resource type (or the scan itself)', async () => {
    const declared = new Set(
      [...SCAN_CALLS, ...(await allDescriptors()).flatMap((d) => d.calls)].map((c) =>
        c.slice(c.indexOf(':') + 1),
      ),
    );
    const used = new Set<string>();
    for (const f of files(SRC)) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/new\s+([A-Z]\w+)Command\s*\(/g)) used.add(m[1]);
      for (const m of text.matchAll(/\bpaginate([A-Z]\w+)\s*\(/g)) used.add(m[1]);
    }
    // AssumeRoleWithWebIdentity is the OIDC step (credentials.ts), before any scan client exists.
    used.delete('AssumeRoleWithWebIdentity');
    expect([...used].filter((op) => !declared.has(op))).toEqual([]);
  });

  it('a client refuses a read its resource types do not declare', async () => {
    const counter = new CallCounter();
    const client = new S3Client({
      region: 'us-east-1',
      credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
      endpoint: 'http://127.0.0.1:9',
      maxAttempts: 1,
    });
    instrumentClient(client, 's3', counter, createLimiter(2), new Set(['s3:GetBucketPolicy']));
    await expect(client.send(new ListBucketsCommand({}))).rejects.toThrow(
      'no collected resource type declares it',
    );
    expect(counter.snapshot()).toEqual({});
  });

  it('the allowlist refuses writes', () => {
    expect(isAllowedOperation('s3:GetBucketPolicy')).toBe(true);
    expect(isAllowedOperation('iam:GenerateCredentialReport')).toBe(true);
    expect(isAllowedOperation('sts:AssumeRole')).toBe(true);
    for (const op of [
      's3:PutBucketPolicy',
      'ec2:DeleteVolume',
      'iam:CreateUser',
      'ec2:Describe',
      'iam:GetawayNow',
      'ec2:ModifyImageAttribute',
    ]) {
      expect(isAllowedOperation(op)).toBe(false);
    }
  });

  it('the client middleware blocks a write before it is sent and counts reads', async () => {
    const counter = new CallCounter();
    const client = new S3Client({
      region: 'us-east-1',
      credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
      endpoint: 'http://127.0.0.1:9',
      maxAttempts: 1,
    });
    instrumentClient(client, 's3', counter, createLimiter(2));
    await expect(client.send(new PutBucketPolicyCommand({ Bucket: 'b', Policy: '{}' }))).rejects.toThrow(
      'read-only',
    );
    await expect(client.send(new ListBucketsCommand({}))).rejects.toThrow(); // nothing listens on port 9
    expect(counter.snapshot()).toEqual({ 's3:ListBuckets': 1 });
  });
});
