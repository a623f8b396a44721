/**
 * `--changed-since REF`: which policies a change can affect. A policy runs when its spec or
 * code changed, or when it imports a changed global, directly or through other globals.
 * Imports are read from the Python source with regular expressions: good enough for the
 * `import x` / `from x import y` statements detections use, and no Python needed.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { DetectionRepo, GlobalSpec, PolicySpec } from '../model/policy.js';
import { UsageError } from '../config.js';
import { MAX_PYTHON_SOURCE_BYTES, readRepositoryFile } from './paths.js';

export interface ChangedSelection {
  selected: PolicySpec[];
  /** Why each selected policy runs, by PolicyID (several reasons joined with "; "). */
  reasons: Record<string, string>;
}

/** `a.b.c` → `a`, `a.b`, `a.b.c`: importing a submodule imports its parents. */
function withParents(mod: string): string[] {
  const parts = mod.split('.');
  return parts.map((_, i) => parts.slice(0, i + 1).join('.'));
}

/**
 * Module names a Python source imports (absolute imports only), including parent packages and,
 * for `from m import n`, the candidate submodule `m.n`.
 */
export function pythonImports(source: string): Set<string> {
  // Comments out; backslash continuations joined, so each statement is on one line.
  const text = source.replace(/#[^\n]*/g, '').replace(/\\\r?\n/g, ' ');
  const found = new Set<string>();
  const add = (m: string) => withParents(m).forEach((x) => found.add(x));

  // `from a.b import c, d as e` and the parenthesised multi-line form.
  const fromRe = /^[ \t]*from[ \t]+([\w.]+)[ \t]+import[ \t]+(\([^)]*\)|[^\n;]*)/gm;
  for (const m of text.matchAll(fromRe)) {
    const mod = m[1];
    if (mod.startsWith('.')) continue; // relative: never a global
    add(mod);
    for (const name of m[2].replace(/[()]/g, '').split(',')) {
      const n = name.trim().split(/\s+/)[0];
      if (n && n !== '*') found.add(`${mod}.${n}`);
    }
  }
  // `import a, b.c as d` (also after `;` or inside indented blocks).
  const importRe = /(?:^|;)[ \t]*import[ \t]+([^\n;]+)/gm;
  for (const m of text.matchAll(importRe)) {
    for (const part of m[1].split(',')) {
      const mod = part.trim().split(/\s+/)[0];
      if (/^[\w.]+$/.test(mod)) add(mod);
    }
  }
  return found;
}

function importsOf(file: string): Set<string> {
  try {
    return pythonImports(readRepositoryFile(file, MAX_PYTHON_SOURCE_BYTES));
  } catch {
    return new Set(); // unreadable code: the loader reports it; nothing to follow here
  }
}

/**
 * For each global affected by the change, the changed global it depends on (itself if it
 * changed). Propagates along global→global imports until nothing new is reached.
 */
function affectedGlobals(globals: readonly GlobalSpec[], changed: ReadonlySet<string>): Map<string, string> {
  const affected = new Map<string, string>();
  for (const g of globals) {
    if (changed.has(g.specFile) || changed.has(g.pythonFile)) affected.set(g.globalId, g.globalId);
  }
  const imports = new Map(globals.map((g) => [g.globalId, importsOf(g.pythonFile)]));
  let grew = true;
  while (grew) {
    grew = false;
    for (const g of globals) {
      if (affected.has(g.globalId)) continue;
      for (const dep of imports.get(g.globalId) ?? []) {
        const root = affected.get(dep);
        if (root !== undefined) {
          affected.set(g.globalId, root);
          grew = true;
          break;
        }
      }
    }
  }
  return affected;
}

/**
 * Selects the policies a set of changed files can affect. `changedFiles` are relative to
 * `rootDir` (e.g. the git top-level, as `git diff --name-only` prints them) or absolute.
 */
