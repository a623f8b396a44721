import type { ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PyodideSandbox } from '../../src/policy/sandbox/host.js';
import { childEnv, childNodeFlags, resolveAssets } from '../../src/policy/sandbox/lockdown.js';
import { policy, testItems } from '../fixtures/sandbox/helpers.js';

const SANDBOX_SRC = path.dirname(resolveAssets().childEntry);

describe('sandbox lockdown flags', () => {
  const a = resolveAssets();
  it('finds assets from source', () => {
    expect(a.childEntry).toMatch(/src[\\/]policy[\\/]sandbox[\\/]child\.mjs$/);
    expect(a.pyodideDir).toMatch(/node_modules[\\/]pyodide$/);
    expect(a.wheelsDir).toMatch(/vendor[\\/]wheels$/);
  });
  it('uses the permission model flag of the running Node major', () => {
    expect(childNodeFlags(a, '20.20.2')[0]).toBe('--experimental-permission');
    expect(childNodeFlags(a, '24.1.0')[0]).toBe('--permission');
  });
  it('allows reading only the sandbox directories, no child processes, no codegen', () => {
    const flags = childNodeFlags(a, '24.1.0');
    const reads = flags
      .filter((f) => f.startsWith('--allow-fs-read='))
      .map((f) => f.slice('--allow-fs-read='.length));
    expect(reads.sort()).toEqual(
      [path.dirname(a.childEntry), a.pyodideDir, a.wheelsDir, a.pythonDir]
        .map((p) => path.resolve(p))
        .filter((v, i, s) => s.indexOf(v) === i)
        .sort(),
    );
    expect(
      flags.some(
        (f) =>
          f.startsWith('--allow-fs-write') ||
          f.startsWith('--allow-child-process') ||
          f.startsWith('--allow-addons'),
      ),
    ).toBe(false);
    expect(flags).toContain('--disallow-code-generation-from-strings');
    expect(childEnv()).toEqual({});
  });
});

