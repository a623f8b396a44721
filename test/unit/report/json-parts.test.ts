import { describe, expect, it } from 'vitest';
import { jsonParts } from '../../../src/report/json.js';

describe('jsonParts', () => {
  it('joins to exactly JSON.stringify(value, null, 2), runs of small elements and large ones alike', () => {
    const values: unknown[] = [
      {
        a: [1, 2, 3],
        b: Array.from({ length: 700 }, (_, i) => ({ x: i, y: [i, { z: 'q\n' }], u: undefined })),
      },
      Array.from({ length: 300 }, (_, i) =>
        i % 7 === 0 ? Array.from({ length: 100 }, (_, k) => k) : { i, f: () => 1, n: null },
      ),
      [undefined, , 3, Array.from({ length: 70 }, () => ({ deep: [1, [2, [3]]] }))],
      { nested: { more: Array.from({ length: 600 }, (_, i) => `s${i}`) } },
      [],
      {},
    ];
    for (const v of values) expect([...jsonParts(v)].join('')).toBe(JSON.stringify(v, null, 2));
  });

  it('keeps pieces to whole elements: a large array comes in several pieces, none splitting a value', () => {
    const v = {
      failing: Array.from({ length: 1000 }, (_, i) => ({ resourceId: `arn:aws:s3:::bucket-${i}` })),
    };
    const parts = [...jsonParts(v)];
    expect(parts.length).toBeGreaterThan(3);
    for (let i = 0; i < 1000; i++)
      expect(parts.some((p) => p.includes(`"arn:aws:s3:::bucket-${i}"`))).toBe(true);
  });
});
