import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/config.js';
import {
  isRepositoryRoot,
  listSpecFiles,
  loadRepository,
  matchesFolderPattern,
} from '../../src/policy/repo.js';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = 'test/fixtures/repos';
const fmt = (e: { file: string; line: number; message: string }) => `${e.file}:${e.line}: ${e.message}`;

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Writes files (path → content) under a new temporary directory. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'palisade-repo-'));
  temps.push(root);
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), content);
  }
  return root;
}

const policy = (id: string, file = 'p.py') =>
  `AnalysisType: policy\nFilename: ${file}\nPolicyID: ${id}\nEnabled: true\nSeverity: Low\n`;
const global = (id: string) => `AnalysisType: global\nGlobalID: ${id}\nFilename: ${id}.py\n`;
const PY = 'def policy(resource):\n    return True\n';

describe('the valid fixture repository', async () => {
  const repo = await loadRepository([`${FIXTURES}/valid`], { cwd: PROJECT });

  it('loads its policies and globals without errors', () => {
    expect(repo.errors).toEqual([]);
    expect(repo.policies.map((p) => p.policyId)).toEqual([
      'AWS.EC2.SecurityGroup.RestrictsSSH',
      'AWS.EC2.Volume.Encrypted',
      'AWS.S3.Bucket.EncryptionEnabled',
      'AWS.S3.Bucket.PublicAccessBlocked',
    ]);
    expect(repo.globals.map((g) => g.globalId)).toEqual(['panther_aws_helpers', 'panther_base_helpers']);
  });

  it('counts the rule, query, data model and pack as other items, and never loads the rule as a policy', () => {
    expect(repo.otherItems).toBe(4);
    expect(repo.others.map((o) => [o.analysisType, o.id])).toEqual([
      ['datamodel', 'Standard.AWS.CloudTrail'],
      ['pack', 'Example.AWS.Core'],
      ['scheduled_query', 'AWS Root Activity Query'],
      ['rule', 'AWS.CloudTrail.RootActivity'],
    ]);
    expect(repo.policies.some((p) => p.pythonFile.includes('rules'))).toBe(false);
  });

  it('does not read templates/ from the root (its spec is invalid and conflicts)', () => {
    expect(repo.errors.some((e) => e.file.includes('templates'))).toBe(false);
  });

  it('gives absolute spec and python paths, key lines and test lines', () => {
    const vol = repo.policies.find((p) => p.policyId === 'AWS.EC2.Volume.Encrypted')!;
    expect(vol.specFile).toBe(
      path.join(PROJECT, FIXTURES, 'valid/policies/aws_ec2_policies/aws_ec2_volume_encrypted.yml'),
    );
    expect(vol.pythonFile).toBe(
      path.join(PROJECT, FIXTURES, 'valid/policies/aws_ec2_policies/aws_ec2_volume_encrypted.py'),
    );
    expect(vol.keyLines.PolicyID).toBe(3);
    expect(vol.tests.map((t) => t.line)).toEqual([16, 25, 34, 43]);
    expect(vol.tests[2].mocks).toEqual([
      { objectName: 'exempt_volume_ids', returnValue: '["vol-0a1b2c3d4e5f60003"]' },
    ]);
    expect(repo.globals[0].pythonFile).toBe(
      path.join(PROJECT, FIXTURES, 'valid/global_helpers/panther_aws_helpers.py'),
    );
  });

  it('notices policies without tests', () => {
    expect(repo.notices).toEqual(['No tests configured for AWS.S3.Bucket.PublicAccessBlocked']);
  });

  it('records the walked root as an absolute path', () => {
    expect(repo.roots).toEqual([path.join(PROJECT, FIXTURES, 'valid')]);
  });
});

