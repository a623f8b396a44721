/**
 * What the parent keeps of each resource of a streamed snapshot: where it is (id, type, account,
 * region), in a compact form (the id string plus about 60 bytes a resource, up to ~100 right
 * after an array grows), the first position of each ResourceId (resource_lookup answers with the
 * first, as over a whole file), and which fields the collection errors left unknown
 * (docs/resource-shape.md §2).
 */
import type { CollectionError } from '../model/index.js';

export interface Where {
  resourceId: string;
  resourceType: string;
  accountId: string;
  region: string;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

export function where(resource: unknown, index: number): Where {
  if (resource === null || typeof resource !== 'object' || Array.isArray(resource)) {
    return { resourceId: `<invalid resource #${index}>`, resourceType: '', accountId: '', region: '' };
  }
  const r = resource as Record<string, unknown>;
  return {
    resourceId: str(r.ResourceId),
    resourceType: str(r.ResourceType),
    accountId: str(r.AccountId),
    region: str(r.Region),
  };
}

export class Places {
  private readonly ids: string[] = [];
  /** Per resource: codes of its type, account and region in `names`. */
  private codes = new Uint32Array(3 * 1024);
  private readonly names: string[] = [];
  private readonly code = new Map<string, number>();
  private readonly first = new Map<string, number>();

  get size(): number {
    return this.ids.length;
  }

  /** Records the next resource; returns its position. */
  push(resource: unknown): number {
    const i = this.ids.length;
    const w = where(resource, i);
    if (3 * (i + 1) > this.codes.length) {
      const grown = new Uint32Array(this.codes.length * 2);
      grown.set(this.codes);
      this.codes = grown;
    }
    this.ids.push(w.resourceId);
    this.codes[3 * i] = this.intern(w.resourceType);
    this.codes[3 * i + 1] = this.intern(w.accountId);
    this.codes[3 * i + 2] = this.intern(w.region);
    // Only a real ResourceId is findable (an invalid resource's placeholder is not).
    const id = (resource as { ResourceId?: unknown } | null)?.ResourceId;
    if (typeof id === 'string' && !this.first.has(id)) this.first.set(id, i);
    return i;
  }

  get(i: number): Where {
    return {
      resourceId: this.ids[i],
      resourceType: this.names[this.codes[3 * i]],
      accountId: this.names[this.codes[3 * i + 1]],
      region: this.names[this.codes[3 * i + 2]],
    };
  }

  /** Position of the first resource with this ResourceId, if one has been read. */
  firstOf(id: string): number | undefined {
    return this.first.get(id);
  }

  /** Distinct non-empty values of a field over every resource (snapshot metadata). */
  distinct(field: 'accountId' | 'region'): string[] {
    const k = field === 'accountId' ? 1 : 2;
    const seen = new Set<number>();
    for (let i = 0; i < this.ids.length; i++) seen.add(this.codes[3 * i + k]);
    return [...seen].map((c) => this.names[c]).filter(Boolean);
  }

  private intern(s: string): number {
    let c = this.code.get(s);
    if (c === undefined) {
      c = this.names.length;
      this.names.push(s);
      this.code.set(s, c);
    }
    return c;
  }
}

export interface UnknownField {
  field: string;
  error: string;
}

/**
 * Fields collection errors left unknown. An error with a resourceId flags that resource; one
 * without (a region-wide lookup such as DescribeSnapshots failed) but with `fields` flags every
 * resource of its account, region and type.
 */
export class UnknownFields {
  private readonly byId = new Map<string, UnknownField[]>();
  private readonly byScope = new Map<string, UnknownField[]>();

  get empty(): boolean {
    return this.byId.size === 0 && this.byScope.size === 0;
  }

  /** Adds an error; true when it flags anything. */
  add(e: CollectionError): boolean {
    if (!e || typeof e !== 'object' || !Array.isArray(e.fields) || !e.fields.length) return false;
    const target = e.resourceId ? this.byId : this.byScope;
    const key = e.resourceId ?? scopeKey(e.accountId, e.region, e.resourceType);
    const list = target.get(key) ?? [];
    for (const field of e.fields)
      list.push({ field: String(field), error: `${e.operation} ${e.code}: ${e.message}` });
    target.set(key, list);
    return true;
  }

  for(w: Where): UnknownField[] | undefined {
    if (this.empty) return undefined;
    const a = this.byId.get(w.resourceId);
    const b = this.byScope.get(scopeKey(w.accountId, w.region, w.resourceType));
    return a && b ? [...a, ...b] : (a ?? b);
  }
}

const scopeKey = (accountId: string, region: string, type: string) => `${accountId}|${region}|${type}`;
