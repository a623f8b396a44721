/**
 * The one place that decides which repository files may be read, and reads them.
 *
 * A pull request controls every byte and every directory entry of the checkout, so a spec's
 * `Filename` is a path chosen by an attacker: `../.git/config`, `/proc/self/environ`, a
 * symlink to the runner's home, a FIFO that blocks the reader forever. Nothing here trusts a
 * path because it "looks" inside the repository. A file may be read only when
 *   - the repository walk itself listed it, under a walk root resolved with `realpath`,
 *     through directories the walk entered (no symlinked directory, no dot-directory);
 *   - `lstat` says it is a regular file (not a symlink, FIFO, socket or device) within the
 *     size limit, and `realpath` of it is itself;
 *   - the handle opened with `O_NOFOLLOW | O_NONBLOCK` is the same file (dev/ino) the walk
 *     approved, still regular and within the limit: a file swapped after the walk is refused.
 */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  realpathSync,
  type BigIntStats,
  type Dirent,
} from 'node:fs';
import path from 'node:path';

const MiB = 1024 * 1024;
/**
 * Largest policy or global source read (1 MiB). The public Panther corpus's largest .py is
 * 105 KB; a bound keeps a hostile repository from making the runner hold gigabytes.
 */
export const MAX_PYTHON_SOURCE_BYTES = 1 * MiB;
/**
 * Largest spec file read (2 MiB). Specs carry test resources inline, so they can be larger
 * than code, but the corpus's largest is 51 KB; the YAML parser holds the whole file in memory.
 */
export const MAX_SPEC_FILE_BYTES = 2 * MiB;

/** The spec error for any `Filename` that is not an approved .py file (exact wording is the contract). */
/** A size limit for messages: `2 MiB`, or bytes when not a whole number of MiB. */
export function formatLimit(bytes: number): string {
  return bytes % MiB === 0 ? `${bytes / MiB} MiB` : `${bytes} bytes`;
}

export const FILENAME_OUTSIDE_REPOSITORY = 'Filename must name a .py file inside the repository';

/** A file as `lstat` saw it when approved; compared with `fstat` of the opened handle. */
export interface FileIdentity {
  dev: bigint;
  ino: bigint;
}

/** Why a file cannot be read: a message for the user, never containing the file's content. */
export class RepositoryFileError extends Error {
  override name = 'RepositoryFileError';
}

/**
 * Files approved for reading, by absolute real path, with the identity they had when approved.
 * Process-wide because `readRepositoryFile` is called with a bare path (PolicySpec.pythonFile);
 * the latest walk of a path wins, so a rewritten file is re-approved on the next load.
 */
const approved = new Map<string, FileIdentity>();

function describeType(st: BigIntStats): string {
  if (st.isSymbolicLink()) return 'a symbolic link';
  if (st.isFIFO()) return 'a FIFO';
  if (st.isSocket()) return 'a socket';
  if (st.isBlockDevice() || st.isCharacterDevice()) return 'a device file';
  if (st.isDirectory()) return 'a directory';
  return 'not a regular file';
}

/**
 * Checks a file the walk listed, without opening it: a regular file (by `lstat`, so a symlink
 * is never followed) within `limit` bytes whose real path is itself. Approves it for
 * `readRepositoryFile` and returns undefined, or returns why it may not be read.
 */
export function approveWalkedFile(abs: string, limit: number): string | undefined {
  let st;
  try {
    st = lstatSync(abs, { bigint: true });
  } catch (e) {
    return `cannot be inspected (${(e as NodeJS.ErrnoException).code ?? 'error'})`;
  }
  if (!st.isFile()) return `is ${describeType(st)}`;
  if (st.size > BigInt(limit)) return `is larger than the ${formatLimit(limit)} limit`;
  // A directory above it swapped for a symlink since the walk would show up here.
  let real: string;
  try {
    real = realpathSync(abs);
  } catch {
    return 'cannot be resolved';
  }
  if (real !== abs) return 'is reached through a symbolic link';
  approved.set(abs, { dev: st.dev, ino: st.ino });
  return undefined;
}

// O_NOFOLLOW/O_NONBLOCK are undefined on Windows; there the lstat/fstat checks still hold.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * Reads a repository file as UTF-8: the only reader for spec YAML and Python sources.
 * Opens without following a final symlink and without blocking (a FIFO would block a plain
 * open), then checks the handle: a regular file, within `limit`, and the same dev/ino the
 * walk approved. Paths no walk approved (specs built by hand in a library call or a test) get
 * the same file-level checks. Throws RepositoryFileError.
 */
