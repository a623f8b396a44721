import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  changedFilesSince,
  gitTopLevel,
  pythonImports,
  selectChangedPolicies,
  verifiedCommit,
} from '../../src/policy/changed.js';
import { UsageError } from '../../src/config.js';
import { loadRepository } from '../../src/policy/repo.js';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const VALID = path.join(PROJECT, 'test/fixtures/repos/valid');

describe('pythonImports', () => {
  const mods = (src: string) => [...pythonImports(src)].sort();

  it('reads import and from-import statements, with parents of dotted names', () => {
    expect(mods('import json\nimport a.b.c as d\n')).toEqual(['a', 'a.b', 'a.b.c', 'json']);
    expect(mods('from panther_base_helpers import deep_get\n')).toEqual([
      'panther_base_helpers',
      'panther_base_helpers.deep_get',
    ]);
    expect(mods('from x.y import z as w, v\n')).toEqual(['x', 'x.y', 'x.y.v', 'x.y.z']);
  });

  it('handles import a, b and statements inside blocks or after ;', () => {
    expect(mods('import os, sys as system\n')).toEqual(['os', 'sys']);
    expect(mods('def f():\n    import lazy_helper\n    return 1\n')).toEqual(['lazy_helper']);
    expect(mods('x = 1; import after_semicolon\n')).toEqual(['after_semicolon']);
  });

  it('handles parenthesised and backslash-continued from-imports', () => {
    expect(mods('from helpers import (\n    one,\n    two as deux,  # comment\n)\nimport b\n')).toEqual([
      'b',
      'helpers',
      'helpers.one',
      'helpers.two',
    ]);
    expect(mods('from helpers import one, \\\n    two\n')).toEqual(['helpers', 'helpers.one', 'helpers.two']);
  });

  it('ignores relative imports, comments and words that merely contain "import"', () => {
    expect(
      mods(
        'from . import sibling\nfrom .pkg import x\n# import commented\nreimport = 1\nprint("not an import")\n',
      ),
    ).toEqual([]);
  });
});

describe('selectChangedPolicies on the valid fixture', async () => {
  const repo = await loadRepository([VALID], { cwd: PROJECT });
  const select = (...files: string[]) => selectChangedPolicies(repo, files, VALID);

  it('selects nothing when nothing relevant changed', () => {
    expect(select()).toEqual({ selected: [], reasons: {} });
    expect(
      select('README.md', 'templates/example_policy.yml', 'rules/aws_cloudtrail_rules/aws_root_activity.py'),
    ).toEqual({
      selected: [],
      reasons: {},
    });
  });

  it('selects a policy whose spec or code changed', () => {
    expect(select('policies/aws_s3_policies/aws_s3_bucket_encryption.yml').reasons).toEqual({
      'AWS.S3.Bucket.EncryptionEnabled': 'spec changed',
    });
    expect(
      select(
        'policies/aws_s3_policies/aws_s3_bucket_public_access_block.py',
        'policies/aws_s3_policies/aws_s3_bucket_public_access_block.yml',
      ).reasons,
    ).toEqual({ 'AWS.S3.Bucket.PublicAccessBlocked': 'spec changed; code changed' });
  });

  it('selects policies importing a changed global, directly or through another global', () => {
    const { selected, reasons } = select('global_helpers/panther_base_helpers.py');
    expect(selected.map((p) => p.policyId)).toEqual([
      'AWS.EC2.SecurityGroup.RestrictsSSH',
      'AWS.EC2.Volume.Encrypted',
      'AWS.S3.Bucket.EncryptionEnabled',
    ]);
    expect(reasons).toEqual({
      'AWS.EC2.SecurityGroup.RestrictsSSH':
        'imports global panther_aws_helpers, which imports changed global panther_base_helpers',
      'AWS.EC2.Volume.Encrypted': 'imports changed global panther_base_helpers',
      'AWS.S3.Bucket.EncryptionEnabled': 'imports changed global panther_base_helpers',
    });
  });

  it('a changed global spec counts too; absolute paths work', () => {
    expect(select(path.join(VALID, 'global_helpers/panther_aws_helpers.yml')).reasons).toEqual({
      'AWS.EC2.SecurityGroup.RestrictsSSH': 'imports changed global panther_aws_helpers',
    });
  });
});

