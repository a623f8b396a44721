// Hostile policies: each must be contained (bounded time, reported as ERROR, no parent secret
// anywhere in what comes back). See docs/sandbox.md for the boundary being tested.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PyodideSandbox } from '../../src/policy/sandbox/host.js';
import { policy } from '../fixtures/sandbox/helpers.js';

const SECRET = `palisade-fake-secret-${process.pid}-${Date.now()}`;
const TIMEOUT_MS = 1000;
const GRACE_MS = 1000;
// Bounded: timeout + grace + up to two cold interpreter restarts (the previous case may have
// crashed its interpreter; ~3 s each from source on a busy 2-core machine).
const BOUND_MS = TIMEOUT_MS + GRACE_MS + 30_000; // generous: CI machines can be loaded

let sb: PyodideSandbox;
let server: net.Server;
let port = 0;
let connections = 0;
let secretFile = '';
let marker = '';
const seen: string[] = [];

const SOURCES: Record<string, () => string> = {
  env: () => `import os
def policy(r):
    print(dict(os.environ))
    return os.environ["PALISADE_FAKE_SECRET"]
`,
  jsenv: () => `def policy(r):
    import js
    return js.process.env.PALISADE_FAKE_SECRET
`,
  escape: () => `import gc, sys
def policy(r):
    found = []
    for name in ("js", "pyodide_js", "pyodide", "_pyodide_core", "pyodide.ffi"):
        try:
            __import__(name)
            found.append("import " + name)
        except BaseException as e:
            pass
    for o in gc.get_objects():
        if "Js" in type(o).__name__:
            for attr in ("process", "globalThis"):
                try:
                    found.append(repr(dict(getattr(o, attr).env)))
                except BaseException:
                    pass
    print(found)
    raise RuntimeError("escape failed: " + repr(found)[:200])
`,
  files: () => `import os
def policy(r):
    for p in (${JSON.stringify(path.resolve('package.json'))}, "/etc/passwd", "/proc/self/environ", "/proc/1/environ"):
        try:
            print(p, open(p).read()[:200])
        except BaseException as e:
            print(p, type(e).__name__)
    print(os.listdir("/"))
    try:
        open(${JSON.stringify(marker + '-written')}, "w").write("x")
    except BaseException as e:
        print("write", type(e).__name__)
    return open(${JSON.stringify(secretFile)}).read()
`,
  spawn: () => `import os, subprocess
def policy(r):
    try:
        print(subprocess.run(["sh", "-c", "echo $PALISADE_FAKE_SECRET > ${marker}"], capture_output=True).stdout)
    except BaseException as e:
        print(type(e).__name__)
    # pyodide implements os.system with Node's child_process: only the permission model stops it.
    return os.system("echo $PALISADE_FAKE_SECRET > ${marker}")
`,
  socket: () => `import socket, urllib.request
def policy(r):
    try:
        urllib.request.urlopen("http://127.0.0.1:${port}/", timeout=1).read()
    except BaseException as e:
        print(type(e).__name__)
    s = socket.create_connection(("127.0.0.1", ${port}), timeout=1)
    s.sendall(b"hello")
    return True
`,
  loop: () => `def policy(r):
    while True:
        pass
`,
  stuck: () => `import time
def policy(r):
    time.sleep(3600)
`,
  alloc: () => `def policy(r):
    hoard = []
    while True:
        hoard.append(bytearray(16 * 1024 * 1024))
`,
  recurse: () => `def policy(r):
    def f(n):
        return f(n + 1)
    return f(0)
`,
  recurseDeep: () => `import sys
def policy(r):
    sys.setrecursionlimit(10 ** 8)
    def f(n):
        return f(n + 1)
    return f(0)
`,
  print: () => `def policy(r):
    while True:
        print("x" * 1000)
`,
  rawprint: () => `import os
def policy(r):
    while True:
        os.write(1, b"y" * 1000)
        os.write(2, b"z" * 1000)
`,
};

async function load() {
  const res = await sb.request({
    op: 'load',
    mode: 'test',
    globals: [],
    policies: Object.entries(SOURCES).map(([id, src]) => policy(id, src())),
    availableDestinations: null,
    limits: { outputChars: 4096 },
  });
  expect(res.ok).toBe(true);
}

