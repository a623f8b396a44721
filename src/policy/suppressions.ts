/**
 * Python's `fnmatch.translate` semantics for policy `Suppressions` (whole-string match, `*`, `?`,
 * `[seq]`, `[!seq]`; case-sensitive as the harness compiles them). The host needs them to know
 * which (policy, resource) pairs the sandbox must answer, so it can check every response.
 */
function translate(pattern: string): string {
  let out = '';
  let i = 0;
  const n = pattern.length;
  while (i < n) {
    const c = pattern[i++];
    if (c === '*') {
      out += '[\\s\\S]*';
    } else if (c === '?') {
      out += '[\\s\\S]';
    } else if (c === '[') {
      let j = i;
      if (j < n && pattern[j] === '!') j++;
      if (j < n && pattern[j] === ']') j++;
      while (j < n && pattern[j] !== ']') j++;
      if (j >= n) {
        out += '\\[';
      } else {
        let body = pattern.slice(i, j).replace(/\\/g, '\\\\');
        i = j + 1;
        if (body.startsWith('!')) body = '^' + body.slice(1);
        else if (body.startsWith('^')) body = '\\' + body;
        out += body === '' ? '(?!)' : body === '^' ? '[\\s\\S]' : `[${body}]`;
      }
    } else {
      out += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    }
  }
  return out;
}

/** A matcher for a policy's suppression patterns, or null when it has none. */
export function suppressionMatcher(
  patterns: readonly unknown[] | undefined,
): ((id: string) => boolean) | null {
  const list = (patterns ?? []).filter((p): p is string => typeof p === 'string');
  if (!list.length) return null;
  const source = `^(?:${list.map(translate).join('|')})$`;
  let re: RegExp;
  try {
    re = new RegExp(source, 'u'); // code points, like Python's `?`
  } catch {
    re = new RegExp(source); // a class body JS rejects in unicode mode
  }
  return (id) => re.test(id);
}
