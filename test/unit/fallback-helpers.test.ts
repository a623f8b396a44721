// Palisade's fallback helper globals and the boto3/botocore stand-ins, run under native python3
// with only our directories on the path (the real boto3 may be installed on this machine).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SANDBOX = fileURLToPath(new URL('../../src/policy/sandbox/', import.meta.url));

function py(code: string): unknown {
  const prelude = `import sys, json\nsys.path[:0] = [${JSON.stringify(SANDBOX + 'fallback_helpers')}, ${JSON.stringify(SANDBOX + 'stubs')}]\n`;
  const out = execFileSync('python3', ['-c', prelude + code], {
    encoding: 'utf8',
    env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' },
  });
  return JSON.parse(out);
}

describe('fallback panther_base_helpers', () => {
  it('deep_get follows mappings and returns the default for missing keys and None values', () => {
    expect(
      py(`from panther_base_helpers import deep_get
r = {"a": {"b": {"c": 1}, "n": None}, "l": [1]}
print(json.dumps([deep_get(r, "a", "b", "c"), deep_get(r, "a", "x", default="d"), deep_get(r, "a", "n", default="d"),
                  deep_get(r, "l", "x", default="d"), deep_get(r, "a", "b")]))`),
    ).toEqual([1, 'd', 'd', 'd', { c: 1 }]);
  });

  it('deep_walk descends into lists; listify wraps scalars', () => {
    expect(
      py(`from panther_base_helpers import deep_walk, listify
r = {"rules": [{"ports": [{"from": 22}, {"from": 80}]}, {"ports": [{"from": 22}]}]}
print(json.dumps([deep_walk(r, "rules", "ports", "from"), deep_walk(r, "rules", "ports", "from", return_val="last"),
                  deep_walk(r, "rules", "x", default="d"), deep_walk({"a": {"b": 5}}, "a", "b"),
                  listify("s"), listify(["a"]), listify(None), listify({"k": 1})]))`),
    ).toEqual([[22, 80], 22, 'd', 5, ['s'], ['a'], [], [{ k: 1 }]]);
  });

  it('resolve_timestamp_string gives naive datetimes for the fixed formats (§10.2)', () => {
    expect(
      py(`from datetime import datetime
from panther_base_helpers import resolve_timestamp_string as r
vals = [r("2019-01-01T00:00:00Z"), r("2019-01-01T00:00:00.123Z"), r("2019-01-01 10:00:00.5"), r("2019-01-01T00:00:00+00:00"), r(""), r(None)]
print(json.dumps([None if v is None else [v.isoformat(), v.tzinfo is None] for v in vals]))`),
    ).toEqual([
      ['2019-01-01T00:00:00', true],
      ['2019-01-01T00:00:00.123000', true],
      ['2019-01-01T10:00:00.500000', true],
      ['2019-01-01T00:00:00+00:00', false], // an offset is not a fixed format: timezone-aware
      null,
      null,
    ]);
  });

  it('is_base64 returns decoded text or an empty string', () => {
    expect(
      py(`from panther_base_helpers import is_base64
print(json.dumps([is_base64("aGVsbG8gd29ybGQ="), is_base64("not base64!"), is_base64("")]))`),
    ).toEqual(['hello world', '', '']);
  });
});

describe('fallback AWS helpers and stand-ins', () => {
  it('panther_aws_helpers and aws_globals share one BadLookup; aws_regions lists regions', () => {
    expect(
      py(`import aws_globals, panther_aws_helpers
try:
    aws_globals.resource_lookup("x")
    caught = False
except panther_aws_helpers.BadLookup:
    caught = True
print(json.dumps([caught, "us-east-1" in panther_aws_helpers.aws_regions()]))`),
    ).toEqual([true, true]);
  });

  it('boto3 stand-in: clients and resources are made as with real boto3, and every call fails offline', () => {
    expect(
      py(`import boto3
from botocore.exceptions import ClientError, NoCredentialsError, BotoCoreError
annotation_ok = boto3.resource is not None and "palisade" in boto3.__version__
# Detections build clients at import time: that must work; only a call reaches (no) AWS.
table = boto3.resource("dynamodb").Table("t")
s3 = boto3.Session().client("s3")
refused = []
for call in (lambda: table.get_item(Key={}), lambda: s3.get_bucket_policy(Bucket="b")):
    try:
        call()
        refused.append(False)
    except NoCredentialsError as e:
        refused.append(isinstance(e, BotoCoreError))
refused = all(refused) and len(refused) == 2
err = ClientError({"Error": {"Code": "AccessDenied", "Message": "nope"}}, "GetBucketPolicy")
print(json.dumps([annotation_ok, refused, str(err), err.response["Error"]["Code"]]))`),
    ).toEqual([
      true,
      true,
      'An error occurred (AccessDenied) when calling the GetBucketPolicy operation: nope',
      'AccessDenied',
    ]);
  });
});