describe('the invalid fixture repository: one file:line: message per failure kind', async () => {
  const dir = `${FIXTURES}/invalid`;
  const repo = await loadRepository([dir], { cwd: PROJECT });
  const p = `${dir}/policies`;

  it('reports every invalid spec, in walk order, pack check last', () => {
    expect(repo.errors.map(fmt)).toEqual([
      `${dir}/global_helpers/global_extra_key.yml:4: 'Owner' not in list of valid keys`,
      `${p}/bad_resource_type.yml:8: Key 'ResourceTypes' error: 'AWS.Resource' is not a valid resource type`,
      `${p}/dup_tags_case.yml:9: Key 'Tags' error: 'aws' duplicates 'AWS' (tags are compared case-insensitively)`,
      `${p}/duplicate_id_second.yml:5: Conflicting AnalysisID: [Invalid.Fixture.DuplicateID]`,
      `${p}/expected_result_yes.yml:11: Test #2 'yes is a string': Key 'ExpectedResult' error: 'yes' should be instance of 'bool'`,
      `${p}/missing_filename_file.yml:3: Filename 'does_not_exist.py' not found: no file at ${p}/does_not_exist.py`,
      `${p}/missing_required_key.yml:1: Missing key: 'Severity'`,
      `${p}/not_yaml.yml:5: YAML parse error: Flow map in block collection must be sufficiently indented and end with a }`,
      `${p}/policy_id_of_a_global.yml:3: Conflicting AnalysisID: [helper]`,
      `${p}/severity_high.yml:5: Key 'Severity' error: 'high' is not one of Info, Low, Medium, High, Critical`,
      `${p}/two_documents.yml:6: YAML parse error: expected a single document in the stream, found more`,
      `${p}/unknown_analysis_type.yml:1: Invalid AnalysisType: 'polcy' is not one of policy, global, rule, scheduled_rule, correlation_rule, scheduled_query, saved_query, pack, datamodel, lookup_table, scheduled_prompt`,
      `${p}/unknown_key.yml:6: 'Owner' not in list of valid keys`,
      `${dir}/packs/bad_pack.yml:3: pack (Invalid.Fixture.Pack) definition includes item(s) that do not exist (Invalid.Fixture.Nope)`,
    ]);
  });

  it('keeps loading the valid specs; the first of two conflicting IDs wins', () => {
    expect(repo.policies.map((x) => [x.policyId, path.basename(x.specFile)])).toEqual([
      ['Invalid.Fixture.Valid', 'a_valid_policy.yml'],
      ['Invalid.Fixture.DuplicateID', 'duplicate_id_first.yml'],
    ]);
    expect(repo.globals.map((g) => g.globalId)).toEqual(['helper']);
  });

  it('sets the id on errors when it could be read', () => {
    expect(repo.errors.find((e) => e.file.endsWith('severity_high.yml'))?.id).toBe(
      'Invalid.Fixture.SeverityHigh',
    );
    expect(repo.errors.find((e) => e.file.endsWith('not_yaml.yml'))?.id).toBeUndefined();
  });

  it('--ignore-extra-keys accepts the unknown policy key but never a global extra key', async () => {
    const lenient = await loadRepository([dir], { cwd: PROJECT, ignoreExtraKeys: true });
    expect(lenient.errors.some((e) => e.file.endsWith('unknown_key.yml'))).toBe(false);
    expect(lenient.policies.map((x) => x.policyId)).toContain('Invalid.Fixture.UnknownKey');
    expect(lenient.errors.some((e) => e.file.endsWith('global_extra_key.yml'))).toBe(true);
  });

  it('file paths keep the spelling of the given path (absolute in, absolute out)', async () => {
    const abs = await loadRepository([path.join(PROJECT, dir)], { cwd: PROJECT });
    expect(abs.errors[0].file).toBe(path.join(PROJECT, dir, 'global_helpers/global_extra_key.yml'));
  });
});

