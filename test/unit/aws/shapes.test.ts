import { IpPermission$, NetworkAclEntry$, SecurityGroup$ } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { decodePolicyDocument, fromShape, memberNames, pickFields, tagMap } from '../../../src/aws/shapes.js';

describe('fromShape (schema-driven null conventions)', () => {
  it('fills every member of a default rule with null and collapses empty lists', () => {
    const rule = fromShape(
      { IpProtocol: '-1', IpRanges: [], UserIdGroupPairs: [{ GroupId: 'sg-1' }] },
      IpPermission$,
    ) as Record<string, unknown>;
    expect(Object.keys(rule).sort()).toEqual(memberNames(IpPermission$).sort());
    expect(rule.FromPort).toBeNull();
    expect(rule.ToPort).toBeNull();
    expect(rule.IpRanges).toBeNull();
    expect(rule.Ipv6Ranges).toBeNull();
    const pair = (rule.UserIdGroupPairs as Record<string, unknown>[])[0];
    expect(pair).toMatchObject({
      GroupId: 'sg-1',
      Description: null,
      UserId: null,
      VpcId: null,
      PeeringStatus: null,
    });
  });

  it('keeps PortRange null on a NACL entry without one', () => {
    const e = fromShape(
      { RuleNumber: 32767, Protocol: '-1', RuleAction: 'deny', Egress: false, CidrBlock: '0.0.0.0/0' },
      NetworkAclEntry$,
    );
    expect(e).toEqual({
      CidrBlock: '0.0.0.0/0',
      Egress: false,
      IcmpTypeCode: null,
      Ipv6CidrBlock: null,
      PortRange: null,
      Protocol: '-1',
      RuleAction: 'deny',
      RuleNumber: 32767,
    });
  });

  it('turns Dates into ISO strings ending in Z and leaves maps as objects', () => {
    const out = fromShape([{ Key: 'a', Value: 'b' }], [1, '', 'L', 0, SecurityGroup$]) as Record<
      string,
      unknown
    >[];
    expect(out[0].GroupId).toBeNull();
    expect(fromShape(new Date('2020-01-02T03:04:05.678Z'), 4)).toBe('2020-01-02T03:04:05.678Z');
    // Maps keep `{}` (only lists collapse to null): 128 is the SDK's map-of-string schema.
    expect(fromShape({}, 128)).toEqual({});
    expect(fromShape({ k: 'v' }, 128)).toEqual({ k: 'v' });
    expect(fromShape([], 64)).toBeNull();
  });

  it('pickFields emits listed fields only, null when the SDK does not model them', () => {
    const out = pickFields({ GroupId: 'sg-1', Description: 'd' }, SecurityGroup$, [
      'Description',
      'VpcId',
      'NotAMember',
    ]);
    expect(out).toEqual({ Description: 'd', VpcId: null, NotAMember: null });
  });
});

describe('helpers', () => {
  it('tagMap converts and gives {} for no tags', () => {
    expect(tagMap([{ Key: 'k', Value: 'v' }])).toEqual({ k: 'v' });
    expect(tagMap(undefined)).toEqual({});
    expect(tagMap([])).toEqual({});
  });

  it('decodes URL-encoded documents only when encoded, never turning + into space', () => {
    const doc = '{"Statement":[{"Action":"s3:Get+Object"}]}';
    expect(decodePolicyDocument(encodeURIComponent(doc))).toBe(doc);
    expect(decodePolicyDocument(doc)).toBe(doc);
    expect(decodePolicyDocument('%7B%22a%22%3A%22x+y%22%7D')).toBe('{"a":"x+y"}');
    expect(decodePolicyDocument(undefined)).toBeNull();
  });
});