describe('PyodideSandbox', () => {
  let sb: PyodideSandbox;
  beforeAll(() => {
    sb = PyodideSandbox.start({ timeoutMs: 800, graceMs: 800 });
  });
  afterAll(async () => {
    await sb?.close();
  });

  it('starts in the background and answers requests (one crossing per request)', async () => {
    const info = await sb.ready();
    expect(info.startupMs).toBeGreaterThan(0);
    const load = await sb.request({
      op: 'load',
      mode: 'test',
      globals: [],
      policies: [
        policy(
          'ok',
          'from dateutil import parser\nimport policyuniverse, six\ndef policy(r):\n    print("hello from", r.get("n"))\n    return parser.parse("2024-01-02").year == 2024\n',
        ),
      ],
    });
    expect(load.ok).toBe(true);
    expect(load.policies.ok.loaded).toBe(true);
    const res = await sb.request({
      op: 'test',
      items: [{ policyId: 'ok', tests: [{ name: 't', expectedResult: true, resource: { n: 7 } }] }],
    });
    expect(res.ok).toBe(true);
    expect(res.results[0].status).toBe('PASS');
    expect(res.results[0].output).toContain('hello from 7');
  }, 30_000);

  it('reports a request-level error without dying', async () => {
    const res = await sb.request({ op: 'no-such-op' });
    expect(res.ok).toBe(false);
  });

  it('times out a looping policy as ERROR and stays usable', async () => {
    await sb.request({
      op: 'load',
      mode: 'test',
      globals: [],
      policies: [
        policy('loop', 'def policy(r):\n    while True:\n        pass\n'),
        policy('fine', 'def policy(r):\n    return True\n'),
      ],
    });
    const t = Date.now();
    const res = await sb.request({ op: 'test', items: testItems(['loop', 'fine']) });
    // Bounded by the 1 s per-call limit, not the 30 s test timeout (generous for loaded machines).
    expect(Date.now() - t).toBeLessThan(20_000);
    expect(res.ok).toBe(true);
    expect(res.interrupted).toBe(true); // said by the watchdog, not by Python
    expect(res.results.map((r: any) => r.status)).toEqual(['ERROR', 'PASS']);
    expect(sb.restarts).toBe(0);
  }, 30_000);

  it('ends a policy that swallows the interrupt within deadline + grace, whatever it calls', async () => {
    await sb.request({
      op: 'load',
      mode: 'test',
      globals: [],
      policies: [
        policy(
          'stubborn',
          'def policy(r):\n    while True:\n        try:\n            while True:\n                pass\n        except BaseException:\n            pass\n',
        ),
      ],
    });
    const before = sb.restarts;
    const t = Date.now();
    const res = await sb.request({ op: 'test', items: testItems(['stubborn']) });
    expect(res).toMatchObject({ ok: false, crashed: true, interrupted: true });
    expect(sb.restarts).toBe(before + 1);
    // 800 ms deadline + 800 ms grace; generous slack for a loaded machine, far below any backstop.
    expect(Date.now() - t).toBeLessThan(1600 + 5000);
  }, 30_000);

  it('a reset request starts from the post-boot checkpoint: nothing an earlier policy did survives', async () => {
    await sb.request({
      op: 'load',
      mode: 'test',
      globals: [],
      policies: [
        policy(
          'tamper',
          [
            'import json, sys, os',
            'json.dumps = lambda *a, **k: "forged"',
            'sys.modules["planted"] = object()',
            'open("/tmp/planted.txt", "w").write("x")',
            'os.chdir("/lib")',
            'def policy(r):',
            '    return True',
            '',
          ].join('\n'),
        ),
      ],
    });
    const writes = await sb.request(
      {
        op: 'load',
        mode: 'test',
        globals: [],
        policies: [
          policy(
            'probe',
            [
              'import json, sys, os',
              'CWD = os.getcwd()',
              'STATE = (json.dumps([1]), "planted" in sys.modules, [n for n in os.listdir("/tmp") if not n.startswith("palisade-globals-")])',
              'def policy(r):',
              '    assert CWD != "/lib", CWD',
              '    assert STATE == ("[1]", False, []), STATE',
              '    for p in ("/palisade/harness.py", "/home/pyodide/x.py", "/lib/python3.13/json/__init__.py"):',
              '        try:',
              '            open(p, "w").write("x")',
              '        except OSError:',
              '            continue',
              '        raise AssertionError("wrote " + p)',
              '    return True',
              '',
            ].join('\n'),
          ),
        ],
      },
      { reset: true },
    );
    expect(writes.policies.probe.loaded).toBe(true);
    const res = await sb.request({ op: 'test', items: testItems(['probe']) });
    expect(res.results[0].functions.policy).toEqual({ output: true });
  }, 30_000);

  it('after it frees its reset point, a reset still starts from the post-boot state (on a fresh interpreter)', async () => {
    // The child's own messages, which the host keeps to itself: a `ready` for every worker (interpreter)
    // that boots, and the raw answer to a request sent past the host below.
    type ChildMsg = { type?: string; id?: number; json?: string | Uint8Array; crashed?: boolean };
    await sb.ready(); // the first worker's boot is behind us
    const child = (sb as unknown as { child: ChildProcess | null }).child!;
    const boots: ChildMsg[] = [];
    const onBoot = (m: ChildMsg) => {
      if (m?.type === 'ready') boots.push(m);
    };
    const next = (match: (m: ChildMsg) => boolean) =>
      new Promise<ChildMsg>((resolve) => {
        const on = (m: ChildMsg) => {
          if (!match(m)) return;
          child.off('message', on);
          resolve(m);
        };
        child.on('message', on);
      });
    child.on('message', onBoot);
    try {
      const tamper = policy(
        'tamper2',
        'import json\njson.dumps = lambda *a, **k: "forged"\ndef policy(r):\n    return True\n',
      );
      const probe = policy(
        'probe2',
        'import json\nSTATE = json.dumps([1])\ndef policy(r):\n    assert STATE == "[1]", STATE\n    return True\n',
      );
      const load = (p: object, opts: object) =>
        sb.request({ op: 'load', mode: 'test', globals: [], policies: [p] }, opts);
      expect((await load(tamper, { reset: true, dropCheckpoint: true })).ok).toBe(true);
      expect(boots).toHaveLength(0);
      const before = sb.restarts;
      const probed = await load(probe, { reset: true });
      // The reset went through a new worker: the one that ran `tamper2` had nothing to restore.
      expect(boots).toHaveLength(1);
      expect(probed.policies.probe2.loaded).toBe(true);
      expect(probed.crashed).toBe(false);
      expect(sb.restarts).toBe(before); // not a crash: the host asked for a fresh interpreter
      const res = await sb.request({ op: 'test', items: testItems(['probe2']) });
      expect(res.results[0].functions.policy).toEqual({ output: true });
      // A reset point that was kept is restored in place: no new worker.
      expect((await load(probe, { reset: true })).policies.probe2.loaded).toBe(true);
      expect(boots).toHaveLength(1);

      // The worker itself let go of it: a reset sent straight to the child after a dropping load
      // (without the host's `fresh`) finds nothing to restore, and that worker is replaced.
      expect((await load(tamper, { reset: true, dropCheckpoint: true })).ok).toBe(true);
      const RAW_ID = 1e9; // far from the host's own request ids
      const answered = next((m) => m?.type === 'response' && m.id === RAW_ID);
      const rebooted = next((m) => m?.type === 'ready');
      child.send({
        type: 'request',
        id: RAW_ID,
        json: Buffer.from(JSON.stringify({ op: 'load', mode: 'test', globals: [], policies: [] })),
        deadlineMs: 10_000,
        reset: true,
        checkpoint: false,
        layer: false,
        dropCheckpoint: false,
      });
      const raw = await answered;
      const body = JSON.parse(
        typeof raw.json === 'string' ? raw.json : Buffer.from(raw.json!).toString('utf8'),
      );
      expect(raw.crashed).toBe(true);
      expect(body.error).toMatch(/reset asked for after the checkpoint was dropped/);
      await rebooted;
      expect(boots).toHaveLength(2);
    } finally {
      child.off('message', onBoot);
    }
  }, 60_000);

  it('kills a policy stuck in C code, reports it, restarts and replays the last load', async () => {
    await sb.request({
      op: 'load',
      mode: 'test',
      globals: [],
      policies: [
        policy('fine', 'def policy(r):\n    return True\n'),
        policy(
          'stuck',
          'import collections, itertools\ndef policy(r):\n    collections.deque(itertools.repeat(1), maxlen=0)\n',
        ),
      ],
    });
    const before = sb.restarts;
    const crashed = await sb.request({ op: 'test', items: testItems(['stuck']) });
    expect(crashed).toMatchObject({ ok: false, crashed: true });
    expect(sb.restarts).toBe(before + 1);
    // The fresh interpreter got the last `load` replayed: policies are there without a new load.
    const after = await sb.request({ op: 'test', items: testItems(['fine']) });
    expect(after.ok).toBe(true);
    expect(after.results[0].status).toBe('PASS');
  }, 60_000);

  it('replays every snapshot chunk after a crash, so no resource is lost', async () => {
    const resources = ['a', 'b', 'c', 'd', 'e'].map((n) => ({ ResourceId: n, ResourceType: 'T' }));
    await sb.request({
      op: 'load',
      mode: 'evaluate',
      globals: [],
      policies: [
        policy('fine', 'def policy(r):\n    return True\n'),
        policy(
          'stuck',
          'import collections, itertools\ndef policy(r):\n    collections.deque(itertools.repeat(1), maxlen=0)\n',
        ),
      ],
    });
    await sb.request({ op: 'snapshot', resources: resources.slice(0, 2) });
    await sb.request({ op: 'snapshot', resources: resources.slice(2), append: true });
    const crashed = await sb.request({ op: 'evaluate', start: 0, end: 5 });
    expect(crashed).toMatchObject({ ok: false, crashed: true });
    // The fresh interpreter has the load and both chunks: all five resources evaluate.
    const after = await sb.request({ op: 'evaluate', start: 0, end: 5, only: ['fine'] });
    expect(after.ok).toBe(true);
    expect(after.passed.fine).toEqual([0, 1, 2, 3, 4]);
  }, 60_000);
});

describe('PyodideSandbox that cannot start', () => {
  it('reports the start error instead of restarting a broken worker forever', async () => {
    // A sandbox directory missing one module: the worker dies at import, before it is ready.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'palisade-broken-sandbox-'));
    for (const f of ['child.mjs', 'worker.mjs', 'boot.mjs'])
      copyFileSync(path.join(SANDBOX_SRC, f), path.join(dir, f));
    const sb = PyodideSandbox.start({ assets: { childEntry: path.join(dir, 'child.mjs') }, snapshot: false });
    try {
      await expect(sb.ready()).rejects.toThrow(/failed to start: sandbox worker/);
      await expect(sb.request({ op: 'prewarm', globals: [], policies: [] })).rejects.toThrow(
        /failed to start/,
      );
    } finally {
      await sb.close();
    }
  }, 60_000);
});
