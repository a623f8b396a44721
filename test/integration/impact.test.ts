/**
 * `palisade impact`: a pull request's changed policies (code, spec, a global they import; added
 * and removed ones) evaluated in both versions over a snapshot, compared resource by resource.
 * Real git history, real pyodide, the pipeline as the CLI runs it.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImpactPolicy } from '../../src/model/index.js';
import { expectValidResults } from '../helpers/results-schema.js';
import { run, tmpDir, type Run } from './cli-helpers.js';

const HOSTILE_ID = 'arn:aws:s3:::evil`|<img src=x onerror=alert(1)>';

function bucket(name: string, fields: Record<string, unknown>) {
  return {
    ResourceId: name.startsWith('arn:') ? name : `arn:aws:s3:::${name}`,
    ResourceType: 'AWS.S3.Bucket',
    AccountId: '123456789012',
    Region: 'us-east-1',
    TimeCreated: null,
    Name: name,
    ...fields,
  };
}

const SNAPSHOT = [
  bucket('b1', { Tags: { env: 'prod' }, Encrypted: false, Versioning: 'Enabled' }),
  bucket('b2', { Tags: { env: 'production' }, Encrypted: false, Versioning: 'Suspended' }),
  bucket('b3', { Tags: {}, Encrypted: true, Versioning: 'Suspended' }),
  bucket('b4', { Tags: { env: 'dev' }, Encrypted: true, Versioning: null }),
  bucket(HOSTILE_ID, { Tags: {}, Encrypted: false, Versioning: 'Enabled' }),
];

function policy(dir: string, file: string, id: string, severity: string, code: string): void {
  writeFileSync(path.join(dir, `${file}.py`), code);
  writeFileSync(
    path.join(dir, `${file}.yml`),
    `AnalysisType: policy\nFilename: ${file}.py\nPolicyID: ${id}\nEnabled: true\nSeverity: ${severity}\nResourceTypes:\n  - AWS.S3.Bucket\n`,
  );
}

function helpers(dir: string, prodValues: string): void {
  writeFileSync(
    path.join(dir, 'my_helpers.py'),
    `def is_prod(resource):\n    return (resource.get("Tags") or {}).get("env") in (${prodValues})\n`,
  );
  writeFileSync(
    path.join(dir, 'my_helpers.yml'),
    'AnalysisType: global\nGlobalID: my_helpers\nFilename: my_helpers.py\n',
  );
}

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], {
    cwd,
    stdio: 'pipe',
  });

let repo: string;
let snapshotFile: string;
let result: Run;
const entry = (id: string) => result.results.impact?.policies.find((p) => p.policyId === id) as ImpactPolicy;

beforeAll(async () => {
  repo = tmpDir('impact-repo');
  const pol = path.join(repo, 'policies');
  const glob = path.join(repo, 'global_helpers');
  mkdirSync(pol, { recursive: true });
  mkdirSync(glob, { recursive: true });
  helpers(glob, '"prod",');
  policy(
    pol,
    'tagged',
    'Imp.Tagged',
    'Medium',
    'from my_helpers import is_prod\n\n\ndef policy(resource):\n    return not is_prod(resource) or resource["Encrypted"]\n',
  );
  policy(
    pol,
    'versioned',
    'Imp.Versioned',
    'Low',
    'def policy(resource):\n    return resource["Versioning"] == "Enabled"\n',
  );
  policy(pol, 'removed', 'Imp.Removed', 'Info', 'def policy(resource):\n    return False\n');
  policy(pol, 'untouched', 'Imp.Untouched', 'Info', 'def policy(resource):\n    return False\n');
  // Tests, the same in both versions: what the PR check reports besides its impact preview.
  appendFileSync(
    path.join(pol, 'untouched.yml'),
    'Tests:\n  - Name: flags any bucket\n    ExpectedResult: false\n    Resource:\n      ResourceType: AWS.S3.Bucket\n      Name: b\n',
  );
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'base');
  git(repo, 'checkout', '-qb', 'pr');
  // The pull request: a global widened, a policy rewritten, one removed, one added.
  helpers(glob, '"prod", "production"');
  policy(
    pol,
    'versioned',
    'Imp.Versioned',
    'Low',
    'def policy(resource):\n    return resource["Versioning"].lower() in ("enabled", "suspended")\n',
  );
  rmSync(path.join(pol, 'removed.py'));
  rmSync(path.join(pol, 'removed.yml'));
  policy(pol, 'added', 'Imp.Added', 'High', 'def policy(resource):\n    return bool(resource["Tags"])\n');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'pr');
  snapshotFile = path.join(tmpDir('impact-snap'), 'snapshot.json');
  writeFileSync(snapshotFile, JSON.stringify(SNAPSHOT));
  result = await run('impact', (o) => {
    o.paths = [repo];
    o.snapshotFile = snapshotFile;
    o.impactBase = 'main';
  });
}, 180_000);

afterAll(async () => {
  rmSync(repo, { recursive: true, force: true });
});

describe('palisade impact', () => {
  it('lists exactly the added, modified and removed policies, with integer counts', () => {
    const impact = result.results.impact!;
    expect(impact.policies.map((p) => [p.policyId, p.change])).toEqual([
      ['Imp.Added', 'added'],
      ['Imp.Removed', 'removed'],
      ['Imp.Tagged', 'modified'],
      ['Imp.Versioned', 'modified'],
    ]);
    for (const p of impact.policies)
      for (const k of ['added', 'resolved', 'errors', 'unchanged'] as const)
        expect(Number.isInteger(p[k])).toBe(true);
    expect(entry('Imp.Tagged').reason).toBe('imports changed global my_helpers');
  });

  it('counts what each change does to the account', () => {
    expect(entry('Imp.Tagged')).toMatchObject({
      added: 1,
      resolved: 0,
      errors: 0,
      unchanged: 1,
      addedBySeverity: { Medium: 1 },
    });
    expect(entry('Imp.Tagged').examples.added).toEqual(['arn:aws:s3:::b2']);
    expect(entry('Imp.Versioned')).toMatchObject({ added: 0, resolved: 2, errors: 1, unchanged: 0 });
    expect(entry('Imp.Versioned').examples).toEqual({
      added: [],
      resolved: ['arn:aws:s3:::b2', 'arn:aws:s3:::b3'],
      errors: ['arn:aws:s3:::b4'],
    });
    expect(entry('Imp.Added')).toMatchObject({
      added: 2,
      resolved: 0,
      errors: 0,
      addedBySeverity: { High: 2 },
    });
    expect(entry('Imp.Removed')).toMatchObject({ added: 0, resolved: 5, errors: 0 });
    expect(result.results.impact!.totals).toMatchObject({ added: 3, resolved: 7, errors: 1 });
  });

  it('writes results.json under impact, valid against the published schema', () => {
    const written = JSON.parse(readFileSync(path.join(result.written.resultsFile!), 'utf8'));
    expectValidResults(written);
    expect(written.impact.policies).toHaveLength(4);
    // The PR versions' findings are the run's findings: the removed policy has none.
    expect(new Set(written.findings.map((f: { policyId: string }) => f.policyId))).toEqual(
      new Set(['Imp.Tagged', 'Imp.Added', 'Imp.Versioned']),
    );
  });

  it('shows ids only, escaped, in the summary', () => {
    const summary = readFileSync(result.written.summaryFile!, 'utf8');
    expect(summary).toContain('### Impact on the last scan');
    expect(summary).toMatch(/\| `Imp\.Versioned` \| ✏️ modified \| 0 \| 2 \| 1 \| 0 \|/);
    // The hostile id is shown, but only inside code spans (fences longer than its backtick run).
    expect(summary).toContain('<img');
    expect(summary.replace(/(`+)(?:(?!\1).)+?\1/g, '')).not.toContain('<img');
    expect(summary).not.toContain('"Encrypted"');
  });

  it('says what to keep in mind about the snapshot (a bare array says nothing of its age)', () => {
    expect(result.results.impact!.notes).toEqual([
      'The snapshot does not say when it was taken: it may be stale.',
    ]);
    expect(readFileSync(result.written.summaryFile!, 'utf8')).toContain(
      '> ⚠️ `The snapshot does not say when it was taken: it may be stale.`',
    );
  });

  it('in the PR check, a snapshot that cannot be read is a note and the tests still report', async () => {
    const truncated = path.join(tmpDir('impact-bad'), 'snapshot.json');
    writeFileSync(truncated, JSON.stringify(SNAPSHOT).slice(0, 40));
    const r = await run('test', (o) => {
      o.paths = [repo];
      o.impactSnapshot = truncated;
      o.impactBase = 'main';
    });
    expect(r.results.impact?.skipped).toMatch(/^cannot read snapshot /);
    expect(r.results.notices.some((n) => n.startsWith('Impact preview skipped: cannot read snapshot'))).toBe(
      true,
    );
    const summary = readFileSync(r.written.summaryFile!, 'utf8');
    expect(summary).toContain('> ⚠️ No preview: `cannot read snapshot');
    const written = JSON.parse(readFileSync(r.written.resultsFile!, 'utf8'));
    expectValidResults(written);
    // The tests ran and report, in results.json and the summary, as without the preview.
    const tests = [['Imp.Untouched', 'flags any bucket', 'PASS']];
    const row = (t: { policyId: string; name: string; status: string }) => [t.policyId, t.name, t.status];
    expect(r.results.tests.map(row)).toEqual(tests);
    expect(written.tests.map(row)).toEqual(tests);
    expect(summary).toMatch(/\*\*1\*\* tests in \*\*1\*\* policies/);
    expect(r.gate.exitCode).toBe(0);
  });

  it('refuses a base that is not a revision', async () => {
    await expect(
      run('impact', (o) => {
        o.paths = [repo];
        o.snapshotFile = snapshotFile;
        o.impactBase = '--output=/tmp/x';
      }),
    ).rejects.toThrow(/--base "--output=\/tmp\/x" is not a git revision/);
  });
});
