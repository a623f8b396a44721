// check / skip-check: PolicyIDs, globs and severities, as checkov and trivy users expect.
import { describe, expect, it } from 'vitest';
import type { Severity } from '../../src/model/index.js';
import { selectPolicies } from '../../src/policy/selection.js';

const p = (policyId: string, severity: Severity) => ({ policyId, severity });
const library = [
  p('AWS.S3.Bucket.Public', 'Critical'),
  p('AWS.S3.Bucket.Versioning', 'Low'),
  p('AWS.IAM.User.ConsoleMFA', 'High'),
  p('AWS.KMS.Key.Rotation', 'Medium'),
];
const ids = (check: string[], skip: string[] = []) =>
  selectPolicies(library, check, skip).selected.map((x) => x.policyId);

describe('policy selection', () => {
  it('keeps everything without check, and drops what skip-check names', () => {
    expect(ids([])).toHaveLength(4);
    expect(ids([], ['AWS.S3.*'])).toEqual(['AWS.IAM.User.ConsoleMFA', 'AWS.KMS.Key.Rotation']);
  });

  it('selects by id, glob or severity (any entry), case-insensitive for severities', () => {
    expect(ids(['AWS.KMS.Key.Rotation'])).toEqual(['AWS.KMS.Key.Rotation']);
    expect(ids(['AWS.S3.*'])).toEqual(['AWS.S3.Bucket.Public', 'AWS.S3.Bucket.Versioning']);
    expect(ids(['HIGH', 'critical'])).toEqual(['AWS.S3.Bucket.Public', 'AWS.IAM.User.ConsoleMFA']);
    expect(ids(['AWS.S3.*'], ['low'])).toEqual(['AWS.S3.Bucket.Public']);
  });

  it('reports entries that match no policy instead of ignoring a typo', () => {
    expect(selectPolicies(library, ['AWS.S3.Bukcet.*', 'info'], ['Nope']).unmatched).toEqual([
      'AWS.S3.Bukcet.*',
      'Nope',
    ]);
  });
});
