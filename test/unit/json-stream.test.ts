// The JSON snapshot scanner (src/snapshot/json-stream.ts) against JSON.parse: same values for
// every way the bytes can be cut into chunks; damage found where it is.
import { describe, expect, it } from 'vitest';
import { JsonDamage, jsonSnapshotEvents, type JsonEvent } from '../../src/snapshot/json-stream.js';

async function* chunks(text: string, size: number): AsyncGenerator<Buffer> {
  const bytes = Buffer.from(text, 'utf8');
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function events(text: string, size: number): Promise<JsonEvent[]> {
  const out: JsonEvent[] = [];
  for await (const e of jsonSnapshotEvents(chunks(text, size))) out.push(e);
  return out;
}

const resources = [
  { ResourceId: 'a', Tags: { 'k,}]': 'v"[{' }, Nested: [[1, 2], { x: [] }], Esc: 'back\\slash \\" quote' },
  { ResourceId: 'ü€𝄞', Empty: {}, List: [], Num: -1.5e3, T: true, N: null },
  'a bare string',
  42,
];

describe('jsonSnapshotEvents', () => {
  it.each([1, 2, 3, 7, 64, 4096])(
    'reads a bare array like JSON.parse, in chunks of %i bytes',
    async (size) => {
      const text = ` \n[ ${resources.map((r) => JSON.stringify(r, null, 1)).join(' ,\n')} ]\n`;
      const got = await events(text, size);
      expect(got[0]).toEqual({ kind: 'resources' });
      expect(got.slice(1).map((e) => (e.kind === 'resource' ? e.value : e))).toEqual(JSON.parse(text));
    },
  );

  it.each([1, 5, 64])('reads the object form, members in any order, in chunks of %i bytes', async (size) => {
    const doc = {
      metadata: { source: 'scan', regions: ['x'] },
      resources,
      errors: [{ code: 'E,]' }],
      extra: 'ok',
    };
    const text = JSON.stringify(doc, null, 2);
    const got = await events(text, size);
    const res = got.filter((e) => e.kind === 'resource').map((e) => (e as { value: unknown }).value);
    const members = Object.fromEntries(
      got
        .filter((e) => e.kind === 'member')
        .map((e) => [(e as { key: string }).key, (e as { value: unknown }).value]),
    );
    expect(res).toEqual(resources);
    expect(members).toEqual({ metadata: doc.metadata, errors: doc.errors, extra: 'ok' });
  });

  it('an empty resources array still announces itself', async () => {
    expect(await events('{"resources": [], "errors": []}', 3)).toEqual([
      { kind: 'resources' },
      { kind: 'member', key: 'errors', value: [] },
    ]);
    expect(await events('[]', 1)).toEqual([{ kind: 'resources' }]);
  });

  it('stops at the damage, after yielding what came before it, and says at which byte', async () => {
    const text = JSON.stringify(resources);
    for (let cut = 2; cut < text.length - 1; cut += 3) {
      const got: JsonEvent[] = [];
      let damage: JsonDamage | undefined;
      try {
        for await (const e of jsonSnapshotEvents(chunks(text.slice(0, cut), 4))) got.push(e);
      } catch (e) {
        damage = e as JsonDamage;
      }
      expect(damage, `cut at ${cut}`).toBeInstanceOf(JsonDamage);
      // Every element yielded is a whole one, in order.
      const values = got.filter((e) => e.kind === 'resource').map((e) => (e as { value: unknown }).value);
      expect(values).toEqual(resources.slice(0, values.length));
      expect(damage!.offset).toBeLessThanOrEqual(Buffer.byteLength(text.slice(0, cut)));
    }
    const broken = '[{"a": 1}, {"b": tru}, {"c": 3}]';
    const seen: JsonEvent[] = [];
    await expect(async () => {
      for await (const e of jsonSnapshotEvents(chunks(broken, 5))) seen.push(e);
    }).rejects.toThrow('invalid JSON (a malformed value) at byte 11');
    expect(seen).toEqual([{ kind: 'resources' }, { kind: 'resource', value: { a: 1 }, text: '{"a": 1}' }]);
  });

  it('refuses what is not a snapshot, and text after the end', async () => {
    await expect(events('"just a string"', 4)).rejects.toThrow('expected [ or {');
    await expect(events('[1] x', 4)).rejects.toThrow('text after the end');
    await expect(events('', 4)).rejects.toThrow('the file is empty');
  });
});
