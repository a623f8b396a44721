// Hostile repositories against the path confinement (issue 9, item 1): a spec's Filename and
// the spec files themselves may only be regular files the walk found under the real root.
// Every case plants a canary outside what may be read and checks it is never loaded.
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  realpathSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/config.js';
import {
  approveWalkedFile,
  FILENAME_OUTSIDE_REPOSITORY,
  MAX_PYTHON_SOURCE_BYTES,
  MAX_SPEC_FILE_BYTES,
  readRepositoryFile,
  RepositoryFileError,
} from '../../src/policy/paths.js';
import { loadRepository, type LoadedRepo } from '../../src/policy/repo.js';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CANARY = 'CANARY-7f3a9c1e-paths';
const PY = 'def policy(resource):\n    return True\n';
const fmt = (e: { file: string; line: number; message: string }) => `${e.file}:${e.line}: ${e.message}`;

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

/**
 * A workspace: `outside/` holds canaries the repository must never reach (a fake `.git/config`
 * and a `secret.py` that would load as a policy), `repo/` is the walk root and working directory.
 */
function workspace(files: Record<string, string> = {}): { ws: string; repo: string } {
  const ws = realpathSync(mkdtempSync(path.join(tmpdir(), 'palisade-paths-')));
  temps.push(ws);
  const write = (rel: string, content: string) => {
    mkdirSync(path.dirname(path.join(ws, rel)), { recursive: true });
    writeFileSync(path.join(ws, rel), content);
  };
  write('.git/config', `[http]\n\textraheader = AUTHORIZATION: basic ${CANARY}\n`);
  write('outside/secret.py', `TOKEN = "${CANARY}"\n${PY}`);
  write('outside/secret.yml', policyYaml('Outside.Secret', 'secret.py') + `Description: ${CANARY}\n`);
  write('repo/.git/config', `[remote]\n\turl = https://x-access-token:${CANARY}@github.com/o/r\n`);
  write('repo/policies/ok.yml', policyYaml('Ok', 'ok.py'));
  write('repo/policies/ok.py', PY);
  for (const [rel, content] of Object.entries(files)) write(`repo/${rel}`, content);
  return { ws, repo: path.join(ws, 'repo') };
}

function policyYaml(id: string, filename: string): string {
  return `AnalysisType: policy\nPolicyID: ${id}\nFilename: ${filename}\nEnabled: true\nSeverity: Low\n`;
}

/** Loads like the CLI does from the repository root, and reads every source the loader would send. */
async function load(repo: string): Promise<{ loaded: LoadedRepo; everything: string }> {
  const loaded = await loadRepository(['.'], { cwd: repo });
  const sources = [...loaded.policies, ...loaded.globals].map((s) =>
    readRepositoryFile(s.pythonFile, MAX_PYTHON_SOURCE_BYTES),
  );
  return { loaded, everything: JSON.stringify(loaded) + sources.join('\n') };
}

/**
 * Runs module code in a child process and returns its stdout: a blocking open of a FIFO would
 * hang this process for good, in a child it fails the test by timeout instead.
 */
function inChild(code: string): string {
  const imports =
    `import { loadRepository } from ${JSON.stringify(path.join(PROJECT, 'src/policy/repo.ts'))};` +
    `import { readRepositoryFile } from ${JSON.stringify(path.join(PROJECT, 'src/policy/paths.ts'))};`;
  return execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', imports + code], {
    cwd: PROJECT,
    encoding: 'utf8',
    timeout: 20_000,
  }).trim();
}

const refused = (file: string, line = 3) => `${file}:${line}: ${FILENAME_OUTSIDE_REPOSITORY}`;

