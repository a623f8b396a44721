/**
 * Opening a report or snapshot for writing. The working directory is the repository's checkout:
 * a pull request can commit `palisade-out` (or any directory a path option names) as a symbolic
 * link to somewhere else on the runner, or a report name as a link to another file. Neither may
 * redirect a write: a directory inside the working directory must stay inside it once links are
 * followed (checked before anything is created), and the file itself is opened without following
 * a link, without blocking (a FIFO), and must be a regular file. Paths outside the working
 * directory were given by the user (flags, inputs) and are taken as they are.
 */
import { constants } from 'node:fs';
import { mkdir, open, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { isWithin, staysWithin } from './policy/paths.js';

// O_NOFOLLOW / O_NONBLOCK are undefined on Windows; there the directory check still holds.
const WRITE_FLAGS =
  constants.O_WRONLY |
  constants.O_CREAT |
  constants.O_TRUNC |
  (constants.O_NOFOLLOW ?? 0) |
  (constants.O_NONBLOCK ?? 0);

/** Creates the file's directory and opens the file for writing (truncated), refusing a redirect. */
export async function openOutputFile(file: string, root = process.cwd()): Promise<FileHandle> {
  const abs = path.resolve(file);
  const dir = path.dirname(abs);
  if (isWithin(path.resolve(root), abs) && !staysWithin(root, dir))
    throw new Error(
      `${file}: a directory on its path is a symbolic link leading out of the working directory`,
    );
  await mkdir(dir, { recursive: true });
  let handle: FileHandle;
  try {
    handle = await open(abs, WRITE_FLAGS, 0o644);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw new Error(`${file} is a symbolic link: not written through`);
    if (code === 'ENXIO') throw new Error(`${file} is a FIFO: not written`);
    throw e;
  }
  if (!(await handle.stat()).isFile()) {
    await handle.close();
    throw new Error(`${file} is not a regular file: not written`);
  }
  return handle;
}