describe('changedFilesSince (temporary git repository)', () => {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'palisade-git-')));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const git = (...args: string[]) =>
    execFileSync(
      'git',
      ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args],
      {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );

  it('lists committed, staged, modified, renamed and untracked changes since the merge base', async () => {
    cpSync(VALID, path.join(dir, 'detections'), { recursive: true });
    writeFileSync(path.join(dir, 'notes.md'), 'base\n');
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'base');
    git('checkout', '-q', '-b', 'feature');
    // committed on the branch
    appendFileSync(path.join(dir, 'detections/global_helpers/panther_aws_helpers.py'), '\n# tweak\n');
    git('commit', '-q', '-am', 'tweak helper');
    // a commit on main after the branch point must not appear (ref...HEAD uses the merge base)
    git('checkout', '-q', 'main');
    writeFileSync(path.join(dir, 'main-only.txt'), 'x\n');
    git('add', 'main-only.txt');
    git('commit', '-q', '-m', 'main moves on');
    git('checkout', '-q', 'feature');
    // uncommitted: modified, renamed (staged), untracked in a new folder
    appendFileSync(path.join(dir, 'detections/policies/aws_s3_policies/aws_s3_bucket_encryption.yml'), '\n');
    git('mv', 'notes.md', 'notes-renamed.md');
    writeFileSync(path.join(dir, 'detections/policies/new dir with space.yml'), 'x: 1\n');

    const files = changedFilesSince('main', path.join(dir, 'detections'));
    expect([...files].sort()).toEqual(
      [
        'detections/global_helpers/panther_aws_helpers.py',
        'detections/policies/aws_s3_policies/aws_s3_bucket_encryption.yml',
        'detections/policies/new dir with space.yml',
        'notes-renamed.md',
        'notes.md',
      ].sort(),
    );
    expect(gitTopLevel(path.join(dir, 'detections'))).toBe(dir);

    // end to end: load, then select with paths relative to the top-level
    const repo = await loadRepository(['detections'], { cwd: dir });
    const { reasons } = selectChangedPolicies(repo, files, gitTopLevel(dir));
    expect(reasons).toEqual({
      'AWS.EC2.SecurityGroup.RestrictsSSH': 'imports changed global panther_aws_helpers',
      'AWS.S3.Bucket.EncryptionEnabled': 'spec changed',
    });
  });

  it('an unknown ref is a usage error that names it', () => {
    expect(() => changedFilesSince('no-such-ref', dir)).toThrow(UsageError);
    expect(() => changedFilesSince('no-such-ref', dir)).toThrow(
      '--changed-since "no-such-ref": unknown revision, not a commit in this repository (a shallow clone needs fetch-depth: 0)',
    );
  });

  it('a ref, a tag, HEAD~0 and a full commit id are verified and work', () => {
    git('tag', 'base-tag', 'main');
    const sha = git('rev-parse', 'main').trim();
    for (const ref of ['main', 'base-tag', 'HEAD~0', sha])
      expect(() => changedFilesSince(ref, dir)).not.toThrow();
    expect(verifiedCommit('base-tag', dir)).toBe(sha);
  });

  it('a ref that is not a commit (a tree, a blob) is a usage error', () => {
    expect(() => changedFilesSince('main^{tree}', dir)).toThrow(UsageError);
    expect(() => changedFilesSince('main:notes.md', dir)).toThrow(UsageError);
  });

  describe('a REF that git could read as an option never reaches git as one', () => {
    const out = path.join(dir, 'injected-output');
    const pager = path.join(dir, 'pager-ran');
    const hostile = [
      `--output=${out}`,
      `--output=${out}...HEAD`,
      `-c core.pager=touch ${pager}`,
      `-ccore.pager=touch ${pager}`,
      '--exec-path=/tmp',
      '-',
      '--',
      '',
    ];
    for (const ref of hostile) {
      it(`refuses ${JSON.stringify(ref)} as a usage error, and git writes nothing`, () => {
        expect(() => changedFilesSince(ref, dir)).toThrow(UsageError);
        expect(() => changedFilesSince(ref, dir)).toThrow(
          `--changed-since ${JSON.stringify(ref)} is not a git revision (a revision never starts with "-")`,
        );
        expect(existsSync(out)).toBe(false);
        expect(existsSync(`${out}...HEAD`)).toBe(false);
        expect(existsSync(pager)).toBe(false);
      });
    }

    it('an option hidden after a valid-looking prefix is just an unknown revision', () => {
      expect(() => changedFilesSince(`main --output=${out}`, dir)).toThrow(/unknown revision/);
      expect(existsSync(out)).toBe(false);
    });
  });
});

describe('selectChangedPolicies with rules (test mode)', async () => {
  const root = path.join(PROJECT, 'test/fixtures/conformance/repo');
  const repo = await loadRepository([root], { cwd: PROJECT, includeRules: true });
  const select = (...files: string[]) => selectChangedPolicies(repo, files, root).reasons;

  it('selects a changed rule, and the rules on a log type whose data model changed', () => {
    expect(select('rules/aws_cloudtrail_rules/conf_rule.py')).toEqual({
      'Conf.Rule.RootActor': 'code changed',
    });
    expect(select('data_models/conf_data_model.yml')).toEqual({
      'Conf.Rule.RootActor': 'data model Conf.DataModel of AWS.CloudTrail changed',
    });
  });
});
