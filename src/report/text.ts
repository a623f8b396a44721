/** Plain-text helpers shared by the SARIF and markdown reporters. */

/** Whitespace runs (newlines included) collapsed to one space, trimmed. */
export function oneLine(s: string | null | undefined): string {
  const t = s ?? '';
  // Most titles are one line already: no new string for them.
  if (!NOT_ONE_LINE.test(t)) return t;
  return t.replace(/\s+/g, ' ').trim();
}
/** Whitespace that oneLine would change: any but a single space, two in a row, or at either end. */
const NOT_ONE_LINE = /[^\S ]|\s\s|^\s|\s$/;

/** The last non-blank line, trimmed: the exception line of a Python traceback. */
export function lastLine(s: string | null | undefined): string {
  const lines = (s ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return lines[lines.length - 1] ?? '';
}

/** A test's expected or actual result as the spec writes it (`ExpectedResult: true`), not Python's repr. */
export function resultWord(b: boolean | null): string {
  return b === null ? 'no true/false' : b ? 'true' : 'false';
}

/** Code-unit order (locale-independent, so output is stable across machines). */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