describe('a policy Filename must name a .py file the walk found inside the repository', () => {
  const hostile: [string, string, (ws: string, repo: string) => void][] = [
    ['the fake .git/config next to the policies', '../.git/config', () => {}],
    ['a .git/config above the walk root', '../../.git/config', () => {}],
    [
      '/proc/self/environ (the original environment, whatever process.env says)',
      '/proc/self/environ',
      () => {},
    ],
    ['/proc/self/pagemap', '/proc/self/pagemap', () => {}],
    ['/dev/zero', '/dev/zero', () => {}],
    ['an absolute path to a .py outside', '<ws>/outside/secret.py', () => {}],
    ['a ../ escape to a .py outside', '../../outside/secret.py', () => {}],
    ['a hard-to-spot ./.. escape', './../policies/./../../outside/secret.py', () => {}],
    [
      'a symlinked .py pointing outside',
      'link.py',
      (ws, repo) => symlinkSync(path.join(ws, 'outside/secret.py'), path.join(repo, 'policies/link.py')),
    ],
    [
      'a symlinked .py pointing inside (no symlink is followed)',
      'link.py',
      (_ws, repo) => symlinkSync('ok.py', path.join(repo, 'policies/link.py')),
    ],
    [
      'a .py under a symlinked directory',
      'lib/secret.py',
      (ws, repo) => symlinkSync(path.join(ws, 'outside'), path.join(repo, 'policies/lib')),
    ],
    [
      'a .py in a dot-directory',
      '../.github/x.py',
      (_ws, repo) => {
        mkdirSync(path.join(repo, '.github'));
        writeFileSync(path.join(repo, '.github/x.py'), `X = "${CANARY}"\n${PY}`);
      },
    ],
    [
      'a .py in a folder the walk never enters (__pycache__)',
      '__pycache__/x.py',
      (_ws, repo) => {
        mkdirSync(path.join(repo, 'policies/__pycache__'));
        writeFileSync(path.join(repo, 'policies/__pycache__/x.py'), `X = "${CANARY}"\n${PY}`);
      },
    ],
    [
      'a hidden .py file',
      '.hidden.py',
      (_ws, repo) => writeFileSync(path.join(repo, 'policies/.hidden.py'), `X = "${CANARY}"\n${PY}`),
    ],
    [
      'a non-.py file inside the repository',
      'x.txt',
      (_ws, repo) => writeFileSync(path.join(repo, 'policies/x.txt'), `X = "${CANARY}"\n${PY}`),
    ],
    [
      'a directory named like a .py file',
      'dir.py',
      (_ws, repo) => mkdirSync(path.join(repo, 'policies/dir.py')),
    ],
    [
      'a .py over the size limit',
      'big.py',
      (_ws, repo) =>
        writeFileSync(
          path.join(repo, 'policies/big.py'),
          `X = "${CANARY}"\n${PY}#`.padEnd(MAX_PYTHON_SOURCE_BYTES + 1, '#'),
        ),
    ],
    [
      'a FIFO named x.py (opening it would block)',
      'fifo.py',
      (_ws, repo) => execFileSync('mkfifo', [path.join(repo, 'policies/fifo.py')]),
    ],
  ];

  for (const [label, filename, plant] of hostile) {
    it(`refuses ${label}, at the Filename line, and never reads it`, async () => {
      const { ws, repo } = workspace();
      plant(ws, repo);
      const name = filename.replace('<ws>', ws);
      writeFileSync(path.join(repo, 'policies/hostile.yml'), policyYaml('Hostile', name));
      const { loaded, everything } = await load(repo);
      expect(loaded.errors.map(fmt)).toEqual([refused('policies/hostile.yml', 3)]);
      expect(loaded.errors[0].id).toBe('Hostile');
      expect(loaded.policies.map((p) => p.policyId)).toEqual(['Ok']);
      expect(everything).not.toContain(CANARY);
    });
  }

  it('refuses the same for a global', async () => {
    const { repo } = workspace({
      'global_helpers/g.yml': 'AnalysisType: global\nGlobalID: g\nDescription: d\nFilename: ../.git/config\n',
    });
    const { loaded, everything } = await load(repo);
    expect(loaded.errors.map(fmt)).toEqual([refused('global_helpers/g.yml', 4)]);
    expect(loaded.globals).toEqual([]);
    expect(everything).not.toContain(CANARY);
  });

  it('keeps PAT parity inside the repository: sibling folders, ./ and ../ that stay inside', async () => {
    const { repo } = workspace({
      'shared/code/x.py': PY, // not a detection folder: its code is still inside the repository
      'policies/sub/a.yml': policyYaml('A', '../../shared/code/x.py'),
      'policies/sub/b.yml': policyYaml('B', './../ok.py'),
      'policies/sub/c.yml': policyYaml('C', '../sub/../ok.py'),
      'global_helpers/g.yml': 'AnalysisType: global\nGlobalID: g\nFilename: g.py\n',
      'global_helpers/g.py': 'G = 1\n',
    });
    const { loaded } = await load(repo);
    expect(loaded.errors).toEqual([]);
    expect(loaded.policies.map((p) => [p.policyId, path.relative(repo, p.pythonFile)])).toEqual([
      ['Ok', 'policies/ok.py'],
      ['A', 'shared/code/x.py'],
      ['B', 'policies/ok.py'],
      ['C', 'policies/ok.py'],
    ]);
    expect(loaded.globals.map((g) => g.globalId)).toEqual(['g']);
  });

  it('a missing .py inside the repository keeps the "not found" message', async () => {
    const { repo } = workspace({ 'policies/m.yml': policyYaml('M', 'missing.py') });
    const { loaded } = await load(repo);
    expect(loaded.errors.map(fmt)).toEqual([
      "policies/m.yml:3: Filename 'missing.py' not found: no file at policies/missing.py",
    ]);
  });

  it('a sub-path walk confines Filename to the sub-path and its helper folders', async () => {
    const { repo } = workspace({
      'detections/aws/p.yml': policyYaml('P', '../../policies/ok.py'),
      'detections/aws/q.yml': policyYaml('Q', '../global_helpers/h.py'),
      'detections/global_helpers/h.py': PY,
    });
    const loaded = await loadRepository(['detections/aws'], { cwd: repo });
    expect(loaded.errors.map(fmt)).toEqual([refused('detections/aws/p.yml')]);
    expect(loaded.policies.map((p) => p.policyId)).toEqual(['Q']);
  });
});

