/**
 * Walks a detection repository and loads its specs (docs/policy-format.md §1, §3, §5, §6 steps 1–5,
 * the `Filename` part of step 6, and the pack check).
 *
 * Root vs sub-path. PAT applies its folder patterns only when given exactly `.`; we apply them
 * to any path that *is* a repository root, however it is spelled. A given directory is walked
 * as a **root** when
 *   (a) it resolves to the working directory, or
 *   (b) it is not itself a detection folder (its `./`-relative path from the working directory,
 *       or `./<name>` when outside it, matches none of the folder patterns) **and** at least one
 *       of its immediate subdirectories matches a folder pattern (`policies/`, `global_helpers/`…).
 * Anything else is a **sub-path**: everything below it is read, and the helper roots
 * (`global_helpers`, `data_models` next to it, above it, and in the working directory) are
 * walked too. A file reached twice is loaded once, the first time.
 *
 * Confinement (paths.ts). Walk roots are resolved with `realpath`, symlinked directories are
 * never entered, and every file is classified with `lstat` before anything opens it, so the
 * walk only ever lists real paths under real roots. A root inside the working directory that
 * is reached through a symlink is a usage error, and a symlinked helper folder is not walked:
 * the checkout belongs to the pull request, which must not point the walk elsewhere.
 */
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { DataModelSpec, DetectionRepo, GlobalSpec, PolicySpec, SpecError } from '../model/policy.js';
import { UsageError } from '../config.js';
import { noTestNotices } from './filters.js';
import {
  approveWalkedFile,
  FILENAME_OUTSIDE_REPOSITORY,
  formatLimit,
  MAX_SPEC_FILE_BYTES,
  readRepositoryFile,
  RepositoryIndex,
} from './paths.js';
import {
  ANALYSIS_ID_KEYS,
  checkDuplicates,
  checkPacks,
  idOf,
  isAnalysisType,
  pyRepr,
  specError,
  validateDataModel,
  validateGlobal,
  validateOther,
  validatePolicy,
  validateRule,
  type OtherSpec,
  type SpecSource,
} from './spec.js';
import { parseYaml, YamlParseError, type ParsedYaml } from './yaml.js';

export interface LoadOptions {
  /** Paths to skip (`--ignore-files`), relative to the walk root or the working directory, or absolute. */
  ignoreFiles?: string[];
  /** `--ignore-extra-keys`: unknown top-level keys are allowed in policies. */
  ignoreExtraKeys?: boolean;
  /** Working directory for relative paths; defaults to `process.cwd()`. */
  cwd?: string;
  /**
   * evaluate/scan: do not parse the `Tests:` blocks (most of a spec's text; only `test` runs
   * them). Their lines are blanked, so every other line keeps its number for errors.
   */
  skipTests?: boolean;
  /**
   * test: also validate rules, scheduled rules and data models, and return rules among the
   * detections (evaluate/scan never run them, so there they stay other items).
   */
  includeRules?: boolean;
}

export interface LoadedRepo extends DetectionRepo {
  /** Valid specs of the other analysis types, in walk order (`otherItems` is their count). */
  others: OtherSpec[];
}

/** PAT's folder patterns (fnmatch, whole path, `*` crosses `/`), matched against `./rel/dir`. */
const FOLDER_PATTERNS: RegExp[] = [
  /policies/,
  /rules/,
  /queries/,
  /data_models/,
  /lookup_tables/,
  /scheduled_prompts/,
  /^.*\/global_helpers$/,
  /^.*\/packs$/,
];

/** Whether files directly in `./<relDir>` are read when walking from a repository root. */
export function matchesFolderPattern(relDir: string): boolean {
  const p = relDir === '' || relDir === '.' ? '.' : `./${relDir.split(path.sep).join('/')}`;
  return FOLDER_PATTERNS.some((re) => re.test(p));
}

const IGNORED_NAMES = new Set(['dependabot.yml', 'package.json', 'package-lock.json']);
const SPEC_NAME = /^.*\.y.*ml$/s; // fnmatch `*.y*ml`
const HELPER_DIRS = ['global_helpers', 'data_models'];

async function isDir(p: string): Promise<boolean> {
  return (await stat(p).catch(() => undefined))?.isDirectory() ?? false;
}

const skippedDir = (name: string) => name.startsWith('.') || name === '__pycache__';

/** Root detection, as described in the module comment. */
export async function isRepositoryRoot(dir: string, cwd: string): Promise<boolean> {
  const abs = path.resolve(cwd, dir);
  if (abs === path.resolve(cwd)) return true;
  const rel = path.relative(cwd, abs);
  const own = rel.startsWith('..') || path.isAbsolute(rel) ? path.basename(abs) : rel;
  if (matchesFolderPattern(own)) return false;
  const entries = await readdir(abs, { withFileTypes: true });
  return entries.some((e) => e.isDirectory() && !skippedDir(e.name) && matchesFolderPattern(e.name));
}