export function readRepositoryFile(abs: string, limit: number): string {
  let fd: number;
  try {
    fd = openSync(abs, OPEN_FLAGS);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new RepositoryFileError(
      code === 'ELOOP' ? 'is a symbolic link' : `cannot be opened (${code ?? 'error'})`,
    );
  }
  try {
    const st = fstatSync(fd, { bigint: true });
    if (!st.isFile()) throw new RepositoryFileError(`is ${describeType(st)}`);
    const expected = approved.get(abs);
    if (expected && (expected.dev !== st.dev || expected.ino !== st.ino))
      throw new RepositoryFileError('changed since the repository was walked');
    if (st.size > BigInt(limit))
      throw new RepositoryFileError(`is larger than the ${formatLimit(limit)} limit`);
    // One spare byte: a file that grows past its fstat size while read is refused, not truncated.
    const buf = Buffer.alloc(Number(st.size) + 1);
    let length = 0;
    while (length < buf.length) {
      const n = readSync(fd, buf, length, buf.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > Number(st.size)) throw new RepositoryFileError('changed while being read');
    return buf.toString('utf8', 0, length);
  } finally {
    closeSync(fd);
  }
}

/** Whether `p` is `root` or below it (both absolute, as they are). */
export function isWithin(root: string, p: string): boolean {
  return p === root || p.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

/**
 * Whether `target` (absolute) stays inside `root` once every symbolic link on its way is
 * followed. A target that does not exist yet (an output) is judged by its nearest existing
 * ancestor; a root that cannot be resolved contains nothing.
 */
export function staysWithin(root: string, target: string): boolean {
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    return false;
  }
  for (let probe = target; ; probe = path.dirname(probe)) {
    try {
      return isWithin(realRoot, path.join(realpathSync(probe), path.relative(probe, target)));
    } catch {
      if (path.dirname(probe) === probe) return false;
    }
  }
}

/**
 * Where a spec's `Filename` points, lexically: relative to the spec's directory (as PAT
 * resolves it). No file system access; `RepositoryIndex.confine` decides whether it may be read.
 */
export function filenamePath(specFile: string, filename: string): string {
  return path.resolve(path.dirname(specFile), filename);
}

/** Whether `rel` (relative to a root) stays inside it and has no dot component. */
function insideWithoutDots(rel: string): boolean {
  if (rel === '' || path.isAbsolute(rel)) return false;
  return rel.split(path.sep).every((part) => part !== '' && !part.startsWith('.'));
}

export type Confined = 'ok' | 'missing' | 'refused';

/**
 * What one repository walk listed: the directories it entered and every entry in them, under
 * real roots. Built by the walk, it is the whitelist for `Filename`: a path is readable only if
 * the walk saw it as a regular .py file, so symlinked directories (not entered), dot-directories
 * (not entered) and anything outside the roots are never candidates.
 */
export class RepositoryIndex {
  private readonly roots: string[] = [];
  private readonly directories = new Set<string>();
  private readonly entries = new Set<string>();
  private readonly pythonFiles = new Set<string>();

  /** A walk root, already resolved with `realpath`. */
  addRoot(realRoot: string): void {
    this.roots.push(realRoot);
    this.directories.add(realRoot);
  }

  /** A directory the walk entered (under a real root, through real directories) and its entries. */
  addDirectory(absDir: string, dirents: readonly Dirent[]): void {
    this.directories.add(absDir);
    for (const e of dirents) {
      const abs = path.join(absDir, e.name);
      this.entries.add(abs);
      // Dirent types come from readdir without following links: a symlink is never "a file".
      if (e.isFile() && e.name.endsWith('.py') && !e.name.startsWith('.')) this.pythonFiles.add(abs);
    }
  }

  /**
   * Whether `candidate` (a `filenamePath`) may be read as policy or global code: `ok` (and
   * approved for `readRepositoryFile`), `missing` (a .py name in a directory the walk entered,
   * with no such entry: PAT's "not found"), or `refused` (anything else; never opened).
   */
  confine(candidate: string): Confined {
    if (!candidate.endsWith('.py')) return 'refused';
    // The index alone already implies the next check; it stays as a second line of defence.
    const inside = this.roots.some((root) => insideWithoutDots(path.relative(root, candidate)));
    if (!inside) return 'refused';
    if (this.pythonFiles.has(candidate))
      return approveWalkedFile(candidate, MAX_PYTHON_SOURCE_BYTES) === undefined ? 'ok' : 'refused';
    if (this.directories.has(path.dirname(candidate)) && !this.entries.has(candidate)) return 'missing';
    return 'refused';
  }
}
