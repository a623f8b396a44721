import path from 'node:path';
import type { Finding } from '../model/index.js';

/**
 * The short, stable last segment of a cloud pseudo-path (docs/github.md §2.3):
 * bucket name, EC2 id, IAM name, or the singleton names `AWS.PasswordPolicy` / `root`.
 */
export function shortResourceId(resourceId: string, resourceType: string): string {
  if (resourceType === 'AWS.PasswordPolicy') return 'AWS.PasswordPolicy';
  if (resourceType === 'AWS.IAM.RootUser') return 'root';
  const id = resourceId.trim();
  if (id.startsWith('arn:')) {
    // arn:partition:service:region:account:resource — the resource part may contain ':' and '/'.
    const resource = id.split(':').slice(5).join(':');
    if (resource === 'root') return 'root';
    const afterSlash = resource.includes('/') ? resource.slice(resource.lastIndexOf('/') + 1) : resource;
    const short = afterSlash.includes(':') ? afterSlash.slice(afterSlash.lastIndexOf(':') + 1) : afterSlash;
    return short || resource || id;
  }
  // Singletons: "<account>:<region>:<ResourceType>".
  const parts = id.split(':');
  if (parts.length === 3 && parts[2].startsWith('AWS.')) return parts[2];
  return id || 'unknown';
}

/** `aws/<AccountId>/<Region>/<ResourceType>/<short id>`, each segment percent-encoded. */
export function cloudPseudoPath(
  f: Pick<Finding, 'accountId' | 'region' | 'resourceType' | 'resourceId'>,
  short = shortResourceId(f.resourceId, f.resourceType),
): string {
  const segs = ['aws', f.accountId || 'unknown', f.region || 'global', f.resourceType || 'unknown', short];
  return segs.map((s) => encodeURIComponent(s)).join('/');
}

/**
 * Repository-relative, `/`-separated, percent-encoded URI for a real file (test mode).
 * Paths outside the root keep their tail so the uri stays relative (GitHub rejects absolute ones).
 */
export function repoRelativeUri(file: string, root: string): string {
  let rel = path.isAbsolute(file) ? path.relative(root, file) : file;
  rel = rel.split(path.sep).join('/');
  while (rel.startsWith('../')) rel = rel.slice(3);
  rel = rel.replace(/^\/+/, '').replace(/^\.\//, '');
  return rel
    .split('/')
    .filter((s) => s.length > 0)
    .map((s) => encodeURIComponent(s))
    .join('/');
}

/** One frame of a Python traceback: `File "<path>", line N`. */
export interface TracebackFrame {
  file: string;
  line: number;
}

export function parseTraceback(text: string | null | undefined): TracebackFrame[] {
  if (!text) return [];
  const frames: TracebackFrame[] = [];
  for (const m of text.matchAll(/File "([^"]+)", line (\d+)/g))
    frames.push({ file: m[1], line: Number(m[2]) });
  return frames;
}

/**
 * The frame to point at: the innermost one in the policy's own .py (the sandbox may name it by
 * another absolute prefix, so compare basenames), else null and the caller uses the spec line.
 */
export function policyFrame(
  traceback: string | null | undefined,
  pythonFile: string | undefined,
): TracebackFrame | null {
  const frames = parseTraceback(traceback);
  if (!pythonFile) return null;
  const base = path.basename(pythonFile);
  for (let i = frames.length - 1; i >= 0; i--) {
    const f = frames[i];
    if (f.file === pythonFile || path.basename(f.file) === base) return { file: pythonFile, line: f.line };
  }
  return null;
}