/**
 * One file to load: absolute real path, display path (given path + relative part), path from
 * walk root, and why it may not be read (a symlink, FIFO, device, oversize), if so.
 */
export interface WalkedFile {
  abs: string;
  display: string;
  rel: string;
  problem?: string;
}

interface WalkRoot {
  /** Real path (realpath): everything the walk lists below it is a real path too. */
  abs: string;
  /** The path as given, resolved against the working directory (for --ignore-files). */
  spelled: string;
  display: string;
  filtered: boolean;
}

/** Sorted pre-order walk: a directory's own files, then its subdirectories. */
async function walk(root: WalkRoot, index: RepositoryIndex, out: WalkedFile[]): Promise<void> {
  index.addRoot(root.abs);
  const visit = async (relDir: string): Promise<void> => {
    const absDir = path.join(root.abs, relDir);
    const entries = (await readdir(absDir, { withFileTypes: true })).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    index.addDirectory(absDir, entries);
    const readHere = !root.filtered || relDir === '' || matchesFolderPattern(relDir);
    const dirs: string[] = [];
    for (const e of entries) {
      const rel = path.join(relDir, e.name);
      // Symlinked directories are not followed (like os.walk): their dirent is a symlink.
      if (e.isDirectory()) {
        if (!skippedDir(e.name)) dirs.push(rel);
      } else if (
        readHere &&
        !e.name.startsWith('.') &&
        !IGNORED_NAMES.has(e.name) &&
        SPEC_NAME.test(e.name)
      ) {
        // Classified by lstat, never opened here: a symlinked, special or oversize spec is an error.
        const abs = path.join(absDir, e.name);
        const problem = approveWalkedFile(abs, MAX_SPEC_FILE_BYTES);
        out.push({ abs, display: path.join(root.display, rel), rel, ...(problem && { problem }) });
      }
    }
    for (const d of dirs) await visit(d);
  };
  await visit('');
}

/** A real directory, not a symlink to one (lstat). */
async function isRealDir(p: string): Promise<boolean> {
  return (await lstat(p).catch(() => undefined))?.isDirectory() ?? false;
}

/**
 * The real path of a given walk root. Inside the working directory the checkout decides what
 * each name is, so the root must be reached without symlinks; outside it the user's path is
 * trusted and resolved.
 */
async function realWalkRoot(given: string, spelled: string, cwd: string): Promise<string> {
  const real = await realpath(spelled);
  const rel = path.relative(cwd, spelled);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return real;
  const expected = path.join(await realpath(cwd), rel);
  if (real !== expected)
    throw new UsageError(
      `Path ${given} is reached through a symbolic link; Palisade walks only real directories inside the working directory`,
    );
  return real;
}

/** The roots to walk for the given paths, in order: each path, then its helper roots if it is a sub-path. */
async function walkRoots(paths: string[], cwd: string): Promise<WalkRoot[]> {
  const roots: WalkRoot[] = [];
  const realCwd = await realpath(cwd);
  for (const given of paths) {
    const spelled = path.resolve(cwd, given);
    if (!(await isDir(spelled))) throw new UsageError(`Path is not a directory: ${given}`);
    const abs = await realWalkRoot(given, spelled, cwd);
    if (roots.some((r) => r.abs === abs)) continue;
    const filtered = await isRepositoryRoot(spelled, cwd);
    roots.push({ abs, spelled, display: given, filtered });
    if (filtered) continue;
    for (const name of HELPER_DIRS) {
      // Built from real directories, so only the helper folder itself can be a symlink: lstat says.
      const helpers: [string, string][] = [
        [path.join(abs, name), path.join(given, name)],
        [path.join(path.dirname(abs), name), path.join(given, '..', name)],
        [path.join(realCwd, name), name],
      ];
      for (const [helperAbs, display] of helpers) {
        if ((await isRealDir(helperAbs)) && !roots.some((r) => r.abs === helperAbs)) {
          roots.push({ abs: helperAbs, spelled: path.resolve(cwd, display), display, filtered: false });
        }
      }
    }
  }
  return roots;
}

const normalise = (p: string) =>
  path
    .normalize(p)
    .replace(/^(\.\/)+/, '')
    .replace(/\/+$/, '');