describe('walking from a repository root (§1.1)', () => {
  const root = tree({
    'root.yml': global('root_helper'),
    'root_helper.py': '',
    'no_type.yml': 'Description: not a spec\n',
    'empty.yml': '',
    'list.yml': '- a\n- b\n',
    '.panther_settings.yml': 'not: [valid\n',
    '.github/workflows/bad.yml': 'not: [valid\n',
    'templates/bad.yml': 'not: [valid\n',
    'docs/policies.yml': 'not: [valid\n', // the file name does not matter, only directories
    'policies/b.yml': policy('B'),
    'policies/a.yaml': policy('A'),
    'policies/p.py': PY,
    'policies/spec.json': '{"AnalysisType": "policy"}',
    'policies/dependabot.yml': 'not: [valid\n',
    'policies/package.json': '{',
    'policies/notes.txt': 'x',
    'policies/__pycache__/bad.yml': 'not: [valid\n',
    'policies/.hidden/bad.yml': 'not: [valid\n',
    'policies/aa_sub/c.yml': policy('C', '../p.py'),
    'src/my_policies/d.yml': policy('D', '../../policies/p.py'),
    'global_helpers/g.yml': global('g'),
    'global_helpers/g.py': '',
    'global_helpers/sub/bad.yml': 'not: [valid\n',
    'packs/pack.yml': 'AnalysisType: pack\nPackID: Pack\nPackDefinition: {IDs: [A, g]}\n',
    'packs/extra/bad.yml': 'not: [valid\n',
    'correlation_rules/r.yml': 'AnalysisType: correlation_rule\nRuleID: R\n',
    'lookup_tables/l.yml': 'AnalysisType: lookup_table\nLookupName: L\n',
    'scheduled_prompts/s.yml': 'AnalysisType: scheduled_prompt\nPromptName: S\n',
    'other/x.yml': 'not: [valid\n',
  });

  it('reads only matching directories, in sorted order, skipping hidden entries and the ignore list', async () => {
    const { files } = await listSpecFiles([root], { cwd: root });
    expect(files.map((f) => f.rel)).toEqual([
      'empty.yml',
      'list.yml',
      'no_type.yml',
      'root.yml',
      'correlation_rules/r.yml',
      'global_helpers/g.yml',
      'lookup_tables/l.yml',
      'packs/pack.yml',
      'policies/a.yaml',
      'policies/b.yml',
      'policies/aa_sub/c.yml',
      'scheduled_prompts/s.yml',
      'src/my_policies/d.yml',
    ]);
  });

  it('loads them with no errors: files without AnalysisType are skipped silently', async () => {
    const repo = await loadRepository(['.'], { cwd: root });
    expect(repo.errors).toEqual([]);
    expect(repo.policies.map((p) => p.policyId)).toEqual(['A', 'B', 'C', 'D']);
    expect(repo.globals.map((g) => g.globalId)).toEqual(['root_helper', 'g']);
    expect(repo.otherItems).toBe(4);
  });

  it('treats any spelling of the working directory as the root', async () => {
    for (const spelling of ['.', './', root, `${root}/`]) {
      const { files } = await listSpecFiles([spelling], { cwd: root });
      expect(files).toHaveLength(13);
    }
  });

  it('--ignore-files paths are compared after normalisation', async () => {
    const { files } = await listSpecFiles(['.'], {
      cwd: root,
      ignoreFiles: ['./policies/b.yml', 'policies//aa_sub/c.yml', path.join(root, 'root.yml')],
    });
    expect(files.map((f) => f.rel)).not.toContain('policies/b.yml');
    expect(files.map((f) => f.rel)).not.toContain('policies/aa_sub/c.yml');
    expect(files.map((f) => f.rel)).not.toContain('root.yml');
    expect(files).toHaveLength(10);
  });

  it('matches the folder patterns like fnmatch on ./path', () => {
    expect(matchesFolderPattern('policies')).toBe(true);
    expect(matchesFolderPattern(path.join('src', 'my_policies', 'x'))).toBe(true);
    expect(matchesFolderPattern('correlation_rules')).toBe(true);
    expect(matchesFolderPattern('global_helpers')).toBe(true);
    expect(matchesFolderPattern(path.join('x', 'global_helpers'))).toBe(true);
    expect(matchesFolderPattern(path.join('global_helpers', 'sub'))).toBe(false);
    expect(matchesFolderPattern(path.join('packs', 'extra'))).toBe(false);
    expect(matchesFolderPattern('Policies')).toBe(false); // case-sensitive
    expect(matchesFolderPattern('templates')).toBe(false);
  });
});

