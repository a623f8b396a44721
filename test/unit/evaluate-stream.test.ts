// Evaluation as a stream of blocks (policy/evaluate.ts): an interpreter holds one block at a time,
// and whatever the block size, the number of interpreters or where the file puts its collection
// errors, the findings and stats are those of one interpreter holding the whole snapshot.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CollectionError } from '../../src/model/index.js';
import { evaluateSnapshot, evaluateSnapshotFile } from '../../src/policy/evaluate.js';
import { NativePythonSandbox } from '../../src/policy/sandbox/native.js';
import { policySpec, snapshotOf } from './harness-fixtures.js';

const started: NativePythonSandbox[] = [];
const start = () => {
  const sb = new NativePythonSandbox();
  started.push(sb);
  return sb;
};
afterAll(() => Promise.all(started.map((s) => s.close())));

const node = (id: string, next: string | null, extra: Record<string, unknown> = {}) => ({
  ResourceType: 'Test.Node',
  ResourceId: id,
  AccountId: '1',
  Region: 'eu-west-1',
  Next: next,
  ...extra,
});

/**
 * Lookups forwards and backwards across any block boundary, a chain of two, an id that is not in
 * the snapshot, a duplicated id (the first one answers), and a lookup from title().
 */
const resources = [
  node('a', 'f', { Label: 'a' }), // forwards, far
  node('b', 'a', { Open: true, Label: 'b' }), // backwards
  node('c', 'missing'), // absent: BadLookup
  node('d', 'e', { Label: 'd' }), // chain: e names f
  node('e', 'f', { Open: true, Label: 'e-first' }),
  node('f', null, { Open: true, Label: 'f' }),
  node('e', 'a', { Open: false, Label: 'e-second' }), // same id as the 5th: never what a lookup of e finds
  node('g', 'e', { Label: 'g' }),
  node('h', 'b', { Label: 'h' }),
];
const snapshot = snapshotOf(resources);
const policies = [
  policySpec('Chain', 'policies/lookup_chain.py', { resourceTypes: ['Test.Node'] }),
  policySpec('Swallow', 'policies/lookup_swallow.py', { resourceTypes: ['Test.Node'] }),
];
const view = (o: { findings: { policyId: string; resourceId: string; status: string; title: string }[] }) =>
  o.findings.map((f) => `${f.policyId} ${f.resourceId} ${f.status} ${f.title}`);