/** Lists the spec files to load, in walk order, each once. */
export async function listSpecFiles(
  paths: string[],
  opts: LoadOptions = {},
): Promise<{ roots: string[]; files: WalkedFile[]; index: RepositoryIndex }> {
  const cwd = path.resolve(opts.cwd ?? process.cwd());
  const roots = await walkRoots(paths, cwd);
  const ignored = new Set((opts.ignoreFiles ?? []).map(normalise));
  const ignoredAbs = new Set((opts.ignoreFiles ?? []).map((p) => path.resolve(cwd, p)));
  const seen = new Set<string>();
  const files: WalkedFile[] = [];
  const index = new RepositoryIndex();
  for (const root of roots) {
    const found: WalkedFile[] = [];
    await walk(root, index, found);
    for (const f of found) {
      if (seen.has(f.abs)) continue;
      seen.add(f.abs);
      if (
        ignored.has(normalise(f.rel)) ||
        ignored.has(normalise(f.display)) ||
        ignoredAbs.has(f.abs) ||
        ignoredAbs.has(path.join(root.spelled, f.rel))
      )
        continue;
      files.push(f);
    }
  }
  return { roots: roots.map((r) => r.abs), files, index };
}

type Read =
  | { kind: 'skip' }
  | { kind: 'error'; error: SpecError }
  | { kind: 'spec'; raw: Record<string, unknown>; parsed: ParsedYaml };

/**
 * `text` with its top-level `Tests:` block blanked (line count kept), or null when the block's
 * end cannot be told for sure (the caller then parses the whole text).
 */
