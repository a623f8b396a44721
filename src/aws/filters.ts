/** Resource type selection and `ignoreResources` patterns. */
import { COLLECTED_TYPES, isCollected } from './collectors/registry.js';

export class ScanConfigError extends Error {
  override name = 'ScanConfigError';
}

/** The scanned types after include/exclude; unknown names are a configuration error. */
export function selectTypes(include?: string[], exclude?: string[]): Set<string> {
  for (const t of [...(include ?? []), ...(exclude ?? [])]) {
    if (!isCollected(t))
      throw new ScanConfigError(
        `unknown resource type "${t}"; the scanner collects: ${COLLECTED_TYPES.join(', ')}`,
      );
  }
  const base = include && include.length > 0 ? include : [...COLLECTED_TYPES];
  const ex = new Set(exclude ?? []);
  return new Set(base.filter((t) => !ex.has(t)));
}

interface IgnoreRule {
  type?: string;
  re: RegExp;
}

/**
 * `ignoreResources` entries are regexes on ResourceId, optionally scoped to one type as
 * `AWS.S3.Bucket=^arn:aws:s3:::logs-`. Patterns are anchored only if the user anchors them.
 */
export function ignoreMatcher(patterns: string[] = []): (type: string, resourceId: string) => boolean {
  const rules: IgnoreRule[] = patterns
    .filter((p) => p.trim() !== '')
    .map((p) => {
      const m = /^(AWS\.[A-Za-z0-9.]+)=(.*)$/.exec(p.trim());
      try {
        return m ? { type: m[1], re: new RegExp(m[2]) } : { re: new RegExp(p.trim()) };
      } catch (err) {
        throw new ScanConfigError(`invalid ignoreResources pattern "${p}": ${(err as Error).message}`);
      }
    });
  if (rules.length === 0) return () => false;
  return (type, id) => rules.some((r) => (!r.type || r.type === type) && r.re.test(id));
}