describe('walking a sub-path (§1.1)', () => {
  const root = tree({
    'global_helpers/g.yml': global('g'),
    'global_helpers/g.py': '',
    'data_models/dm.yml': 'AnalysisType: datamodel\nDataModelID: DM\n',
    'detections/global_helpers/local.yml': global('local'),
    'detections/global_helpers/local.py': '',
    'detections/aws/p.yml': policy('P'),
    'detections/aws/p.py': PY,
    'detections/aws/templates/t.yml': policy('T', '../p.py'),
    'detections/aws/.hidden/bad.yml': 'not: [valid\n',
    'policies/s3/q.yml': policy('Q', 'q.py'),
    'policies/s3/q.py': PY,
    'policies/s3/extra/r.yml': policy('R', '../q.py'),
  });

  it('decides root vs sub-path', async () => {
    expect(await isRepositoryRoot('.', root)).toBe(true);
    expect(await isRepositoryRoot(root, path.dirname(root))).toBe(true); // has policies/, global_helpers/
    expect(await isRepositoryRoot('policies', root)).toBe(false); // is itself a detection folder
    expect(await isRepositoryRoot('policies/s3', root)).toBe(false);
    expect(await isRepositoryRoot('detections/aws', root)).toBe(false); // no detection folders inside
  });

  it('reads everything below a sub-path, then the helper roots; a file reached twice is loaded once', async () => {
    const repo = await loadRepository(['detections/aws', 'detections/aws/'], { cwd: root });
    expect(repo.errors).toEqual([]);
    expect(repo.policies.map((p) => p.policyId)).toEqual(['P', 'T']);
    // <path>/../global_helpers, then ./global_helpers, then ./data_models
    expect(repo.globals.map((g) => g.globalId)).toEqual(['local', 'g']);
    expect(repo.otherItems).toBe(1);
    expect(repo.roots).toEqual([
      path.join(root, 'detections/aws'),
      path.join(root, 'detections/global_helpers'),
      path.join(root, 'global_helpers'),
      path.join(root, 'data_models'),
    ]);
    const files = await listSpecFiles(['detections'], { cwd: root });
    // detections/global_helpers is both inside the path and a helper root: read once.
    expect(files.files.filter((f) => f.abs.endsWith('local.yml'))).toHaveLength(1);
    expect(files.files.find((f) => f.abs.endsWith('local.yml'))?.display).toBe(
      'detections/global_helpers/local.yml',
    );
  });

  it('a policies sub-path reads all of its subfolders, with helper display paths relative to the cwd', async () => {
    const repo = await loadRepository(['policies/s3'], { cwd: root });
    expect(repo.errors).toEqual([]);
    expect(repo.policies.map((p) => p.policyId)).toEqual(['Q', 'R']);
    expect(repo.globals.map((g) => g.globalId)).toEqual(['g']);
  });

  it('rejects a path that is not a directory', async () => {
    await expect(loadRepository(['nope'], { cwd: root })).rejects.toBeInstanceOf(UsageError);
  });
});

describe('loading edge cases', () => {
  it('a global whose Filename is missing is invalid; a rule is never schema-checked', async () => {
    const root = tree({
      'global_helpers/g.yml': 'AnalysisType: global\nGlobalID: g\nFilename: missing.py\n',
      'rules/r.yml': 'AnalysisType: rule\nRuleID: R\nSeverity: whatever\nUnknownKey: 1\n',
    });
    const repo = await loadRepository(['.'], { cwd: root });
    expect(repo.errors.map(fmt)).toEqual([
      "global_helpers/g.yml:3: Filename 'missing.py' not found: no file at global_helpers/missing.py",
    ]);
    expect(repo.otherItems).toBe(1);
  });

  it('IDs conflict across types, and only specs that passed the schema claim an ID', async () => {
    const root = tree({
      'policies/a_invalid.yml': policy('X').replace('Severity: Low', 'Severity: low'),
      'policies/b_valid.yml': policy('X'),
      'policies/p.py': PY,
      'rules/c_rule.yml': 'AnalysisType: rule\nRuleID: X\n',
      'rules/d_query.yml': 'AnalysisType: saved_query\nQueryName: Y\n',
      'rules/e_rule.yml': 'AnalysisType: scheduled_rule\nRuleID: Y\n',
    });
    const repo = await loadRepository(['.'], { cwd: root });
    expect(repo.errors.map(fmt)).toEqual([
      "policies/a_invalid.yml:5: Key 'Severity' error: 'low' is not one of Info, Low, Medium, High, Critical",
      'rules/c_rule.yml:2: Conflicting AnalysisID: [X]',
      'rules/e_rule.yml:2: Conflicting AnalysisID: [Y]',
    ]);
    expect(repo.policies.map((p) => p.policyId)).toEqual(['X']);
    expect(repo.otherItems).toBe(1);
  });

  it('a conflict is reported before duplicate tags (step 4 before step 5), and dup-tag specs still claim their ID', async () => {
    const root = tree({
      'policies/a.yml': policy('X') + 'Tags: [a, A]\n',
      'policies/b.yml': policy('X') + 'Tags: [b, B]\n',
      'policies/p.py': PY,
    });
    const repo = await loadRepository(['.'], { cwd: root });
    expect(repo.errors.map(fmt)).toEqual([
      "policies/a.yml:6: Key 'Tags' error: 'A' duplicates 'a' (tags are compared case-insensitively)",
      'policies/b.yml:3: Conflicting AnalysisID: [X]',
    ]);
  });
});
