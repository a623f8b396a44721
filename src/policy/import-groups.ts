/**
 * Which repository globals a detection imports, directly or through other globals: detections
 * with the same set share a sandbox layer with those globals imported (testing.ts), instead of
 * each importing them again from the checkpoint. Read from the source text (changed.ts's
 * `pythonImports`), so an import inside a function counts too; importing such a global early
 * runs no code the detection's group does not reference.
 */
import { pythonImports } from './changed.js';

export interface SourceItem {
  id: string;
  source: string;
}

/**
 * For each detection id, the sorted ids of the globals it imports (transitively), from the
 * modules each detection's source imports (`pythonImports`, read once by the caller).
 */
export function globalsImported(
  detectionImports: ReadonlyMap<string, ReadonlySet<string>>,
  globals: SourceItem[],
): Map<string, string[]> {
  const ids = new Set(globals.map((g) => g.id));
  const direct = new Map(globals.map((g) => [g.id, [...pythonImports(g.source)].filter((m) => ids.has(m))]));
  const closure = (roots: string[]): string[] => {
    const seen = new Set<string>();
    const stack = [...roots];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      stack.push(...(direct.get(id) ?? []));
    }
    return [...seen].sort();
  };
  return new Map(
    [...detectionImports].map(([id, modules]) => [id, closure([...modules].filter((m) => ids.has(m)))]),
  );
}
