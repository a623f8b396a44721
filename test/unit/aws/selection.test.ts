import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { parseAccounts, mergeAccounts } from '../../../src/aws/accounts.js';
import { ignoreMatcher, ScanConfigError, selectTypes } from '../../../src/aws/filters.js';
import { enabledRegions, selectRegions } from '../../../src/aws/regions.js';

describe('regions', () => {
  it('keeps opted-in and default regions, drops not-opted-in', async () => {
    const ec2 = mockClient(EC2Client);
    ec2.on(DescribeRegionsCommand).resolves({
      Regions: [
        { RegionName: 'us-east-1', OptInStatus: 'opt-in-not-required' },
        { RegionName: 'af-south-1', OptInStatus: 'not-opted-in' },
        { RegionName: 'me-south-1', OptInStatus: 'opted-in' },
      ],
    });
    expect(await enabledRegions(new EC2Client({ region: 'us-east-1' }))).toEqual(['me-south-1', 'us-east-1']);
    expect(ec2.commandCalls(DescribeRegionsCommand)[0].args[0].input).toEqual({ AllRegions: true });
    ec2.restore();
  });

  it('applies include (with wildcards) and exclude', () => {
    const enabled = ['eu-central-1', 'eu-west-1', 'us-east-1', 'us-west-2'];
    expect(selectRegions(enabled).regions).toEqual(enabled);
    expect(selectRegions(enabled, ['eu-*', 'us-east-1'], ['eu-central-1'])).toEqual({
      regions: ['eu-west-1', 'us-east-1'],
      notEnabled: [],
    });
    expect(selectRegions(enabled, ['af-south-1', 'us-west-2']).notEnabled).toEqual(['af-south-1']);
  });
});

describe('types and ignore patterns', () => {
  it('selects types and rejects unknown names', () => {
    expect(selectTypes(undefined, ['AWS.EC2.AMI']).has('AWS.EC2.AMI')).toBe(false);
    expect([...selectTypes(['AWS.S3.Bucket'])]).toEqual(['AWS.S3.Bucket']);
    expect(() => selectTypes(['AWS.Nope'])).toThrow(ScanConfigError);
  });

  it('matches ResourceId regexes, optionally scoped to a type', () => {
    const ignored = ignoreMatcher(['^arn:aws:s3:::logs-', 'AWS.EC2.SecurityGroup=sg-0abc']);
    expect(ignored('AWS.S3.Bucket', 'arn:aws:s3:::logs-1')).toBe(true);
    expect(ignored('AWS.EC2.SecurityGroup', 'arn:aws:ec2:us-east-1:1:security-group/sg-0abc')).toBe(true);
    expect(ignored('AWS.EC2.VPC', 'arn:aws:ec2:us-east-1:1:vpc/sg-0abc')).toBe(false);
    expect(() => ignoreMatcher(['('])).toThrow(ScanConfigError);
  });
});

describe('accounts', () => {
  it('parses ids and labels and merges discovered accounts', () => {
    expect(parseAccounts(['111122223333', '444455556666:prod'])).toEqual([
      { id: '111122223333' },
      { id: '444455556666', label: 'prod' },
    ]);
    expect(() => parseAccounts(['12345'])).toThrow(ScanConfigError);
    expect(
      mergeAccounts(
        [{ id: '444455556666', label: 'prod' }],
        [
          { id: '444455556666', label: 'Prod Org Name' },
          { id: '777788889999', label: 'dev' },
        ],
      ),
    ).toEqual([
      { id: '444455556666', label: 'prod' },
      { id: '777788889999', label: 'dev' },
    ]);
  });
});
