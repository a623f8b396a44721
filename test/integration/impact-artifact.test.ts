/**
 * impact-snapshot: workflow:<file>:<artifact>: the newest successful scan run's artifact, found
 * and downloaded with the official artifact client against the GitHub stand-in (every request and
 * answer checked against GitHub's REST description), unzipped, and its snapshot file picked.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubStub, type GitHubStub } from '../helpers/github-stub.js';

const SNAPSHOT = JSON.stringify({
  resources: [{ ResourceId: 'arn:aws:s3:::b', ResourceType: 'AWS.S3.Bucket' }],
});

/** A zip as upload-artifact makes it, holding the scan's snapshot (built with python3's zipfile). */
function zipOf(files: Record<string, string>): Buffer {
  const b64 = execFileSync(
    'python3',
    [
      '-c',
      'import base64,io,json,sys,zipfile\nb=io.BytesIO()\nz=zipfile.ZipFile(b,"w")\nfor k,v in json.loads(sys.argv[1]).items(): z.writestr(k,v)\nz.close()\nprint(base64.b64encode(b.getvalue()).decode())',
      JSON.stringify(files),
    ],
    { encoding: 'utf8' },
  );
  return Buffer.from(b64.trim(), 'base64');
}

let stub: GitHubStub;
const saved = { ...process.env };

beforeAll(async () => {
  stub = await startGitHubStub({
    artifacts: {
      'palisade-results': zipOf({ 'results.json': '{}' }),
      'palisade-snapshot': zipOf({ 'README.txt': 'scan of 2026-12-03', 'out/snapshot.jsonl': SNAPSHOT }),
    },
  });
  // @actions/github reads the API URL when it is first imported.
  Object.assign(process.env, { GITHUB_API_URL: stub.url, GITHUB_SERVER_URL: 'https://github.com' });
});

afterAll(async () => {
  process.env = saved;
  await stub.close();
});

describe('impact snapshot from the scan workflow', () => {
  it('downloads the named artifact of the newest successful run and picks its snapshot', async () => {
    const { fetchWorkflowSnapshot, parseSnapshotSource } =
      await import('../../src/impact/snapshot-source.js');
    const source = parseSnapshotSource('workflow:scan.yml:palisade-snapshot');
    const file = await fetchWorkflowSnapshot(source as never, {
      token: 'ghs_test',
      repository: 'acme/infra',
      branch: 'main',
    });
    expect(file).toMatch(/snapshot\.jsonl$/);
    expect(readFileSync(file, 'utf8')).toBe(SNAPSHOT);
    const paths = stub.calls.map((c) => `${c.method} ${c.path}`);
    expect(paths[0]).toBe('GET /repos/acme/infra/actions/workflows/scan.yml/runs');
    expect(stub.calls[0].query).toMatchObject({ status: 'success', branch: 'main' });
    expect(paths).toContain('GET /repos/acme/infra/actions/runs/4242/artifacts');
    expect(stub.violations).toEqual([]);
  });

  it('refuses a malformed reference, naming the expected form', async () => {
    const { parseSnapshotSource } = await import('../../src/impact/snapshot-source.js');
    expect(() => parseSnapshotSource('workflow:../x.yml:a')).toThrow(
      /workflow:<workflow file>:<artifact name>/,
    );
    expect(parseSnapshotSource('last-scan.json')).toEqual({ kind: 'file', path: 'last-scan.json' });
  });
});
