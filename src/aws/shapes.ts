/**
 * Converting SDK v3 output into Panther's resource shape (docs/resource-shape.md §1.3).
 *
 * The SDK packages export their Smithy schemas at run time (e.g. `IpPermission$` from
 * @aws-sdk/client-ec2): `[3, namespace, name, traits, memberNames[], memberSchemas[]]` for
 * structures, `[1, ns, name, traits, member]` for lists, `[2, ns, name, traits, key, value]`
 * for maps, and bit-flag numbers for simple types. Walking those schemas gives us the exact
 * member list of the SDK we ship with, so every member is present (null when unset) without
 * hand-typed lists that drift from the API.
 */

/** Opaque Smithy schema reference as exported by the SDK (number, array or thunk). */
export type SchemaRef = unknown;

const TIMESTAMP_MIN = 0b0000_0100;
const TIMESTAMP_MAX = 0b0000_0111;
const LIST_MODIFIER = 0b0100_0000;
const MAP_MODIFIER = 0b1000_0000;

/** The zero date of the credential report, written verbatim (toISOString would add `.000`). */
export const ZERO_DATE = '0001-01-01T00:00:00Z';

function deref(ref: SchemaRef): SchemaRef {
  let sc = typeof ref === 'function' ? (ref as () => SchemaRef)() : ref;
  // Member schemas are `[targetRef, traits]`; static schemas have at least 5 slots.
  while (Array.isArray(sc) && sc.length === 2) {
    sc = sc[0];
    if (typeof sc === 'function') sc = (sc as () => SchemaRef)();
  }
  // Simple schemas with traits, e.g. `[0, ns, "SensitiveString", 8, 0]`.
  while (Array.isArray(sc) && sc[0] === 0 && sc.length >= 5) sc = deref(sc[4]);
  return sc;
}

/** ISO-8601 UTC with a literal Z, as policies parse it. */
export function isoTimestamp(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  // Numbers are epoch milliseconds (CloudWatch Logs' creationTime).
  const d = value instanceof Date ? value : new Date(typeof value === 'number' ? value : String(value));
  if (Number.isNaN(d.getTime())) return null;
  return d.toISOString();
}

/** Member names of a structure schema (for tests and field lists). */
export function memberNames(schema: SchemaRef): string[] {
  const sc = deref(schema);
  if (Array.isArray(sc) && (sc[0] === 3 || sc[0] === -3 || sc[0] === 4)) return [...(sc[4] as string[])];
  throw new Error('not a structure schema');
}

/**
 * Copy an SDK value following its schema: every structure member present (null when unset),
 * empty lists → null, Dates → ISO strings. Maps keep `{}` (only lists collapse).
 */
export function fromShape(value: unknown, schema: SchemaRef): unknown {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  const sc = deref(schema);
  if (typeof sc === 'number') {
    if (sc >= TIMESTAMP_MIN && sc <= TIMESTAMP_MAX) return isoTimestamp(value);
    if (sc >= LIST_MODIFIER && sc < MAP_MODIFIER) return listOf(value, sc & 0b0011_1111);
    if (sc >= MAP_MODIFIER && sc <= 0xff) return mapOf(value, sc & 0b0011_1111);
    return value;
  }
  if (!Array.isArray(sc)) return value;
  switch (sc[0]) {
    case 1:
      return listOf(value, sc[4]);
    case 2:
      return mapOf(value, sc[5]);
    case 3:
    case -3:
    case 4:
      return structOf(value, sc[4] as string[], sc[5] as SchemaRef[]);
    default:
      return value;
  }
}

function listOf(value: unknown, member: SchemaRef): unknown[] | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  return value.map((v) => fromShape(v, member));
}

function mapOf(value: unknown, member: SchemaRef): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = fromShape(v, member);
  return out;
}

function structOf(value: unknown, names: string[], members: SchemaRef[]): Record<string, unknown> {
  const src = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  names.forEach((name, i) => {
    out[name] = fromShape(src[name], members[i]);
  });
  return out;
}

/**
 * Copy only `fields` of a structure (the top-level fields a resource type documents), each
 * converted with its member schema. A listed field the SDK no longer models is emitted null.
 */
export function pickFields(
  value: object,
  schema: SchemaRef,
  fields: readonly string[],
): Record<string, unknown> {
  const sc = deref(schema);
  if (!Array.isArray(sc) || !(sc[0] === 3 || sc[0] === -3)) throw new Error('not a structure schema');
  const names = sc[4] as string[];
  const members = sc[5] as SchemaRef[];
  const src = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const i = names.indexOf(f);
    out[f] = i < 0 ? null : fromShape(src[f], members[i]);
  }
  return out;
}

/** AWS `[{Key, Value}]` → `{key: value}`; `{}` for an empty or missing list (EC2, IAM users/roles). */
export function tagMap(
  tags: ReadonlyArray<{ Key?: string; Value?: string }> | undefined | null,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of tags ?? []) if (t.Key !== undefined) out[t.Key] = t.Value ?? '';
  return out;
}

/** `[]`/undefined → null, otherwise the list (for lists Palisade builds itself). */
export function nonEmpty<T>(list: T[] | undefined | null): T[] | null {
  return list && list.length > 0 ? list : null;
}

/**
 * IAM returns policy documents URL-encoded; emulators sometimes return them decoded (§8).
 * Decode only when the text does not already look like JSON; never form-decode (`+` stays).
 */
export function decodePolicyDocument(doc: string | undefined | null): string | null {
  if (doc === undefined || doc === null) return null;
  if (doc.trimStart().startsWith('{')) return doc;
  try {
    return decodeURIComponent(doc);
  } catch {
    return doc;
  }
}