describe('streamed evaluation', () => {
  it('answers resource_lookup across blocks and interpreters as one interpreter with the whole snapshot does', async () => {
    const whole = await evaluateSnapshot(snapshot, policies, start(), { includePassed: true });
    expect(whole.specErrors).toEqual([]);
    // What one interpreter holding everything says (the reference the blocks must match).
    expect(view(whole)).toEqual([
      'Chain a FAIL a -> f (f)',
      'Swallow a FAIL Swallow',
      'Chain b PASS ',
      'Swallow b PASS ',
      'Chain c PASS ',
      'Swallow c PASS ',
      'Chain d FAIL d -> e (e-first)',
      'Swallow d FAIL Swallow',
      'Chain e FAIL e -> f (f)',
      'Swallow e FAIL Swallow',
      'Chain f PASS ',
      'Swallow f PASS ',
      'Chain e PASS ',
      'Swallow e PASS ',
      'Chain g FAIL g -> e (e-first)',
      'Swallow g FAIL Swallow',
      'Chain h FAIL h -> b (b)',
      'Swallow h FAIL Swallow',
    ]);
    for (const snapshotChunk of [1, 2, 3, 4]) {
      for (const jobs of [1, 3]) {
        const out = await evaluateSnapshot(snapshot, policies, start(), {
          includePassed: true,
          snapshotChunk,
          parallel: { jobs, minShard: 1, start },
        });
        expect({ snapshotChunk, jobs, findings: view(out) }).toEqual({
          snapshotChunk,
          jobs,
          findings: view(whole),
        });
        expect(out.stats).toEqual(whole.stats);
      }
    }
  });

  it('follows a policy through many lookups outside its block (one new id a round)', async () => {
    // Twelve links read before the node that walks them, none looked up by anything else: the
    // node's call needs twelve rounds, each finding the next id.
    const links = Array.from({ length: 12 }, (_, i) => ({
      ...node(`l${i}`, i < 11 ? `l${i + 1}` : null, i === 11 ? { Open: true } : {}),
      ResourceType: 'Test.Link',
    }));
    const chain = [...links, node('walker', 'l0')];
    const walk = [policySpec('Walk', 'policies/lookup_walk.py', { resourceTypes: ['Test.Node'] })];
    const whole = await evaluateSnapshot(snapshotOf(chain), walk, start(), { includePassed: true });
    const blocks = await evaluateSnapshot(snapshotOf(chain), walk, start(), {
      includePassed: true,
      snapshotChunk: 1,
    });
    expect(view(whole)).toEqual(['Walk walker FAIL Walk']);
    expect(view(blocks)).toEqual(view(whole));
  });

  it('answers ERROR, never nothing, where a policy did not load in one of the interpreters', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'palisade-flaky-'));
    const py = path.join(dir, 'loads_once.py');
    const marker = path.join(dir, 'loaded');
    writeFileSync(
      py,
      `import os\nif os.path.exists(${JSON.stringify(marker)}):\n    raise RuntimeError("second load")\nopen(${JSON.stringify(marker)}, "w").close()\n\ndef policy(resource):\n    return True\n`,
    );
    const flaky = [
      policySpec('LoadsOnce', 'policies/bucket_name.py', {
        pythonFile: py,
        specFile: py.replace(/py$/, 'yml'),
      }),
    ];
    const many = Array.from({ length: 60 }, (_, i) => node(`m${i}`, null));
    // The extra interpreter loads only once the first has loaded, so it is the one the policy
    // fails in; the first takes 20 ms a block, so the extra, once loaded, still finds blocks.
    let firstLoaded: () => void = () => undefined;
    const loadedFirst = new Promise<void>((r) => (firstLoaded = r));
    const later = () => {
      const inner = start();
      return {
        request: async (req: object) => (await loadedFirst, inner.request(req)),
        close: () => inner.close(),
      };
    };
    const first = start();
    const slow = {
      request: async (req: { op?: string; policies?: unknown[] }) => {
        if (req.op === 'evaluate') await new Promise((r) => setTimeout(r, 20));
        const res = await first.request(req);
        if (req.op === 'load' && req.policies?.length) firstLoaded();
        return res;
      },
      close: () => first.close(),
    };
    const out = await evaluateSnapshot(snapshotOf(many), flaky, slow, {
      includePassed: true,
      snapshotChunk: 1,
      parallel: { jobs: 2, minShard: 1, start: later },
    });
    expect(out.specErrors).toEqual([]); // it loaded in the first interpreter
    expect(out.stats.evaluations).toBe(60); // every resource answered, somewhere
    const errors = out.findings.filter((f) => f.status === 'ERROR');
    expect(errors.length).toBeGreaterThan(0); // the blocks the second interpreter took
    for (const f of errors) expect(f.error).toMatch(/did not load in this interpreter/);
  });

  it('answers calls waiting for the end of the stream a block at a time, not the whole snapshot at once', async () => {
    const inner = start();
    let largest = 0;
    const watched = {
      request: (req: { op?: string; resources?: unknown[] }) => {
        if (req.op === 'snapshot') largest = Math.max(largest, req.resources?.length ?? 0);
        return inner.request(req);
      },
      close: () => inner.close(),
    };
    const many = Array.from({ length: 10 }, (_, i) => node(`n${i}`, null));
    const out = await evaluateSnapshot(
      snapshotOf(many),
      [policySpec('Missing', 'policies/lookup_missing.py', { resourceTypes: ['Test.Node'] })],
      watched,
      { includePassed: true, snapshotChunk: 3 },
    );
    expect(out.findings.map((f) => `${f.resourceId} ${f.status}`)).toEqual(
      many.map((r) => `${r.ResourceId} FAIL`),
    );
    expect(largest).toBe(3);
  });

  it('re-evaluates resources a collection error flags after they were read (files with errors last)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'palisade-stream-'));
    const bucket = (name: string) => ({
      ResourceType: 'AWS.S3.Bucket',
      ResourceId: `arn:aws:s3:::${name}`,
      Name: name,
      Policy: null,
      AccountId: '1',
      Region: 'us-east-1',
    });
    const buckets = ['one', 'two', 'three', 'four'].map(bucket);
    const error: CollectionError = {
      accountId: '1',
      region: 'us-east-1',
      resourceType: 'AWS.S3.Bucket',
      resourceId: 'arn:aws:s3:::two',
      operation: 's3:GetBucketPolicy',
      code: 'AccessDenied',
      message: 'not allowed',
      fields: ['Policy'],
    };
    const lines = (items: object[]) => items.map((o) => JSON.stringify(o)).join('\n') + '\n';
    const first = path.join(dir, 'errors-first.jsonl');
    const last = path.join(dir, 'errors-last.jsonl');
    writeFileSync(first, lines([{ error }, ...buckets.map((resource) => ({ resource }))]));
    writeFileSync(last, lines([...buckets.map((resource) => ({ resource })), { error }]));
    const read = [
      policySpec('ReadsPolicy', 'policies/bucket_policy.py'),
      policySpec('ReadsName', 'policies/bucket_name.py'),
    ];
    const opts = { includePassed: true, snapshotChunk: 1 };
    const a = await evaluateSnapshotFile(first, read, start(), opts);
    const b = await evaluateSnapshotFile(last, read, start(), opts);
    a.close();
    b.close();
    const two = b.findings.find((f) => f.policyId === 'ReadsPolicy' && f.resourceId === 'arn:aws:s3:::two');
    expect(two?.status).toBe('ERROR');
    expect(two?.error).toMatch(/^Policy read field \[Policy\], which could not be collected/);
    expect(b.findings).toEqual(a.findings);
    expect(b.stats).toEqual(a.stats);
    expect(b.errors).toEqual([error]);
  });

  it('an added interpreter that cannot start leaves the pool: the others evaluate everything, and the run says so', async () => {
    const whole = await evaluateSnapshot(snapshot, policies, start(), { includePassed: true });
    // One added interpreter dies at once (its process cannot start), one throws in the factory.
    const broken = () => {
      const sb = start();
      sb.request = async () => ({ ok: false, error: 'sandbox failed to start: no memory\nat boot' });
      return sb;
    };
    let calls = 0;
    const flaky = () => {
      if (++calls === 2) throw new Error('spawn EAGAIN');
      return broken();
    };
    for (const factory of [broken, flaky]) {
      const out = await evaluateSnapshot(snapshot, policies, start(), {
        includePassed: true,
        snapshotChunk: 2,
        parallel: { jobs: 3, minShard: 1, start: factory },
      });
      expect(view(out)).toEqual(view(whole));
      expect(out.stats).toEqual(whole.stats);
      expect(out.notices.length).toBeGreaterThan(0);
      for (const n of out.notices)
        expect(n).toMatch(/^an added interpreter \(--jobs\) could not start and was left out: /);
    }
    expect(calls).toBeGreaterThanOrEqual(2);
  });
});
