/**
 * Python scalar types JavaScript cannot tell apart (docs/policy-format.md §2).
 *
 * JS has one number type, so a YAML `1.0` read as a plain number would reach a policy as the
 * int `1`, `.inf`/`.nan` as `None` (JSON has no token for them), and ints beyond 2^53 rounded.
 * The YAML loader therefore returns every float as a `PyFloat` and every int outside the safe
 * integer range as a `PyBigInt`; the sandbox wire (sandbox/wire.ts) writes them as the Python
 * literals PAT's loader would have produced.
 *
 * Outside the wire both behave like the nearest JS value: `String()` gives Python's `str()`
 * (`1.0`, `inf`, `1e+16`), `JSON.stringify` a plain number (or null for inf/nan).
 */

/** Set while sandbox/wire.ts serialises a request: `toJSON` then emits wire markers. */
let wire: { marker: string; count: number } | null = null;

/** A Python float, as read from YAML (`1.0`, `-0.0`, `.inf`, `.nan`, `1.5e+3`). */
export class PyFloat {
  constructor(readonly value: number) {}

  /** Python's `str()`/`repr()` of the float. */
  toString(): string {
    return pyFloatRepr(this.value);
  }

  /** `+f`, `f > 0` give the number; `${f}`, `f + ''` give Python's str(). */
  [Symbol.toPrimitive](hint: string): number | string {
    return hint === 'number' ? this.value : this.toString();
  }

  /** A plain JSON number in reports (null for inf/nan, as JSON.stringify writes them). */
  toJSON(): number | string | null {
    if (wire) return wireToken(pyFloatJson(this.value));
    return Number.isFinite(this.value) ? this.value : null;
  }
}

/** A Python int outside JavaScript's safe integer range, kept exact. */
export class PyBigInt {
  constructor(readonly value: bigint) {}

  /** The exact decimal digits (Python's `str()`/`repr()`). */
  get text(): string {
    return this.value.toString();
  }

  toString(): string {
    return this.text;
  }

  [Symbol.toPrimitive](hint: string): number | string {
    return hint === 'number' ? Number(this.value) : this.text;
  }

  /** The nearest JSON number in reports (JSON has no other integer). */
  toJSON(): number | string {
    if (wire) return wireToken(this.text);
    return Number(this.value);
  }
}

/** A YAML-read number of either Python type, or a plain JS number. */
export function isPyNumber(v: unknown): v is number | PyFloat | PyBigInt {
  return typeof v === 'number' || v instanceof PyFloat || v instanceof PyBigInt;
}

/** Python's repr() of a float (also its str()): shortest round-trip digits, Python's layout. */
export function pyFloatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  // toExponential() without an argument gives the shortest digits that round-trip, like repr.
  const [mantissa, exp] = Math.abs(x).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  const e = Number(exp);
  // float_repr_style 'short', format 'r': scientific when decpt <= -4 or decpt > 16 (decpt = e + 1).
  if (e < -4 || e >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const ee = Math.abs(e).toString().padStart(2, '0');
    return `${sign}${m}e${e < 0 ? '-' : '+'}${ee}`;
  }
  const decpt = e + 1;
  if (decpt <= 0) return `${sign}0.${'0'.repeat(-decpt)}${digits}`;
  if (decpt >= digits.length) return `${sign}${digits}${'0'.repeat(decpt - digits.length)}.0`;
  return `${sign}${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
}

/** The float as a token of Python's json module: a JSON number, or `Infinity`/`-Infinity`/`NaN`. */
export function pyFloatJson(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? 'Infinity' : '-Infinity';
  return pyFloatRepr(x); // always has a `.` or an exponent, so json.loads gives a float
}

// ---- wire support (used by sandbox/wire.ts only) ----

function wireToken(literal: string): string {
  wire!.count++;
  return wire!.marker + literal;
}

/**
 * Runs `JSON.stringify(value)` with `PyFloat`/`PyBigInt` written as JSON strings
 * `"<marker><token>"`, and reports how many were written. `marker` must be text no ordinary
 * data contains and that JSON.stringify does not escape (wire.ts uses a random nonce).
 */
export function stringifyWithMarkers(value: unknown, marker: string): { json: string; markers: number } {
  const outer = wire;
  wire = { marker, count: 0 };
  try {
    const json = JSON.stringify(value);
    return { json, markers: wire.count };
  } finally {
    wire = outer;
  }
}