export function selectChangedPolicies(
  repo: Pick<DetectionRepo, 'policies' | 'globals' | 'dataModels'>,
  changedFiles: readonly string[],
  rootDir: string,
): ChangedSelection {
  const changed = new Set(changedFiles.map((f) => path.resolve(rootDir, f)));
  const affected = affectedGlobals(repo.globals, changed);
  // Log types whose data model changed: every rule on them reads its fields through it.
  const changedModels = new Map<string, string>();
  for (const m of repo.dataModels ?? [])
    if (changed.has(m.specFile) || (m.pythonFile && changed.has(m.pythonFile)))
      for (const t of m.logTypes) changedModels.set(t, m.dataModelId);
  const selected: PolicySpec[] = [];
  const reasons: Record<string, string> = Object.create(null); // keyed by PolicyID: `__proto__` is an id
  for (const p of repo.policies) {
    const why: string[] = [];
    if (changed.has(p.specFile)) why.push('spec changed');
    if (changed.has(p.pythonFile)) why.push('code changed');
    if (p.kind === 'rule')
      for (const t of p.logTypes ?? [])
        if (changedModels.has(t)) why.push(`data model ${changedModels.get(t)} of ${t} changed`);
    if (affected.size > 0) {
      for (const mod of importsOf(p.pythonFile)) {
        const root = affected.get(mod);
        if (root === undefined) continue;
        why.push(
          root === mod
            ? `imports changed global ${mod}`
            : `imports global ${mod}, which imports changed global ${root}`,
        );
      }
    }
    if (why.length > 0) {
      selected.push(p);
      reasons[p.policyId] = why.join('; ');
    }
  }
  return { selected, reasons };
}

function git(args: string[], cwd: string): string {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (e) {
    const stderr = (e as { stderr?: string }).stderr?.trim();
    throw new UsageError(`git ${args.join(' ')} failed${stderr ? `: ${stderr}` : ''}`);
  }
}

/** The git top-level directory containing `cwd` (paths from `changedFilesSince` are relative to it). */
export function gitTopLevel(cwd: string): string {
  return git(['rev-parse', '--show-toplevel'], cwd).trim();
}

/**
 * The commit `ref` names, as a full object id. `ref` comes from a flag or an action input, so it
 * never reaches git where it could be read as an option (`--output=FILE`, `-c core.pager=...`):
 * a leading `-` is refused outright, `--end-of-options` guards the one call that sees it, and
 * later commands get the verified hex id instead of the text.
 */
export function verifiedCommit(ref: string, cwd: string, flag = '--changed-since'): string {
  const shown = `${flag} ${JSON.stringify(ref)}`;
  if (ref === '' || ref.startsWith('-'))
    throw new UsageError(`${shown} is not a git revision (a revision never starts with "-")`);
  let out: string;
  try {
    out = execFileSync('git', ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    throw new UsageError(
      `${shown}: unknown revision, not a commit in this repository (a shallow clone needs fetch-depth: 0)`,
    );
  }
  const sha = out.trim();
  if (!/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(sha))
    throw new UsageError(`${shown}: git did not resolve it to a commit`);
  return sha;
}

/**
 * Files changed on this branch since it left `ref` (`git diff ref...HEAD`), plus uncommitted
 * and untracked changes. Paths are relative to the git top-level, each listed once.
 */
export function changedFilesSince(ref: string, cwd: string, flag?: string): string[] {
  const base = verifiedCommit(ref, cwd, flag);
  const committed = git(['diff', '--name-only', '-z', `${base}...HEAD`, '--'], cwd).split('\0');
  // Porcelain -z: "XY path\0", and a rename/copy is followed by its original path as its own entry.
  const status = git(['status', '--porcelain', '-z', '--untracked-files=all'], cwd).split('\0');
  const working: string[] = [];
  for (let i = 0; i < status.length; i++) {
    const entry = status[i];
    if (entry.length < 4) continue;
    working.push(entry.slice(3));
    if (entry[0] === 'R' || entry[0] === 'C') working.push(status[++i]);
  }
  return [...new Set([...committed, ...working].filter((f) => f !== ''))];
}