export function withoutTests(text: string): string | null {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => /^Tests\s*:/.test(l));
  if (start < 0) return text;
  let end = start + 1;
  // The block ends at the next top-level key; anything else at column 0 inside it (a flow
  // collection's closing bracket, a second Tests key) makes the cut unsafe.
  while (end < lines.length && !/^[A-Za-z_][\w-]*\s*:/.test(lines[end])) {
    if (/^[^\s#-]/.test(lines[end])) return null;
    end++;
  }
  if (lines.slice(end).some((l) => /^Tests\s*:/.test(l))) return null;
  for (let i = start; i < end; i++) lines[i] = '';
  return lines.join('\n');
}

function readSpec(f: WalkedFile, skipTests = false): Read {
  if (f.problem)
    return {
      kind: 'error',
      error: {
        file: f.display,
        line: 1,
        message: `spec file not read: it ${f.problem} (spec files must be regular files inside the repository, at most ${formatLimit(MAX_SPEC_FILE_BYTES)})`,
      },
    };
  let text: string;
  try {
    text = readRepositoryFile(f.abs, MAX_SPEC_FILE_BYTES);
  } catch (e) {
    return {
      kind: 'error',
      error: { file: f.display, line: 1, message: `cannot read file: ${(e as Error).message}` },
    };
  }
  let parsed: ParsedYaml;
  try {
    const lean = skipTests ? withoutTests(text) : null;
    parsed = parseYaml(lean ?? text);
  } catch (e) {
    if (!(e instanceof YamlParseError)) throw e;
    return {
      kind: 'error',
      error: { file: f.display, line: e.line, message: `YAML parse error: ${e.message}` },
    };
  }
  const v = parsed.value;
  // Nothing, a non-mapping, or a mapping without AnalysisType: not a spec, skipped silently.
  if (v === null || typeof v !== 'object' || Array.isArray(v) || !('AnalysisType' in v))
    return { kind: 'skip' };
  return { kind: 'spec', raw: v as Record<string, unknown>, parsed };
}

const RULE_TYPES: ReadonlySet<string> = new Set(['rule', 'scheduled_rule', 'datamodel']);

/**
 * Derived rules run their base rule's code, and its tests when they have none (as PAT does);
 * one whose base is not in the repository is skipped with a notice (PAT would ask Panther's API).
 * Simple rules (a YAML `Detection`, no Python) are tested by Panther's backend only: skipped too.
 */
function resolveDerivedRules(repo: LoadedRepo): void {
  const byId = new Map(repo.policies.map((p) => [p.policyId, p]));
  const skipped: PolicySpec[] = [];
  repo.policies = repo.policies.filter((p) => {
    const kept = runnable(p);
    if (!kept) skipped.push(p);
    return kept;
  });
  // Still analysis items: their IDs count for packs.
  for (const p of skipped)
    repo.others.push({
      analysisType: p.kind,
      id: p.policyId,
      file: p.specFile,
      specFile: p.specFile,
      raw: p.raw,
      keyLines: p.keyLines,
    });

  function runnable(p: PolicySpec): boolean {
    if (p.baseDetection === undefined) {
      if (p.pythonFile) return true;
      repo.notices.push(
        `${p.policyId} is a simple detection (YAML Detection): only Panther's backend tests it; skipped`,
      );
      return false;
    }
    const base = byId.get(p.baseDetection);
    if (!base || base.baseDetection !== undefined || !base.pythonFile) {
      repo.notices.push(
        `Skipping derived detection ${p.policyId}: base detection ${p.baseDetection} is not in the repository`,
      );
      return false;
    }
    p.pythonFile = base.pythonFile;
    if (!p.hasTestsKey) [p.tests, p.hasTestsKey] = [base.tests, base.hasTestsKey];
    return true;
  }
}

/** Walks `paths`, validates every spec, and returns what can run plus every invalid spec. */
export async function loadRepository(paths: string[], opts: LoadOptions = {}): Promise<LoadedRepo> {
  const { roots, files, index } = await listSpecFiles(paths, opts);
  const repo: LoadedRepo = {
    roots,
    policies: [],
    globals: [],
    errors: [],
    otherItems: 0,
    notices: [],
    others: [],
  };
  const claimed = new Set<string>();

  for (const f of files) {
    const read = readSpec(f, opts.skipTests);
    if (read.kind === 'skip') continue;
    if (read.kind === 'error') {
      repo.errors.push(read.error);
      continue;
    }
    const { raw, parsed } = read;
    const src: SpecSource = { file: f.display, specFile: f.abs, parsed };
    const type = raw.AnalysisType;
    if (!isAnalysisType(type)) {
      repo.errors.push(
        specError(
          src,
          parsed.keyLines.AnalysisType,
          `Invalid AnalysisType: ${pyRepr(type)} is not one of ${Object.keys(ANALYSIS_ID_KEYS).join(', ')}`,
        ),
      );
      continue;
    }
    const idKey = ANALYSIS_ID_KEYS[type];

    // Step 3: schema (only for the types Palisade runs).
    let spec: PolicySpec | GlobalSpec | DataModelSpec | undefined;
    const runsRules = opts.includeRules === true;
    if (type === 'policy' || type === 'global' || (runsRules && RULE_TYPES.has(type))) {
      const v =
        type === 'policy'
          ? validatePolicy(raw, src, opts)
          : type === 'global'
            ? validateGlobal(raw, src)
            : type === 'datamodel'
              ? validateDataModel(raw, src)
              : validateRule(raw, src);
      if (!v.ok) {
        repo.errors.push(v.error);
        continue;
      }
      spec = v.spec;
    }

    // test: the types it does not run are still checked against PAT's schemas.
    if (!spec && runsRules) {
      const invalid = validateOther(raw, src, type);
      if (invalid) {
        repo.errors.push(invalid);
        continue;
      }
    }

    // Step 4: one ID namespace across all types; the first valid spec read keeps it.
    const id = idOf(raw, idKey);
    if (id !== undefined) {
      if (claimed.has(id)) {
        repo.errors.push(specError(src, parsed.keyLines[idKey], `Conflicting AnalysisID: [${id}]`, id));
        continue;
      }
      claimed.add(id);
    }

    if (!spec) {
      repo.others.push({
        analysisType: type,
        id,
        file: f.display,
        specFile: f.abs,
        raw,
        keyLines: { ...parsed.keyLines },
      });
      continue;
    }

    // Step 5: set-like lists; step 6 (file part): the code file must exist, inside the repository.
    const dup = checkDuplicates(raw, src, id);
    if (dup) {
      repo.errors.push(dup);
      continue;
    }
    // Simple (YAML `Detection`) and derived rules, and data models without methods, have no file.
    const code = spec.pythonFile ? index.confine(spec.pythonFile) : 'ok';
    if (code === 'refused') {
      repo.errors.push(specError(src, parsed.keyLines.Filename, FILENAME_OUTSIDE_REPOSITORY, id));
      continue;
    }
    if (code === 'missing') {
      const shown = path.join(path.dirname(f.display), raw.Filename as string);
      repo.errors.push(
        specError(
          src,
          parsed.keyLines.Filename,
          `Filename ${pyRepr(raw.Filename)} not found: no file at ${shown}`,
          id,
        ),
      );
      continue;
    }
    if (spec.kind === 'global') repo.globals.push(spec);
    else if (spec.kind === 'datamodel') (repo.dataModels ??= []).push(spec);
    else repo.policies.push(spec);
  }
  if (opts.includeRules) resolveDerivedRules(repo);

  // Pack errors go last; applyFilters re-derives them against what the filters keep.
  repo.errors.push(...checkPacks(repo));
  repo.otherItems = repo.others.length;
  repo.notices = [...repo.notices, ...noTestNotices(repo.policies)];
  return repo;
}
