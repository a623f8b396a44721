// dist/wheels ships pycountry without the files no interpreter unpacks (boot.mjs
// SKIPPED_IN_WHEELS): the repacked wheel must unpack to exactly what the full one does.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM module of the sandbox, no types
import { unpackWheel, withoutSkipped } from '../../src/policy/sandbox/boot.mjs';

const WHEELS = new URL('../../vendor/wheels/', import.meta.url);

function unpacked(bytes: Buffer): Map<string, string> {
  const files = new Map<string, string>();
  const fs = {
    mkdirTree: () => undefined,
    writeFile: (p: string, data: Uint8Array) => files.set(p, Buffer.from(data).toString('base64')),
  };
  unpackWheel(fs, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), '/w');
  return files;
}

describe('wheels shipped without skipped files', () => {
  it('pycountry: a fraction of the size, the same files unpacked, byte for byte', () => {
    const full = readFileSync(new URL('pycountry-24.6.1-py3-none-any.whl', WHEELS));
    const small = withoutSkipped(full) as Buffer;
    expect(small.length).toBeLessThan(full.length / 10);
    const a = unpacked(full);
    const b = unpacked(small);
    expect([...b.keys()]).toEqual([...a.keys()]);
    expect(b).toEqual(a);
    expect([...a.keys()]).toContain('/w/pycountry/databases/iso3166-1.json');
    expect([...a.keys()].some((k) => k.includes('/locales/'))).toBe(false);
  });

  it('leaves every other wheel as it is', () => {
    for (const f of readdirSync(WHEELS).filter((n) => n.endsWith('.whl') && !n.startsWith('pycountry')))
      expect(withoutSkipped(readFileSync(new URL(f, WHEELS))), f).toBeNull();
  });
});
