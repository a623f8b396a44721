// Deterministic synthetic AWS resources in Panther's shape (docs/resources.md), for the benchmark.
//
// The templates are the resources of examples/sample-account.json (a deliberately misconfigured
// account: every type has passing and failing examples). Each synthetic resource is a copy of a
// template picked by a seeded PRNG, with a new account/region/id/name (so ResourceIds are unique)
// and a few fields varied so that the pass/fail mix is not a fixed repetition of the sample.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const RESOURCE_TYPES = [
  'AWS.S3.Bucket',
  'AWS.EC2.SecurityGroup',
  'AWS.EC2.Instance',
  'AWS.EC2.AMI',
  'AWS.EC2.Volume',
  'AWS.EC2.VPC',
  'AWS.EC2.NetworkACL',
  'AWS.IAM.User',
  'AWS.IAM.RootUser',
  'AWS.IAM.Role',
  'AWS.IAM.Group',
  'AWS.IAM.Policy',
  'AWS.PasswordPolicy',
];

/** Per-account singletons: one root user and one password policy per synthetic account. */
const SINGLETONS = ['AWS.IAM.RootUser', 'AWS.PasswordPolicy'];

/** Relative weights of the other 11 types (roughly a large multi-account estate). */
const WEIGHTS = {
  'AWS.EC2.SecurityGroup': 18,
  'AWS.EC2.Volume': 14,
  'AWS.EC2.Instance': 12,
  'AWS.S3.Bucket': 12,
  'AWS.IAM.Role': 11,
  'AWS.IAM.User': 9,
  'AWS.EC2.NetworkACL': 6,
  'AWS.EC2.AMI': 6,
  'AWS.IAM.Policy': 5,
  'AWS.EC2.VPC': 4,
  'AWS.IAM.Group': 3,
};

const REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2'];
const GLOBAL_TYPES = new Set(['AWS.IAM.User', 'AWS.IAM.RootUser', 'AWS.IAM.Role', 'AWS.IAM.Group', 'AWS.IAM.Policy', 'AWS.PasswordPolicy']);

/** mulberry32: small, fast, good enough for a benchmark, identical on every platform. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const here = path.dirname(fileURLToPath(import.meta.url));
export const SAMPLE_SNAPSHOT = path.resolve(here, '..', '..', 'examples', 'sample-account.json');

/** type -> JSON texts of the sample resources of that type (parsed per copy: cheap deep clone). */
export function loadTemplates(file = SAMPLE_SNAPSHOT) {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  const resources = Array.isArray(data) ? data : data.resources;
  const out = {};
  for (const r of resources) (out[r.ResourceType] ??= []).push(JSON.stringify(r));
  for (const t of RESOURCE_TYPES) if (!out[t]?.length) throw new Error(`no template for ${t} in ${file}`);
  return out;
}

const hex = (rand, n) => {
  let s = '';
  for (let i = 0; i < n; i++) s += ((rand() * 16) | 0).toString(16);
  return s;
};
const upper = (rand, n) => {
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let s = '';
  for (let i = 0; i < n; i++) s += A[(rand() * A.length) | 0];
  return s;
};

/** New identity for a copy: [Id, Name, Arn/ResourceId]; fields absent in the template stay absent. */
function identity(type, r, account, region, n, rand) {
  const arnEc2 = (kind, id) => `arn:aws:ec2:${region}:${account}:${kind}/${id}`;
  switch (type) {
    case 'AWS.S3.Bucket': {
      const name = `bench-${account.slice(-4)}-${n.toString(36)}-${hex(rand, 6)}`;
      return { Name: name, Arn: `arn:aws:s3:::${name}` };
    }
    case 'AWS.EC2.SecurityGroup': {
      const id = `sg-${hex(rand, 17)}`;
      return { Id: id, Name: r.Name === 'default' ? 'default' : `bench-sg-${n}`, Arn: arnEc2('security-group', id) };
    }
    case 'AWS.EC2.Instance': {
      const id = `i-${hex(rand, 17)}`;
      return { Id: id, Arn: arnEc2('instance', id) };
    }
    case 'AWS.EC2.AMI': {
      const id = `ami-${hex(rand, 17)}`;
      return { Id: id, Name: `bench-ami-${n}`, Arn: arnEc2('image', id) };
    }
    case 'AWS.EC2.Volume': {
      const id = `vol-${hex(rand, 17)}`;
      return { Id: id, Arn: arnEc2('volume', id) };
    }
    case 'AWS.EC2.VPC': {
      const id = `vpc-${hex(rand, 17)}`;
      return { Id: id, Arn: arnEc2('vpc', id) };
    }
    case 'AWS.EC2.NetworkACL': {
      const id = `acl-${hex(rand, 17)}`;
      return { Id: id, Arn: arnEc2('network-acl', id) };
    }
    case 'AWS.IAM.User': {
      const name = `bench-user-${n}`;
      return { Id: `AIDA${upper(rand, 17)}`, Name: name, Arn: `arn:aws:iam::${account}:user/${name}` };
    }
    case 'AWS.IAM.Role': {
      const name = `bench-role-${n}`;
      return { Id: `AROA${upper(rand, 17)}`, Name: name, Arn: `arn:aws:iam::${account}:role/${name}` };
    }
    case 'AWS.IAM.Group': {
      const name = `bench-group-${n}`;
      return { Id: `AGPA${upper(rand, 17)}`, Name: name, Arn: `arn:aws:iam::${account}:group/${name}` };
    }
    case 'AWS.IAM.Policy': {
      const name = `bench-policy-${n}`;
      return { Id: `ANPA${upper(rand, 17)}`, Name: name, Arn: `arn:aws:iam::${account}:policy/${name}` };
    }
    case 'AWS.IAM.RootUser':
      return { ...('Id' in r ? { Id: account } : {}), Arn: `arn:aws:iam::${account}:root` };
    case 'AWS.PasswordPolicy':
      return { ResourceId: `${account}::AWS.PasswordPolicy` };
    default:
      throw new Error(`unknown type ${type}`);
  }
}

