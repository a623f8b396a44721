#!/usr/bin/env node
// Fetch the pinned pure-Python wheels the sandbox ships (vendor/wheels/, committed), verifying
// sha256. Downloads only what is missing or wrong; `--check` only verifies (no network).
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'vendor', 'wheels');

export const WHEELS = [
  {
    req: 'python-dateutil==2.9.0.post0',
    file: 'python_dateutil-2.9.0.post0-py2.py3-none-any.whl',
    sha256: 'a8b2bc7bffae282281c8140a97d3aa9c14da0b136dfe83f850eea9a5f7470427',
  },
  {
    req: 'six==1.17.0',
    file: 'six-1.17.0-py2.py3-none-any.whl',
    sha256: '4721f391ed90541fddacab5acf947aa0d3dc7d27b2e1e8eda2be8970586c3274',
  },
  {
    req: 'policyuniverse==1.5.1.20230817',
    file: 'policyuniverse-1.5.1.20230817-py2.py3-none-any.whl',
    sha256: '6317928273b18de8ed28ddf9f06faf501e044344d86f86b7681817fb32fff67a',
  },
  // Data models' JSONPath mappings: the version PAT 1.11.1 pins (jsonpath-ng==1.5.3), and its deps.
  {
    req: 'jsonpath-ng==1.5.3',
    file: 'jsonpath_ng-1.5.3-py3-none-any.whl',
    sha256: '292a93569d74029ba75ac2dc3d3630fc0e17b2df26119a165fa1d498ca47bf65',
  },
  {
    req: 'ply==3.11',
    file: 'ply-3.11-py2.py3-none-any.whl',
    sha256: '096f9b8350b65ebd2fd1346b12452efe5b9607f7482813ffca50c22722a807ce',
  },
  {
    req: 'decorator==5.2.1',
    file: 'decorator-5.2.1-py3-none-any.whl',
    sha256: 'd316bb415a2d9e2d2b3abcc4084c6502fc09240e292cd76a76afc106a1c8e04a',
  },
  // panther-analysis's Pipfile pins it (standard rule Standard.SignInFromRogueState). Its 17 MB of
  // gettext catalogues are not unpacked (boot.mjs SKIPPED_IN_WHEELS): no detection reads them.
  {
    req: 'pycountry==24.6.1',
    file: 'pycountry-24.6.1-py3-none-any.whl',
    sha256: 'f1a4fb391cd7214f8eefd39556d740adcc233c778a27f8942c8dca351d6ce06f',
  },
];

const sha = (p) => createHash('sha256').update(fs.readFileSync(p)).digest('hex');
const ok = (w) => fs.existsSync(path.join(dir, w.file)) && sha(path.join(dir, w.file)) === w.sha256;

function main() {
  const checkOnly = process.argv.includes('--check');
  fs.mkdirSync(dir, { recursive: true });
  const missing = WHEELS.filter((w) => !ok(w));
  if (missing.length && checkOnly) {
    console.error(`missing or corrupt wheels: ${missing.map((w) => w.file).join(', ')}`);
    process.exit(1);
  }
  if (missing.length) {
    for (const w of missing) fs.rmSync(path.join(dir, w.file), { force: true });
    const py = process.env.PYTHON || 'python3';
    execFileSync(
      py,
      [
        '-m',
        'pip',
        'download',
        '--no-deps',
        '--only-binary=:all:',
        '--disable-pip-version-check',
        '-d',
        dir,
        ...missing.map((w) => w.req),
      ],
      { stdio: 'inherit' },
    );
  }
  let bad = 0;
  for (const w of WHEELS) {
    const p = path.join(dir, w.file);
    if (!fs.existsSync(p)) {
      console.error(`✗ ${w.file}: not downloaded`);
      bad++;
    } else if (sha(p) !== w.sha256) {
      console.error(`✗ ${w.file}: sha256 ${sha(p)} != pinned ${w.sha256}`);
      fs.rmSync(p);
      bad++;
    } else {
      console.log(`✓ ${w.file}`);
    }
  }
  const extra = fs.readdirSync(dir).filter((f) => f.endsWith('.whl') && !WHEELS.some((w) => w.file === f));
  for (const f of extra)
    console.warn(`! unexpected wheel ${f} (not shipped: bundle copies pinned wheels only)`);
  if (bad) process.exit(1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
