// Interpreter checkpoints: the post-boot state of pyodide, restored before a request that asks
// for a fresh interpreter (`reset`). In `test`, every policy starts from it, so no other policy's
// code (monkey-patched modules, swapped `__code__`, rebound helper functions, gc tricks) can
// reach the state it runs in. Python's whole state lives in the WebAssembly linear memory, so
// restoring that memory restores Python; what pyodide keeps in JS is handled here too:
// - the file system (emscripten MEMFS is JS objects): policy code may only write under /tmp,
//   which a reset empties; everything else is refused with EROFS by `guardFileSystem`;
// - open file descriptors (JS streams): those opened after the checkpoint are closed.
// Plain .mjs: it runs in the locked-down sandbox worker (no TypeScript loader there).

const WRITABLE_ROOT = '/tmp';
const EROFS = 69; // emscripten's errno numbering (wasi-libc)
const O_ACCMODE = 3;
const O_CREAT = 64;
const O_TRUNC = 512;

/** Absolute, normalised form of an FS path (no symlink resolution: symlinks cannot be made). */
function absolute(FS, p) {
  const full = String(p).startsWith('/') ? String(p) : `${FS.cwd()}/${p}`;
  const out = [];
  for (const part of full.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return `/${out.join('/')}`;
}

/** A path, or an FS node (chmod, truncate... accept either): its absolute path, or null. */
function pathOf(FS, p) {
  if (typeof p === 'string') return absolute(FS, p);
  try {
    return p && typeof p === 'object' ? FS.getPath(p) : null;
  } catch {
    return null;
  }
}

const writable = (FS, p) => {
  const a = pathOf(FS, p);
  if (a === null) return false;
  return a === '/dev/null' || a.startsWith(`${WRITABLE_ROOT}/`);
};

function refuse(FS) {
  throw new FS.ErrnoError(EROFS);
}

/**
 * Make every FS write outside /tmp fail with EROFS. Installed after boot (the harness, wheels
 * and standard library are in place) and before any policy code runs. The wrappers live in JS,
 * out of Python's reach.
 */
export function guardFileSystem(FS) {
  let trusted = false;
  const wrap = (name, check) => {
    const original = FS[name];
    if (typeof original !== 'function') return;
    FS[name] = function guarded(...args) {
      if (!trusted && !check(...args)) refuse(FS);
      return original.apply(this, args);
    };
  };
  const onePath = (p) => writable(FS, p);
  for (const name of ['mknod', 'create', 'mkdir', 'mkdev', 'rmdir', 'unlink', 'truncate', 'utime', 'chmod', 'lchmod', 'chown', 'lchown'])
    wrap(name, onePath);
  wrap('rename', (from, to) => writable(FS, from) && writable(FS, to));
  // New symlinks could point a /tmp path at anything; nothing needs them.
  wrap('symlink', () => false);
  wrap('mount', () => false);
  wrap('unmount', () => false);
  const streamOk = (fd) => {
    const stream = typeof fd === 'object' ? fd : FS.getStream(fd);
    return !stream || !stream.path || writable(FS, stream.path) || !stream.node || !FS.isFile(stream.node.mode);
  };
  for (const name of ['fchmod', 'fchown', 'ftruncate']) wrap(name, streamOk);
  wrap('msync', (stream) => streamOk(stream));
  wrap('open', (p, flags) => {
    if (typeof p !== 'string') return true;
    const f = typeof flags === 'string' ? (flags === 'r' ? 0 : O_CREAT) : Number(flags) || 0;
    const writes = (f & O_ACCMODE) !== 0 || (f & (O_CREAT | O_TRUNC)) !== 0;
    return !writes || writable(FS, p);
  });
  return {
    /**
     * Run `fn` with writes allowed everywhere: only for host-chosen requests that run no
     * repository code (`prewarm` writes the repository's globals where policies can only read).
     */
    trusted(fn) {
      trusted = true;
      try {
        return fn();
      } finally {
        trusted = false;
      }
    },
  };
}

/** The state to come back to: a copy of the linear memory and the open descriptors. */
export function takeCheckpoint(py) {
  const M = py._module;
  const FS = py.FS;
  wipe(FS, WRITABLE_ROOT);
  return {
    // The working directory is FS (JS) state too: a policy's chdir would move '' on sys.path.
    cwd: FS.cwd(),
    memory: M.HEAPU8.slice(),
    fds: new Set(FS.streams.map((s, fd) => (s ? fd : -1)).filter((fd) => fd >= 0)),
  };
}

/** Empty a directory (not the directory itself). */
function wipe(FS, dir) {
  let names;
  try {
    names = FS.readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (name === '.' || name === '..') continue;
    const p = `${dir}/${name}`;
    const { node } = FS.lookupPath(p, { follow: false });
    if (FS.isDir(node.mode)) {
      wipe(FS, p);
      FS.rmdir(p);
    } else {
      FS.unlink(p);
    }
  }
}

/**
 * Bring the interpreter back to `ck`. Only called between requests, with no Python frame
 * active, so the wasm stack pointer is at its base and nothing on the JS side refers to
 * Python objects created after the checkpoint.
 */
export function restoreCheckpoint(py, ck) {
  const M = py._module;
  const FS = py.FS;
  FS.streams.forEach((stream, fd) => {
    if (stream && !ck.fds.has(fd)) {
      try {
        FS.close(stream);
      } catch {
        /* already closed */
      }
    }
  });
  wipe(FS, WRITABLE_ROOT);
  FS.chdir(ck.cwd);
  // Memory grown since the checkpoint is zeroed, as fresh pages are: the allocator expects
  // memory it has not handed out yet to be zero. (Cheap unless a policy grew the heap a lot.)
  const heap = M.HEAPU8;
  heap.set(ck.memory, 0);
  if (heap.length > ck.memory.length) heap.fill(0, ck.memory.length);
}
