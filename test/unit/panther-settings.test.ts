/** Panther's CLI settings for test: .panther_settings.yml and PANTHER_* variables, under the flags. */
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../src/cli-args.js';
import type { Options } from '../../src/config.js';

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

function repoWith(settings: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'palisade-pat-'));
  writeFileSync(path.join(dir, '.panther_settings.yml'), settings);
  return dir;
}

describe('.panther_settings.yml and PANTHER_* variables', () => {
  it('read minimum_tests, filter (a mapping), ignore_files as Panther writes them', () => {
    const cwd = repoWith(
      'minimum_tests: 2\nfilter:\n  Severity: [High, Critical]\n  Enabled: true\nignore_files:\n  - package.json\napi_token: not-ours\n',
    );
    const o = parseCliArgs(['test', '.'], false, cwd) as Options;
    expect(o.minimumTests).toBe(2);
    expect(o.filters).toEqual(['Severity=High,Critical', 'Enabled=true']);
    expect(o.ignoreFiles).toEqual(['package.json']);
  });

  it('a variable wins over the file, a flag over both', () => {
    const cwd = repoWith('minimum_tests: 2\nskip_disabled_tests: false\n');
    process.env.PANTHER_MINIMUM_TESTS = '3';
    process.env.PANTHER_SKIP_DISABLED_TESTS = 'true';
    let o = parseCliArgs(['test', '.'], false, cwd) as Options;
    expect([o.minimumTests, o.skipDisabledTests]).toEqual([3, true]);
    o = parseCliArgs(['test', '.', '--minimum-tests', '1'], false, cwd) as Options;
    expect(o.minimumTests).toBe(1);
  });

  it('names the setting in an error, and leaves other commands alone', () => {
    const cwd = repoWith('minimum_tests: lots\n');
    expect(() => parseCliArgs(['test', '.'], false, cwd)).toThrow(
      /\.panther_settings\.yml: minimum_tests must be a whole number/,
    );
    expect((parseCliArgs(['evaluate', '--snapshot', 's.json'], false, cwd) as Options).minimumTests).toBe(0);
  });

  it('reads the file as repository content: no symlink, and a path only inside the checkout', () => {
    const outside = repoWith('minimum_tests: 7\n');
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'palisade-pat-'));
    symlinkSync(path.join(outside, '.panther_settings.yml'), path.join(cwd, '.panther_settings.yml'));
    expect(() => parseCliArgs(['test'], false, cwd)).toThrow(
      /\.panther_settings\.yml: not read \(is a symbolic link\)/,
    );
    for (const escape of ['/etc', '../elsewhere'])
      expect(() => parseCliArgs(['test'], false, repoWith(`path: ${escape}\n`))).toThrow(
        /\.panther_settings\.yml: path must stay inside/,
      );
    expect((parseCliArgs(['test'], false, repoWith('path: detections\n')) as Options).paths).toEqual([
      'detections',
    ]);
  });
});
