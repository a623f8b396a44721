/**
 * The Python that runs moto for the integration tests. `npm test` must work on a machine with
 * only node and python3: when python3 cannot import moto's server, the pinned moto is installed
 * once into a cache under node_modules (pip `--target`, so no venv module or root needed; if
 * python3 lacks pip, pip's own wheel from PyPI runs the install).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const MOTO_REQUIREMENT = 'moto[server]==5.2.1';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'palisade-moto', '5.2.1');
const SITE = path.join(CACHE, 'site');
const READY = path.join(CACHE, 'ready');

/** Environment additions that make `python3 -m moto.server` work ({} when python3 has moto). */
export function motoPythonEnv(): Record<string, string> {
  if (!existsSync(READY)) return {};
  const prior = process.env.PYTHONPATH;
  return { PYTHONPATH: prior ? `${SITE}${path.delimiter}${prior}` : SITE };
}

function canImportMoto(env: Record<string, string>): boolean {
  const r = spawnSync('python3', ['-c', 'import moto.server'], {
    env: { ...process.env, ...env },
    stdio: 'ignore',
  });
  return r.status === 0;
}

function hasPip(): boolean {
  return spawnSync('python3', ['-m', 'pip', '--version'], { stdio: 'ignore' }).status === 0;
}

/** pip's wheel from PyPI (a wheel is a zip python can run a module from). */
async function downloadPipWheel(): Promise<string> {
  const index = (process.env.PIP_INDEX_URL ?? 'https://pypi.org/simple').replace(/\/simple\/?$/, '');
  const meta = (await (await fetch(`${index}/pypi/pip/json`)).json()) as {
    urls: Array<{ packagetype: string; url: string; filename: string }>;
  };
  const wheel = meta.urls.find((u) => u.packagetype === 'bdist_wheel');
  if (!wheel) throw new Error('PyPI lists no pip wheel');
  const file = path.join(CACHE, wheel.filename);
  writeFileSync(file, Buffer.from(await (await fetch(wheel.url)).arrayBuffer()));
  return file;
}

/** Make moto importable: python3's own, else the cached install, else install it now. */
export async function ensureMoto(log: (msg: string) => void = console.log): Promise<void> {
  if (canImportMoto({}) || (existsSync(READY) && canImportMoto(motoPythonEnv()))) return;
  log(`Installing ${MOTO_REQUIREMENT} for the integration tests into ${path.relative(ROOT, CACHE)} (once)`);
  rmSync(CACHE, { recursive: true, force: true });
  mkdirSync(CACHE, { recursive: true });
  const pip = hasPip() ? ['-m', 'pip'] : [`${await downloadPipWheel()}/pip`];
  execFileSync(
    'python3',
    [
      ...pip,
      'install',
      '--quiet',
      '--disable-pip-version-check',
      '--no-warn-script-location',
      '--target',
      SITE,
      MOTO_REQUIREMENT,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  writeFileSync(READY, `${MOTO_REQUIREMENT}\n`);
  if (!canImportMoto(motoPythonEnv())) {
    throw new Error(
      `installed ${MOTO_REQUIREMENT} into ${SITE}, but python3 still cannot import moto.server`,
    );
  }
}
