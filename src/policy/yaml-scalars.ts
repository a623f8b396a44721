/**
 * PAT's implicit scalar rules (docs/policy-format.md §2), shared by both YAML readers (yaml.ts,
 * yaml-fast.ts): null, bool, int and float as PAT's YAML 1.1 safe loader, patched towards 1.2,
 * resolves them. Anything they do not match stays a string: timestamps, `yes`/`on`, `0o17`,
 * `1:30:00`, `1e3`. Floats come back as `PyFloat`, and ints beyond 2^53 as `PyBigInt`, so the
 * Python type and exact value reach policies (pyvalues.ts).
 */
import type { ScalarTag } from 'yaml';
import { PyBigInt, PyFloat } from './pyvalues.js';

const YAML_TAG = 'tag:yaml.org,2002:';

export const nullTag: ScalarTag = {
  tag: `${YAML_TAG}null`,
  default: true,
  // Empty plain scalars (`key:`) reach the resolver as ''.
  test: /^(?:~|null|Null|NULL|)$/,
  resolve: () => null,
};

export const boolTag: ScalarTag = {
  tag: `${YAML_TAG}bool`,
  default: true,
  // Only these six spellings; yes/no/on/off and mixed case stay strings.
  test: /^(?:true|True|TRUE|false|False|FALSE)$/,
  resolve: (s) => s[0] === 't' || s[0] === 'T',
};

// YAML 1.1 int forms without base 60. `0[0-7_]+` is kept as a form (so `0644` is an int) but is
// read as decimal, which is PAT's override; `08` matches no form and stays a string.
export const intTag: ScalarTag = {
  tag: `${YAML_TAG}int`,
  default: true,
  test: /^[-+]?(?:0b[01_]+|0x[0-9a-fA-F_]+|0[0-7_]+|0|[1-9][0-9_]*)$/,
  resolve: (text) => {
    let s = text.replace(/_/g, '');
    let sign = 1;
    if (s[0] === '-' || s[0] === '+') {
      if (s[0] === '-') sign = -1;
      s = s.slice(1);
    }
    let n: bigint;
    if (s.startsWith('0b')) n = parseDigits(s.slice(2), '0b', /^[01]+$/, text);
    else if (s.startsWith('0x')) n = parseDigits(s.slice(2), '0x', /^[0-9a-fA-F]+$/, text);
    else n = parseDigits(s, '', /^[0-9]+$/, text);
    if (sign < 0) n = -n;
    // Beyond 2^53 a JS number would round: keep the exact Python int.
    return n > MAX_SAFE || n < -MAX_SAFE ? new PyBigInt(n) : Number(n);
  },
};

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function parseDigits(digits: string, prefix: string, valid: RegExp, text: string): bigint {
  // Explicit `!!int` tags reach here without passing `test`; reject what Python's int() would.
  if (!valid.test(digits)) throw new Error(`invalid int: '${text}'`);
  return BigInt(prefix + digits);
}

// PyYAML's float forms without base 60: a dot is required and an exponent needs its sign.
// Resolved to `PyFloat` (pyvalues.ts) so the Python type survives; `-0.0` keeps its sign.
export const floatTag: ScalarTag = {
  tag: `${YAML_TAG}float`,
  default: true,
  test: /^(?:[-+]?[0-9][0-9_]*\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/,
  resolve: (text) => {
    let s = text.replace(/_/g, '').toLowerCase();
    let sign = 1;
    if (s[0] === '-' || s[0] === '+') {
      if (s[0] === '-') sign = -1;
      s = s.slice(1);
    }
    // A PyFloat, not a number: `1.0` must stay a float and `.inf`/`.nan` must survive JSON.
    if (s === '.inf') return new PyFloat(sign * Infinity);
    if (s === '.nan') return new PyFloat(NaN);
    const n = Number(s);
    if (Number.isNaN(n) || s === '') throw new Error(`invalid float: '${text}'`);
    return new PyFloat(sign * n);
  },
};

/** In the order a plain scalar is tried against them. */
export const SCALAR_TAGS: readonly ScalarTag[] = [nullTag, boolTag, intTag, floatTag];
