// Smoke test of the benchmark's synthetic resource generator (bench/lib/synth.mjs). No timing.
import { describe, expect, it } from 'vitest';
import { generateResources, generateSnapshot, RESOURCE_TYPES } from '../../bench/lib/synth.mjs';

const ARN_LESS = new Set(['AWS.PasswordPolicy']);
const GLOBAL = new Set([
  'AWS.IAM.User',
  'AWS.IAM.RootUser',
  'AWS.IAM.Role',
  'AWS.IAM.Group',
  'AWS.IAM.Policy',
  'AWS.PasswordPolicy',
]);

describe('bench synthetic resources', () => {
  it('is deterministic for a given size and seed', () => {
    const a = generateResources(2000);
    const b = generateResources(2000);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const c = generateResources(2000, { seed: 7 });
    expect(JSON.stringify(c)).not.toBe(JSON.stringify(a));
  });

  it('produces valid resource envelopes of all 13 types with unique ResourceIds', () => {
    const { resources, errors, metadata } = generateSnapshot(3000);
    expect(resources).toHaveLength(3000);
    expect(errors).toEqual([]);
    expect(RESOURCE_TYPES).toHaveLength(13);
    expect(new Set(resources.map((r) => r.ResourceType))).toEqual(new Set(RESOURCE_TYPES));
    expect(new Set(resources.map((r) => r.ResourceId)).size).toBe(resources.length);
    for (const r of resources) {
      expect(RESOURCE_TYPES).toContain(r.ResourceType);
      expect(typeof r.ResourceId).toBe('string');
      expect(r.AccountId).toMatch(/^\d{12}$/);
      expect(typeof r.Region).toBe('string');
      expect('TimeCreated' in r).toBe(true);
      expect('Tags' in r).toBe(true);
      if (GLOBAL.has(r.ResourceType)) expect(r.Region).toBe('global');
      else expect(r.Region).toMatch(/^[a-z]{2}-[a-z]+-\d$/);
      if (ARN_LESS.has(r.ResourceType)) {
        expect('Arn' in r).toBe(false);
        expect(r.ResourceId).toBe(`${r.AccountId}::AWS.PasswordPolicy`);
      } else {
        expect(r.ResourceId).toBe(r.Arn);
        expect(r.Arn).toMatch(/^arn:aws:(s3|ec2|iam):/);
        if (r.ResourceType !== 'AWS.S3.Bucket') expect(r.Arn).toContain(r.AccountId);
      }
    }
    expect(metadata.accounts.map((a) => a.id).sort()).toEqual(
      [...new Set(resources.map((r) => r.AccountId))].sort(),
    );
  });
});
