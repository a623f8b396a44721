/**
 * A config file and the working directory are repository content: neither may make Palisade
 * read or write outside the repository (a PR that names /etc, ../.., or commits a symlink).
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfigText, readConfigFile } from '../../src/options/config-file.js';
import { openOutputFile } from '../../src/output-file.js';

const tmp = (name: string) => mkdtempSync(path.join(os.tmpdir(), `palisade-${name}-`));

describe('paths a config file names', () => {
  const repo = tmp('repo');
  const elsewhere = tmp('elsewhere');
  mkdirSync(path.join(repo, 'snaps'));
  writeFileSync(path.join(repo, 'snaps', 'a.json'), '[]');
  symlinkSync(elsewhere, path.join(repo, 'escape'));
  symlinkSync('/etc/hostname', path.join(repo, 'host.json'));
  const config = (key: string, value: string) =>
    parseConfigText(`fail-on: high\n${key}: ${JSON.stringify(value)}\n`, 'cfg.yml', repo);

  it('accepts paths inside the repository, existing or not, and values that are not paths', () => {
    for (const [key, value] of [
      ['snapshot', 'snaps/a.json'],
      ['output-dir', 'palisade-out/new/dir'],
      ['expected-shards', '{"include": []}'],
      ['base-snapshot', 'workflow:scan.yml:palisade-snapshot'],
      ['impact-snapshot', 'workflow:scan.yml:palisade-snapshot'],
    ])
      expect(config(key, value).values.get(key), key).toBe(value);
  });

  it('checks every element of a list given as a YAML sequence', () => {
    expect(() => parseConfigText('policies:\n  - snaps\n  - /etc\n', 'cfg.yml', repo)).toThrow(
      'cfg.yml:1: policies must name a path inside the repository',
    );
    expect(parseConfigText('policies:\n  - snaps\n', 'cfg.yml', repo).values.get('policies')).toEqual([
      'snaps',
    ]);
  });

  it('refuses absolute paths, paths up and out, and symlinks leading out, naming file and line', () => {
    for (const [key, value] of [
      ['snapshot', '/etc/passwd'],
      ['baseline', '../../results.json'],
      ['resources-from-event', '/proc/self/environ'],
      ['output-dir', 'escape/reports'],
      ['sarif-file', 'escape'],
      ['snapshot', 'host.json'],
      ['path', '..'],
      ['expected-shards', '/dev/zero'],
      ['base-snapshot', '../snapshot.json'],
      // What the option will hold (trimmed, split into a list), not the raw value.
      ['baseline', ' /etc/passwd'],
      ['results-file', '\t/tmp/out.json'],
      ['merge', 'snaps,/tmp'],
      ['path', 'snaps\n/etc'],
      // The kernel resolves `link/..` from where the link points.
      ['snapshot', 'escape/../secret.json'],
      ['snapshot', './snaps/../snaps/a.json'],
    ])
      expect(() => config(key, value), `${key}: ${value}`).toThrow(
        `cfg.yml:2: ${key} must name a path inside the repository`,
      );
  });
});

describe('options a config file cannot set', () => {
  it('impact-on-forks: a fork cannot lift the fork guard with its own .palisade.yml', () => {
    expect(() => parseConfigText('impact-on-forks: true\n', 'cfg.yml', tmp('forks'))).toThrow(
      "cfg.yml:1: unknown key 'impact-on-forks'",
    );
  });
});

describe('which config files are repository content', () => {
  it('one inside the repository is; one outside (the user named it) names what it likes; a link out is not read', () => {
    const repo = tmp('cfg-repo');
    const outside = tmp('cfg-outside');
    writeFileSync(path.join(repo, '.palisade.yml'), 'snapshot: /var/snap.json\n');
    writeFileSync(path.join(outside, 'palisade.yml'), 'snapshot: /var/snap.json\n');
    expect(() => readConfigFile(path.join(repo, '.palisade.yml'), '.palisade.yml', repo)).toThrow(
      '.palisade.yml:1: snapshot must name a path inside the repository',
    );
    expect(
      readConfigFile(path.join(outside, 'palisade.yml'), 'palisade.yml', repo).values.get('snapshot'),
    ).toBe('/var/snap.json');
    const linked = tmp('cfg-linked');
    symlinkSync(path.join(outside, 'palisade.yml'), path.join(linked, '.palisade.yml'));
    expect(() => readConfigFile(path.join(linked, '.palisade.yml'), '.palisade.yml', linked)).toThrow(
      'config file .palisade.yml leads outside the repository (a symbolic link): not read',
    );
  });
});

describe('writing a report or snapshot', () => {
  it('does not follow a directory symlink inside the working directory out of it', async () => {
    const repo = tmp('wd');
    const elsewhere = tmp('target');
    symlinkSync(elsewhere, path.join(repo, 'palisade-out'));
    await expect(openOutputFile(path.join(repo, 'palisade-out', 'results.json'), repo)).rejects.toThrow(
      /symbolic link leading out of the working directory/,
    );
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it('does not write through a file that is a symlink', async () => {
    const repo = tmp('wd');
    const victim = path.join(tmp('victim'), 'keep.txt');
    writeFileSync(victim, 'untouched');
    mkdirSync(path.join(repo, 'out'));
    symlinkSync(victim, path.join(repo, 'out', 'results.sarif'));
    await expect(openOutputFile(path.join(repo, 'out', 'results.sarif'), repo)).rejects.toThrow(
      /is a symbolic link: not written through/,
    );
    expect(readFileSync(victim, 'utf8')).toBe('untouched');
  });

  it('creates no directory outside before refusing, and does not block on or write into a FIFO', async () => {
    const repo = tmp('wd');
    const elsewhere = tmp('target');
    symlinkSync(elsewhere, path.join(repo, 'inner'));
    await expect(openOutputFile(path.join(repo, 'inner', 'new', 'deep', 'r.json'), repo)).rejects.toThrow(
      /symbolic link leading out/,
    );
    expect(readdirSync(elsewhere)).toEqual([]);
    const fifo = path.join(repo, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    await expect(openOutputFile(fifo, repo)).rejects.toThrow(/is a FIFO: not written/);
  });

  it('writes a plain file, creating its directory', async () => {
    const repo = tmp('wd');
    const handle = await openOutputFile(path.join(repo, 'out', 'deep', 'r.json'), repo);
    await handle.writeFile('{}');
    await handle.close();
    expect(readFileSync(path.join(repo, 'out', 'deep', 'r.json'), 'utf8')).toBe('{}');
  });
});