/** Run one hostile policy's test the way the caller does: a crashed request ⇒ that policy ERROR. */
async function run(id: string): Promise<{ status: string; ms: number; res: any }> {
  const t = Date.now();
  const res = await sb.request({
    op: 'test',
    items: [{ policyId: id, tests: [{ name: 'hostile', expectedResult: true, resource: {} }] }],
  });
  const ms = Date.now() - t;
  seen.push(JSON.stringify(res), sb.lastStrayOutput);
  // One policy per request: a crash is this policy's by construction.
  if (res.crashed) return { status: 'ERROR', ms, res };
  expect(res.ok).toBe(true);
  expect(res.results).toHaveLength(1);
  return { status: res.results[0].status, ms, res };
}

describe('hostile policies are contained', () => {
  beforeAll(async () => {
    process.env.PALISADE_FAKE_SECRET = SECRET;
    secretFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'palisade-')), 'secret.txt');
    fs.writeFileSync(secretFile, SECRET);
    marker = path.join(path.dirname(secretFile), 'spawned');
    server = net.createServer((s) => {
      connections++;
      s.destroy();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as net.AddressInfo).port;
    sb = PyodideSandbox.start({
      timeoutMs: TIMEOUT_MS,
      graceMs: GRACE_MS,
      memoryCapMiB: 384,
    });
    await load();
  }, 60_000);

  afterAll(async () => {
    await sb?.close();
    server?.close();
    delete process.env.PALISADE_FAKE_SECRET;
    // No secret in anything the sandbox produced: responses, stray output, child diagnostics.
    const all = seen.join('\n') + (sb?.diagnostics ?? '');
    expect(all).not.toContain(SECRET);
  });

  it.each([
    ['env', 'reads os.environ'],
    ['jsenv', 'reads js.process.env'],
    ['escape', 'hunts for JS proxies to reach process.env'],
    ['files', 'reads files outside what it was given'],
    ['spawn', 'spawns a process'],
    ['socket', 'opens a socket'],
    ['loop', 'loops forever'],
    ['stuck', 'blocks in C code (time.sleep)'],
    ['alloc', 'allocates without bound'],
    ['recurse', 'recurses without bound'],
    ['recurseDeep', 'recurses without bound after raising the recursion limit'],
    ['print', 'prints without bound'],
    ['rawprint', 'writes to fd 1/2 without bound'],
  ])(
    '%s: policy that %s → ERROR in bounded time, no secret',
    async (id) => {
      const { status, ms, res } = await run(id);
      expect(status).toBe('ERROR');
      expect(ms).toBeLessThan(BOUND_MS);
      expect(JSON.stringify(res)).not.toContain(SECRET);
      if (id === 'socket') expect(connections).toBe(0);
      if (id === 'spawn') expect(fs.existsSync(marker)).toBe(false);
      if (id === 'files') {
        // Not a type error on a successful read: the host file is not there at all.
        expect(res.results[0].error).toMatch(/FileNotFoundError/);
        expect(res.results[0].output).toMatch(/package\.json FileNotFoundError/);
        expect(fs.existsSync(`${marker}-written`)).toBe(false);
      }
      // The import guard holds and no reachable JS proxy leads to process.env.
      if (id === 'escape') expect(res.results[0].error).toContain('escape failed: []');
      // On a loaded machine the watchdog may kill it instead (crashed: no results to check).
      if (id === 'print' && !res.crashed) expect(res.results[0].output.length).toBeLessThan(8192);
      if (id === 'rawprint') expect(sb.lastStrayOutput.length).toBeLessThan(9000);
      if (id === 'env') expect(JSON.stringify(res)).toContain('KeyError');
      if (id === 'jsenv') expect(JSON.stringify(res)).toMatch(/not available in the Palisade sandbox/);
      // The sandbox is still usable afterwards (after a crash the last load was replayed).
      if (res.crashed) expect(sb.restarts).toBeGreaterThan(0);
    },
    60_000,
  );

  it('still evaluates a normal policy after all of that', async () => {
    const res = await sb.request({
      op: 'load',
      mode: 'test',
      globals: [],
      policies: [policy('fine', 'def policy(r):\n    return r.get("ok") is True\n')],
    });
    expect(res.ok).toBe(true);
    const out = await sb.request({
      op: 'test',
      items: [{ policyId: 'fine', tests: [{ name: 't', expectedResult: true, resource: { ok: true } }] }],
    });
    seen.push(JSON.stringify(out));
    expect(out.results[0].status).toBe('PASS');
  }, 30_000);
});
