/**
 * Find any of a small, fixed set of needles in a very large text in one pass.
 *
 * A report can be hundreds of MB and there are ~100 needles (a dozen encodings of a handful of
 * secrets): `indexOf` per needle costs ~40 ms per 200 MB each, seconds in all. Instead the text
 * is sampled: with every needle at least `shortest` long, any occurrence covers one of the text
 * positions 0, s, 2s, ... (s = shortest - gram + 1) together with the `gram` characters after
 * it. So only those positions are hashed and looked up among the hashes of every needle's
 * `gram`-long pieces at offsets 0..s-1; a hit is confirmed with `startsWith`.
 */
export interface Needle<T> {
  text: string;
  tag: T;
}

interface Piece<T> {
  needle: Needle<T>;
  /** Where the hashed piece starts inside the needle. */
  offset: number;
}

/**
 * Longest piece hashed per sampled position. Longer pieces give fewer false candidates but cost
 * more per position: on 200 MB, 4 characters took ~175 ms and 8 took ~400 ms.
 */
const MAX_GRAM = 4;
const FILTER_BITS = 1 << 20;
const FILTER_MASK = FILTER_BITS - 1;

export class NeedleSearch<T> {
  private readonly gram: number;
  private readonly stride: number;
  private readonly pieces = new Map<number, Piece<T>[]>();
  /** One bit per hash (low bits): most sampled positions are rejected here, without a Map lookup. */
  private readonly filter = new Uint32Array(FILTER_BITS >>> 5);

  constructor(needles: readonly Needle<T>[]) {
    const usable = needles.filter((n) => n.text.length > 0);
    const shortest = usable.length ? Math.min(...usable.map((n) => n.text.length)) : 0;
    // At most half the shortest needle, so that the stride skips most of the text.
    this.gram = Math.min(MAX_GRAM, Math.ceil(shortest / 2));
    this.stride = shortest - this.gram + 1;
    for (const needle of usable) {
      for (let offset = 0; offset < this.stride; offset++) {
        const key = hashAt(needle.text, offset, this.gram);
        this.filter[(key & FILTER_MASK) >>> 5] |= 1 << (key & 31);
        const bucket = this.pieces.get(key);
        if (bucket) bucket.push({ needle, offset });
        else this.pieces.set(key, [{ needle, offset }]);
      }
    }
  }

  /** A needle that occurs in `text`, or null when none does. */
  find(text: string): Needle<T> | null {
    if (this.pieces.size === 0) return null;
    const { gram, stride, pieces, filter } = this;
    for (let at = 0; at + gram <= text.length; at += stride) {
      const key = hashAt(text, at, gram);
      if ((filter[(key & FILTER_MASK) >>> 5] & (1 << (key & 31))) === 0) continue;
      const bucket = pieces.get(key);
      if (bucket === undefined) continue;
      for (const { needle, offset } of bucket) {
        const start = at - offset;
        if (start >= 0 && text.startsWith(needle.text, start)) return needle;
      }
    }
    return null;
  }
}

function hashAt(text: string, start: number, length: number): number {
  let h = 0;
  for (let i = start; i < start + length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}
