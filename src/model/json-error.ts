/**
 * A JSON.parse failure without the text it quotes: V8's message includes a slice of the input,
 * which for a file swapped for `/proc/self/environ` (a baseline in a PR) would be a secret.
 */
export function jsonErrorWithoutContent(e: unknown): string {
  const position = /position (\d+)/.exec(String((e as Error)?.message ?? ''));
  return position ? `invalid JSON at position ${position[1]}` : 'invalid JSON';
}