describe('spec files: only regular files inside the repository are read', () => {
  const specError = (file: string, problem: string) =>
    `${file}:1: spec file not read: it ${problem} (spec files must be regular files inside the repository, at most 2 MiB)`;

  it('a symlinked spec file is an error at line 1, never read', async () => {
    const { ws, repo } = workspace();
    symlinkSync(path.join(ws, 'outside/secret.yml'), path.join(repo, 'policies/link.yml'));
    const { loaded, everything } = await load(repo);
    expect(loaded.errors.map(fmt)).toEqual([specError('policies/link.yml', 'is a symbolic link')]);
    expect(loaded.policies.map((p) => p.policyId)).toEqual(['Ok']);
    expect(everything).not.toContain(CANARY);
  });

  it('a FIFO named like a spec does not block the walk and is an error', () => {
    const { repo } = workspace();
    execFileSync('mkfifo', [path.join(repo, 'policies/fifo.yml')]);
    const out = inChild(
      `const r = await loadRepository(['.'], { cwd: ${JSON.stringify(repo)} });` +
        `console.log(JSON.stringify({ errors: r.errors, policies: r.policies.map((p) => p.policyId) }));`,
    );
    const loaded = JSON.parse(out) as {
      errors: { file: string; line: number; message: string }[];
      policies: string[];
    };
    expect(loaded.errors.map(fmt)).toEqual([specError('policies/fifo.yml', 'is a FIFO')]);
    expect(loaded.policies).toEqual(['Ok']);
  });

  it('an oversize spec is an error, not parsed', async () => {
    const { repo } = workspace({
      'policies/big.yml': (policyYaml('Big', 'ok.py') + `Description: ${CANARY}\n#`).padEnd(
        MAX_SPEC_FILE_BYTES + 1,
        '#',
      ),
    });
    const { loaded, everything } = await load(repo);
    expect(loaded.errors.map(fmt)).toEqual([specError('policies/big.yml', 'is larger than the 2 MiB limit')]);
    expect(everything).not.toContain(CANARY);
  });

  it('a spec exactly at the limit is read', async () => {
    const { repo } = workspace({
      'policies/edge.yml': (policyYaml('Edge', 'ok.py') + '#').padEnd(MAX_SPEC_FILE_BYTES, '#'),
    });
    const { loaded } = await load(repo);
    expect(loaded.errors).toEqual([]);
    expect(loaded.policies.map((p) => p.policyId)).toEqual(['Edge', 'Ok']);
  });

  it('a spec in a dot-directory is not read (as PAT: hidden directories are never entered)', async () => {
    const { repo } = workspace({
      'policies/.github/x.yml': policyYaml('Hidden', 'x.py') + `Description: ${CANARY}\n`,
    });
    const { loaded, everything } = await load(repo);
    expect(loaded.errors).toEqual([]);
    expect(everything).not.toContain(CANARY);
  });
});

describe('walk roots inside the working directory are real directories', () => {
  it('a given path reached through a symlink is a usage error', async () => {
    const { ws, repo } = workspace();
    symlinkSync(path.join(ws, 'outside'), path.join(repo, 'detections'));
    await expect(loadRepository(['detections'], { cwd: repo })).rejects.toThrow(UsageError);
    await expect(loadRepository(['detections'], { cwd: repo })).rejects.toThrow(
      'Path detections is reached through a symbolic link',
    );
  });

  it('a symlinked helper folder is not walked', async () => {
    const { ws, repo } = workspace({ 'detections/p.yml': policyYaml('P', 'p.py'), 'detections/p.py': PY });
    mkdirSync(path.join(ws, 'outside/helpers'));
    writeFileSync(
      path.join(ws, 'outside/helpers/g.yml'),
      'AnalysisType: global\nGlobalID: leak\nFilename: g.py\n',
    );
    writeFileSync(path.join(ws, 'outside/helpers/g.py'), `X = "${CANARY}"\n`);
    symlinkSync(path.join(ws, 'outside/helpers'), path.join(repo, 'global_helpers'));
    const loaded = await loadRepository(['detections'], { cwd: repo });
    expect(loaded.errors).toEqual([]);
    expect(loaded.globals).toEqual([]);
    expect(loaded.roots).toEqual([path.join(repo, 'detections')]);
    expect(JSON.stringify(loaded)).not.toContain(CANARY);
  });

  it('a path outside the working directory is the user’s choice and is resolved', async () => {
    const { ws, repo } = workspace();
    const link = path.join(ws, 'link-to-repo');
    symlinkSync(repo, link);
    const loaded = await loadRepository([link], { cwd: path.join(ws, 'outside') });
    expect(loaded.errors).toEqual([]);
    expect(loaded.roots).toEqual([repo]);
    expect(loaded.policies[0].pythonFile).toBe(path.join(repo, 'policies/ok.py'));
  });
});