/** Field variations (only on keys the template has) so some copies flip verdicts. */
function vary(type, r, rand) {
  const p = rand();
  switch (type) {
    case 'AWS.S3.Bucket':
      if ('Versioning' in r && p < 0.15) r.Versioning = r.Versioning ? null : 'Enabled';
      else if ('LoggingPolicy' in r && p < 0.3) r.LoggingPolicy = null;
      break;
    case 'AWS.EC2.Volume':
      if ('Encrypted' in r && p < 0.2) r.Encrypted = !r.Encrypted;
      break;
    case 'AWS.EC2.Instance':
      if (r.MetadataOptions && typeof r.MetadataOptions === 'object' && p < 0.25)
        r.MetadataOptions.HttpTokens = r.MetadataOptions.HttpTokens === 'required' ? 'optional' : 'required';
      break;
    case 'AWS.EC2.AMI':
      if ('Public' in r && p < 0.1) r.Public = !r.Public;
      break;
    case 'AWS.EC2.VPC':
      if ('FlowLogs' in r && p < 0.2) r.FlowLogs = null;
      break;
    case 'AWS.PasswordPolicy':
      if ('MinimumPasswordLength' in r && p < 0.3) r.MinimumPasswordLength = 8 + ((rand() * 12) | 0);
      break;
    default:
      break;
  }
}

/**
 * `n` resources, deterministic for (n, seed). Accounts: one per ~2,000 resources (at least 1), each
 * with its root user and password policy; the rest drawn by WEIGHTS.
 */
export function generateResources(n, { seed = 20260401, templates = loadTemplates() } = {}) {
  const rand = prng(seed);
  const accounts = [];
  const nAccounts = Math.max(1, Math.min(Math.floor(n / 13), Math.round(n / 2000)));
  for (let a = 0; a < nAccounts; a++) accounts.push(String(100000000000 + Math.floor(rand() * 899999999999)).padStart(12, '0'));
  const weighted = Object.entries(WEIGHTS);
  const total = weighted.reduce((s, [, w]) => s + w, 0);
  const pickType = () => {
    let x = rand() * total;
    for (const [t, w] of weighted) if ((x -= w) < 0) return t;
    return weighted[weighted.length - 1][0];
  };
  const out = [];
  const make = (type, account, n) => {
    const list = templates[type];
    const r = JSON.parse(list[(rand() * list.length) | 0]);
    const region = GLOBAL_TYPES.has(type) ? 'global' : REGIONS[(rand() * REGIONS.length) | 0];
    const id = identity(type, r, account, region, n, rand);
    r.AccountId = account;
    r.Region = type === 'AWS.S3.Bucket' ? REGIONS[(rand() * REGIONS.length) | 0] : region;
    if ('Id' in id) r.Id = id.Id;
    if ('Name' in id) r.Name = id.Name;
    if ('Arn' in r || 'Arn' in id) {
      r.Arn = id.Arn;
      r.ResourceId = id.Arn;
    } else {
      r.ResourceId = id.ResourceId;
    }
    if ('OwnerId' in r && typeof r.OwnerId === 'string') r.OwnerId = account;
    vary(type, r, rand);
    return r;
  };
  for (const account of accounts) {
    for (const type of SINGLETONS) if (out.length < n) out.push(make(type, account, out.length));
  }
  while (out.length < n) out.push(make(pickType(), accounts[(rand() * accounts.length) | 0], out.length));
  return out;
}

/** A Snapshot object (model/snapshot) around generated resources. */
export function generateSnapshot(n, opts = {}) {
  const resources = generateResources(n, opts);
  const accounts = [...new Set(resources.map((r) => r.AccountId))].sort().map((id) => ({ id }));
  const regions = [...new Set(resources.map((r) => r.Region))].sort();
  const at = '2026-04-01T00:00:00.000Z';
  return {
    resources,
    errors: [],
    metadata: { source: 'file', accounts, regions, startedAt: at, finishedAt: at, apiCalls: {}, partial: false },
  };
}
