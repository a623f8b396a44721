/**
 * Request serialisation for the sandbox (PROTOCOL.md): JSON as Python's `json.loads` reads it.
 *
 * Like `JSON.stringify`, except that `PyFloat` is written as a Python float token (`1.0`,
 * `-0.0`, `1e+16`, `Infinity`, `-Infinity`, `NaN`: json.loads accepts the last three) and
 * `PyBigInt` as its exact digits, so a policy sees the value PAT's YAML loader gives it.
 *
 * The work is done by the native `JSON.stringify`: in wire mode the two classes' `toJSON`
 * return marker strings, replaced afterwards by their tokens. A request without such values
 * (every `snapshot` of scanned resources) costs no more than a plain `JSON.stringify`.
 */
import { randomBytes } from 'node:crypto';
import { stringifyWithMarkers } from '../pyvalues.js';

// Letters and digits only, so JSON.stringify writes it unescaped; random, so no data contains it.
const MARKER = `@@palisade-py-${randomBytes(12).toString('hex')}:`;
const MARKED = new RegExp(`"${MARKER}(-?(?:Infinity|NaN|[0-9][0-9.e+-]*))"`, 'g');

export function toPythonJson(value: unknown): string {
  const { json, markers } = stringifyWithMarkers(value, MARKER);
  // JSON.stringify(undefined) is undefined; a request is always an object, but keep the type honest.
  if (json === undefined) return 'null';
  return markers === 0 ? json : json.replace(MARKED, '$1');
}
