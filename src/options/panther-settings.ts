/**
 * Panther's CLI settings for `test`: `.panther_settings.yml` in the working directory and
 * `PANTHER_<KEY>` variables (which win over the file), as panther_analysis_tool reads them, so
 * existing repositories and CI scripts behave the same. A flag always wins over both, and
 * Palisade's own config file over them, as PAT lets a command-line flag win.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { UsageError } from '../config.js';
import { MAX_SPEC_FILE_BYTES, readRepositoryFile } from '../policy/paths.js';
import type { Layer } from './values.js';

export const PANTHER_SETTINGS_FILE = '.panther_settings.yml';

/** PAT's setting names (its long options with underscores) → Palisade's option names. */
const KEYS: Record<string, string> = {
  path: 'path',
  minimum_tests: 'minimum-tests',
  skip_disabled_tests: 'skip-disabled-tests',
  ignore_files: 'ignore-files',
  ignore_extra_keys: 'ignore-extra-keys',
  available_destination: 'available-destinations',
  test_names: 'test-names',
  filter: 'filter',
  sort_test_results: 'sort-test-results',
  show_failures_only: 'show-failures-only',
};

/** PAT's `filter` setting is a mapping of key → value(s); ours is `KEY=V1,V2` lines. */
function filterLines(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.entries(value).map(
    ([k, v]) => `${k}=${(Array.isArray(v) ? v : [v]).map((x) => String(x)).join(',')}`,
  );
}

function layerOf(settings: Record<string, unknown>, where: (key: string) => string): Layer {
  const values = new Map<string, unknown>();
  const names = new Map<string, string>();
  for (const [key, raw] of Object.entries(settings)) {
    const name = KEYS[key.toLowerCase()];
    if (!name) continue; // upload settings (api_token, api_host, ...) are not ours
    values.set(name, name === 'filter' ? filterLines(raw) : raw);
    names.set(name, key);
  }
  return { where: (name) => where(names.get(name) ?? name), values };
}

function insideDir(dir: string, p: string): boolean {
  const rel = path.relative(dir, path.resolve(dir, p));
  return !rel.startsWith('..') && !path.isAbsolute(rel);
}

/** The layers Panther's settings add under the flags (file first, then the variables). */
export function pantherLayers(cwd: string, env: NodeJS.ProcessEnv): Layer[] {
  const layers: Layer[] = [];
  const file = path.join(cwd, PANTHER_SETTINGS_FILE);
  if (existsSync(file)) {
    // The file belongs to the checkout (a pull request's, in CI): read it as repository content
    // (no symlink, a regular file, size-capped), and let its `path` name only what is inside.
    let settings: unknown;
    try {
      settings = parse(readRepositoryFile(file, MAX_SPEC_FILE_BYTES));
    } catch (e) {
      throw new UsageError(`${PANTHER_SETTINGS_FILE}: not read (${(e as Error).message.split('\n')[0]})`);
    }
    if (settings && typeof settings === 'object' && !Array.isArray(settings)) {
      const layer = layerOf(settings as Record<string, unknown>, (key) => `${PANTHER_SETTINGS_FILE}: ${key}`);
      for (const p of [layer.values.get('path')].flat())
        if (typeof p === 'string' && !insideDir(cwd, p))
          throw new UsageError(
            `${PANTHER_SETTINGS_FILE}: path must stay inside ${cwd} (use --path for others)`,
          );
      layers.push(layer);
    }
  }
  const fromEnv: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(env)) {
    if (k.startsWith('PANTHER_') && v !== undefined) fromEnv[k.slice('PANTHER_'.length).toLowerCase()] = v;
  }
  if (Object.keys(fromEnv).length > 0) layers.push(layerOf(fromEnv, (key) => `PANTHER_${key.toUpperCase()}`));
  return layers;
}
