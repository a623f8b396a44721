/** Markdown primitives with byte budgets (GitHub drops a summary over 1 MiB, rejects long comments). */

export const MORE_NOTE = (n: number) => `_…and ${n} more (see results.json artifact)_`;

export function bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

export interface TableOptions {
  /** Bytes this table may take, including the "…and N more" line. */
  budget: number;
  maxRows?: number;
}

/** Rows made only when a table reaches them (a large run has a million findings; a summary shows a few thousand). */
export interface Rows {
  length: number;
  row(i: number): string[];
}

/** Rows made only when a table reaches them, from an array or anything read by index. */
export function lazyRows<T>(
  items: { readonly length: number; at(i: number): T | undefined },
  cells: (item: T) => string[],
): Rows {
  return { length: items.length, row: (i) => cells(items.at(i) as T) };
}

/**
 * A GFM table that stops adding rows before the budget or row cap and says how many it left out.
 * Returns '' when not even the header and one row fit.
 */
export function table(headers: string[], rows: readonly string[][] | Rows, opts: TableOptions): string {
  const head = `| ${headers.join(' | ')} |\n|${headers.map(() => '---').join('|')}|\n`;
  const reserve = bytes(MORE_NOTE(rows.length)) + 4;
  const maxRows = opts.maxRows ?? Infinity;
  const rowAt = Array.isArray(rows) ? (i: number) => rows[i] : (rows as Rows).row;
  let out = head;
  let used = bytes(head);
  let n = 0;
  for (let i = 0; i < rows.length; i++) {
    if (n >= maxRows) break;
    const line = `| ${rowAt(i).join(' | ')} |\n`;
    const lb = bytes(line);
    const needReserve = n + 1 < rows.length ? reserve : 0;
    if (used + lb + needReserve > opts.budget) break;
    out += line;
    used += lb;
    n++;
  }
  if (n === 0 && rows.length > 0) return '';
  if (n < rows.length) out += `\n${MORE_NOTE(rows.length - n)}\n`;
  return out;
}

/** A Mermaid pie chart; GitHub renders ```mermaid blocks in summaries and comments. */
/** Cut a string to at most n UTF-8 bytes without splitting a character. */
export function cutBytes(s: string, n: number): string {
  if (bytes(s) <= n) return s;
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (bytes(s.slice(0, mid)) <= n) lo = mid;
    else hi = mid - 1;
  }
  let out = s.slice(0, lo);
  if (/[\uD800-\uDBFF]$/.test(out)) out = out.slice(0, -1);
  return out;
}