describe('approveWalkedFile: lstat and realpath, nothing opened', () => {
  it('approves a regular file within the limit', () => {
    const { repo } = workspace();
    expect(approveWalkedFile(path.join(repo, 'policies/ok.py'), MAX_PYTHON_SOURCE_BYTES)).toBeUndefined();
  });

  it('refuses a regular file reached through a symlinked directory (swapped in after the walk)', () => {
    const { ws, repo } = workspace();
    symlinkSync(path.join(ws, 'outside'), path.join(repo, 'policies/lib'));
    expect(approveWalkedFile(path.join(repo, 'policies/lib/secret.py'), MAX_PYTHON_SOURCE_BYTES)).toBe(
      'is reached through a symbolic link',
    );
  });

  it('names what a special or oversize file is', () => {
    const { ws, repo } = workspace();
    symlinkSync(path.join(ws, 'outside/secret.py'), path.join(repo, 'policies/link.py'));
    execFileSync('mkfifo', [path.join(repo, 'policies/fifo.py')]);
    const approve = (p: string, limit = MAX_PYTHON_SOURCE_BYTES) => approveWalkedFile(p, limit);
    expect(approve(path.join(repo, 'policies/link.py'))).toBe('is a symbolic link');
    expect(approve(path.join(repo, 'policies/fifo.py'))).toBe('is a FIFO');
    expect(approve('/dev/zero')).toBe('is a device file');
    expect(approve(path.join(repo, 'policies'))).toBe('is a directory');
    expect(approve(path.join(repo, 'policies/ok.py'), 8)).toBe('is larger than the 8 bytes limit');
  });
});

describe('readRepositoryFile: the one reader, safe against swaps', () => {
  const readError = (file: string, limit = MAX_PYTHON_SOURCE_BYTES) => {
    try {
      readRepositoryFile(file, limit);
    } catch (e) {
      expect(e).toBeInstanceOf(RepositoryFileError);
      return (e as Error).message;
    }
    return 'read';
  };

  it('never follows a symlink', () => {
    const { ws, repo } = workspace();
    symlinkSync(path.join(ws, 'outside/secret.py'), path.join(repo, 'policies/link.py'));
    expect(readError(path.join(repo, 'policies/link.py'))).toBe('is a symbolic link');
  });

  it('refuses devices and /proc files (a size-0 file that yields bytes)', () => {
    expect(readError('/dev/zero')).toBe('is a device file');
    expect(readError('/proc/self/environ')).toBe('changed while being read');
  });

  it('does not block on a FIFO (opened non-blocking, refused by fstat)', () => {
    const { repo } = workspace();
    const fifo = path.join(repo, 'policies/fifo.py');
    execFileSync('mkfifo', [fifo]);
    const out = inChild(
      `try { readRepositoryFile(${JSON.stringify(fifo)}, 1024); } catch (e) { console.log(e.message); }`,
    );
    expect(out).toBe('is a FIFO');
  });

  it('refuses a file replaced after the walk approved it (different inode)', () => {
    const { repo } = workspace();
    const file = path.join(repo, 'policies/ok.py');
    expect(approveWalkedFile(file, MAX_PYTHON_SOURCE_BYTES)).toBeUndefined();
    const swap = path.join(repo, 'policies/swap.tmp');
    writeFileSync(swap, `X = "${CANARY}"\n`);
    renameSync(swap, file);
    expect(readError(file)).toBe('changed since the repository was walked');
  });

  it('refuses a file grown over the limit after the walk', () => {
    const { repo } = workspace();
    const file = path.join(repo, 'policies/ok.py');
    expect(approveWalkedFile(file, 64)).toBeUndefined();
    writeFileSync(file, '#'.repeat(65));
    expect(readError(file, 64)).toBe('is larger than the 64 bytes limit');
  });
});
