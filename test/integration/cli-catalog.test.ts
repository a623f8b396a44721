/**
 * `palisade list` and `palisade explain` as a user runs them: filters, JSON for programs, the
 * detection logic read from the AST, and a repository's text escaped on the terminal.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { palisadeProcess, PROJECT, tmpDir } from './cli-helpers.js';

function hostilePolicyDir(): string {
  const dir = path.join(tmpDir('palisade-catalog-'), 'mine');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'p.py'),
    [
      'def policy(resource):',
      '    if resource["Name"].startswith("sandbox-"):',
      '        return True',
      '    encrypted = resource.get("Encrypted")',
      '    return encrypted is True and resource["KmsKeyId"] is not None',
      '',
    ].join('\n'),
  );
  writeFileSync(
    path.join(dir, 'p.yml'),
    [
      'AnalysisType: policy',
      'Filename: p.py',
      'PolicyID: Mine.Volume.Encrypted',
      'Enabled: true',
      'ResourceTypes: [AWS.EC2.Volume]',
      'Severity: High',
      'Description: "Evil \\e]8;;https://x.example\\e\\\\link\\e]8;;\\e\\\\ and \\e[2J clear"',
      'Tests:',
      '  - Name: encrypted',
      '    ExpectedResult: true',
      '    Resource: {Name: a, Encrypted: true, KmsKeyId: k}',
      '',
    ].join('\n'),
  );
  return dir;
}

describe('palisade list', () => {
  it('prints a JSON array with policyId and severity, filtered by --check', async () => {
    const r = await palisadeProcess(['list', '--check', 'critical', '--format', 'json']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as Array<{ policyId: string; severity: string }>;
    expect(rows.length).toBeGreaterThan(3);
    expect(new Set(rows.map((x) => x.severity))).toEqual(new Set(['Critical']));
  });

  it('prints a table of the built-in library and the user policies', async () => {
    const dir = hostilePolicyDir();
    const r = await palisadeProcess([
      'list',
      '--policies',
      dir,
      '--check',
      'Mine.*,AWS.PasswordPolicy.MinimumLength',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^POLICY\s+SEVERITY\s+RESOURCE TYPES\s+CIS\s+MITRE\s+ENABLED/);
    expect(r.stdout).toMatch(/AWS\.PasswordPolicy\.MinimumLength\s+Medium\s+AWS\.PasswordPolicy\s+1\.8/);
    expect(r.stdout).toMatch(/Mine\.Volume\.Encrypted\s+High/);
    expect(r.stdout).toContain('2 policies');
  });
});

describe('palisade explain', () => {
  it('shows the metadata, tests and the detection logic as a condition with its exclusions', async () => {
    const dir = hostilePolicyDir();
    const r = await palisadeProcess(['explain', 'Mine.Volume.Encrypted', '--policies', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('passes when: Encrypted is True and KmsKeyId is not None');
    expect(r.stdout).toContain("passes regardless (exclusion): Name.startswith('sandbox-')");
    expect(r.stdout).toContain('compliant      encrypted');
    // The repository's description reaches the terminal without its escape sequences.
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).toContain('Evil \\x1b]8;;https://x.example');
  });

  it('names a missing policy with exit 2 and suggestions', async () => {
    const r = await palisadeProcess(['explain', 'PasswordPolicy.Min']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no policy PasswordPolicy.Min (did you mean AWS.PasswordPolicy.MinimumLength');
  });
});

describe('output into a pipe that closes early', () => {
  it('ends quietly, without an EPIPE stack trace', async () => {
    const { spawnSync } = await import('node:child_process');
    const tsx = path.join(PROJECT, 'node_modules/tsx/dist/esm/index.mjs');
    const cli = path.join(PROJECT, 'src/cli.ts');
    // Large enough (every evaluation kept) that writes continue after `head` has gone.
    const out = tmpDir('palisade-epipe-');
    const command = `"${process.execPath}" --import "${tsx}" "${cli}" evaluate --snapshot examples/sample-account.json --include-passed --format json --output-dir "${out}" | head -c 10`;
    const r = spawnSync('bash', ['-c', command], { cwd: PROJECT, encoding: 'utf8' });
    expect(r.stdout).toBe('{\n  "versi');
    expect(r.stderr).not.toMatch(/EPIPE|Error|at /);
  });
});
