import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateGate } from '../../../src/gate.js';
import { mergeResults } from '../../../src/report/merge.js';
import {
  jsonParts,
  parseResults,
  readResultsJson,
  resultsJsonParts,
  ResultsFormatError,
} from '../../../src/report/json.js';
import { buildSarif } from '../../../src/report/sarif.js';
import { writeReports } from '../../../src/report/write.js';
import { expectValidSarif } from '../../helpers/sarif-validator.js';
import { bucket, collectionError, finding, policy, results, testResult } from './fixtures.js';

const env = { GITHUB_RUN_ID: '7' };
const snap = (ids: string[]) => ({
  source: 'scan' as const,
  accounts: ids.map((id) => ({ id })),
  regions: ['eu-west-1'],
  startedAt: '2026-01-01T00:00:00Z',
  finishedAt: '2026-01-01T00:01:00Z',
  apiCalls: { 's3:ListBuckets': 1 },
  partial: false,
});

describe('mergeResults', () => {
  const a = results({
    shard: 'eu',
    policies: [policy('P')],
    snapshot: snap(['111']),
    findings: [finding('P', bucket('a'), { accountId: '111' })],
    startedAt: '2026-01-01T00:00:00.000Z',
  });
  const b = results({
    shard: 'us',
    policies: [policy('P'), policy('Q')],
    snapshot: snap(['111']),
    findings: [finding('Q', bucket('b'), { accountId: '111', region: 'us-east-1' })],
    collectionErrors: [collectionError({ accountId: '111', region: 'us-east-1' })],
    partial: true,
    finishedAt: '2026-01-03T00:00:00.000Z',
  });
  const c = results({ snapshot: snap(['222']), policies: [policy('P')] }); // unlabelled shard, no findings

  it('unions policies, findings, errors and snapshot metadata', () => {
    const m = mergeResults([a, b, c]);
    expect(m.policies.map((p) => p.policyId)).toEqual(['P', 'Q']);
    expect(m.findings).toHaveLength(2);
    expect(m.partial).toBe(true);
    expect(m.startedAt).toBe('2026-01-01T00:00:00.000Z');
    expect(m.finishedAt).toBe('2026-01-03T00:00:00.000Z');
    expect(m.snapshot?.apiCalls['s3:ListBuckets']).toBe(3);
    expect(m.snapshot?.accounts.map((x) => x.id)).toEqual(['111', '222']);
  });

  it('keeps one SARIF run per (account, shard) category, including empty shards', () => {
    const log = expectValidSarif(buildSarif(mergeResults([a, b, c]), { env }).log);
    expect(log.runs.map((r) => r.automationDetails?.id)).toEqual([
      'palisade/scan/111/eu/7',
      'palisade/scan/111/us/7',
      'palisade/scan/222/all/7',
    ]);
    expect(log.runs[1].invocations?.[0].toolExecutionNotifications?.length).toBeGreaterThan(0); // its error stays visible
    expect(log.runs[2].results).toEqual([]);
  });

  it('collapses shards with the same label into one run and one finding per fingerprint', () => {
    const dup = finding('P', bucket('a'), { accountId: '111', status: 'ERROR' });
    const x = results({
      policies: [policy('P')],
      findings: [finding('P', bucket('a'), { accountId: '111' })],
    });
    const y = results({
      policies: [policy('P')],
      findings: [dup, finding('P', bucket('z'), { accountId: '111' })],
    });
    const m = mergeResults([x, y]);
    expect(m.findings).toHaveLength(2);
    expect(m.findings.find((f) => f.resourceId === bucket('a'))?.status).toBe('FAIL');
    const log = expectValidSarif(buildSarif(m, { env }).log);
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0].results).toHaveLength(2);
  });

  it('merges test shards', () => {
    const m = mergeResults([
      results({ mode: 'test', tests: [testResult('P', 't1')] }),
      results({ mode: 'test', tests: [testResult('Q', 't1', { passed: false, status: 'FAIL' })] }),
    ]);
    expect(m.tests).toHaveLength(2);
    expect(evaluateGate(m, { failOn: 'none' }).failed).toBe(true);
    expectValidSarif(buildSarif(m, { env }).log);
  });

  it('handles zero and one input', () => {
    expect(mergeResults([]).findings).toEqual([]);
    expect(mergeResults([a])).toBe(a);
  });
});

describe('results.json', () => {
  it('round-trips', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'palisade-json-'));
    const r = results({ findings: [finding('P', bucket('a'))], policies: [policy('P')] });
    // As the run writes it: through writeReports.
    await writeReports(r, {
      outputDir: path.join(dir, 'sub'),
      env,
      sarifFile: null,
      htmlFile: null,
      summaryFile: null,
      stepSummaryFile: null,
    });
    expect(await readResultsJson(path.join(dir, 'sub', 'results.json'))).toEqual(r);
  });

  it('is written in pieces of whole values and read back as a stream, whatever its size', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'palisade-json-'));
    const findings = Array.from({ length: 3000 }, (_, i) => finding('P', bucket(`b-${i}`)));
    const r = results({ findings, policies: [policy('P')], notices: ['a "quoted"\nnotice'] });
    const parts = [...resultsJsonParts(r)];
    expect(parts.length).toBeGreaterThan(3000); // one piece per finding, never one string
    expect(JSON.parse(parts.join(''))).toEqual(JSON.parse(JSON.stringify(r)));
    // Each finding is a piece of its own, whole: the secret check reads piece by piece (a secret
    // never straddles two), and no piece is larger than one finding, however many there are.
    expect(parts.filter((p) => p.includes('"fingerprint":'))).toEqual(
      findings.map((f, i) => `${i ? ',' : '['}\n    ${JSON.stringify(f)}`),
    );
    // In the file, each finding is one compact line; every other member is laid out as
    // JSON.stringify(results, null, 2) lays it out.
    const text = parts.join('');
    const lines = text.split('\n');
    const at = lines.indexOf('  "findings": [');
    expect(lines.slice(at + 1, at + 1 + findings.length + 1)).toEqual([
      ...findings.map((f, i) => `    ${JSON.stringify(f)}${i < findings.length - 1 ? ',' : ''}`),
      '  ],',
    ]);
    expect(text.replace(/"findings": \[\n[^]*?\n {2}\]/, '"findings": []')).toBe(
      `${JSON.stringify({ ...r, findings: [] }, null, 2)}\n`,
    );
    await writeFile(path.join(dir, 'results.json'), parts.join(''));
    expect(await readResultsJson(path.join(dir, 'results.json'))).toEqual(r);
    // Damage is a clear error naming the file, not a partial read.
    await writeFile(path.join(dir, 'cut.json'), parts.join('').slice(0, 5000));
    await expect(readResultsJson(path.join(dir, 'cut.json'))).rejects.toThrow(/cut\.json: not JSON/);
  });

  it('lays out any value in pieces exactly as JSON.stringify(value, null, 2) does', () => {
    const value = {
      a: 1,
      big: Array.from({ length: 100 }, (_, i) => ({ i, s: `x${i}`, n: null })),
      nested: { small: [1, 2], wide: { list: Array(70).fill('y'), empty: [] } },
      skipped: undefined,
      text: 'q"\n',
    };
    expect([...jsonParts(value)].join('')).toBe(JSON.stringify(value, null, 2));
  });

  it('rejects what is not a Palisade results file, and fills missing arrays', () => {
    expect(() => parseResults('[]')).toThrow(ResultsFormatError);
    expect(() => parseResults('{"version":2,"mode":"scan"}')).toThrow(/version/);
    expect(() => parseResults('not json')).toThrow(/not JSON/);
    const r = parseResults('{"version":1,"mode":"scan","findings":[]}');
    expect(r.collectionErrors).toEqual([]);
    expect(r.partial).toBe(false);
  });
});

describe('writeReports', () => {
  it('writes results.json, a valid SARIF and the summary, and appends the job summary', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'palisade-write-'));
    const step = path.join(dir, 'step-summary.md');
    await writeFile(step, 'earlier step\n');
    const r = results({
      policies: [policy('P')],
      findings: [finding('P', bucket('a'))],
      collectionErrors: [collectionError()],
    });
    const gate = evaluateGate(r, { failOn: 'high' });
    const out = await writeReports(r, {
      outputDir: dir,
      gate,
      env: { ...env, GITHUB_STEP_SUMMARY: step },
      commentFallback: '<!-- palisade:comment key=k -->\nthe comment',
    });
    expect(out.warnings).toEqual([]);
    const json = await readResultsJson(path.join(dir, 'results.json'));
    expect(json.partial).toBe(true); // a collection error makes the run partial
    const sarif = JSON.parse(await readFile(path.join(dir, 'results.sarif'), 'utf8'));
    expectValidSarif(sarif);
    expect(sarif.runs[0].invocations[0].toolExecutionNotifications.length).toBeGreaterThan(0);
    const summary = await readFile(path.join(dir, 'summary.md'), 'utf8');
    expect(summary).toMatch(/^## ❌ Palisade scan: gate failed/);
    expect(summary).toContain('PR comment (could not be posted)');
    expect(summary).not.toContain('palisade:comment');
    expect(await readFile(step, 'utf8')).toMatch(/^earlier step\n## ❌/);
  });

  it('still writes the rest when one file cannot be written', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'palisade-write-'));
    const blocker = path.join(dir, 'file');
    await writeFile(blocker, 'x');
    const out = await writeReports(results(), {
      outputDir: dir,
      sarifFile: path.join(blocker, 'results.sarif'), // parent is a file
      stepSummaryFile: null,
      env,
    });
    expect(out.warnings).toHaveLength(1);
    expect(out.warnings[0]).toMatch(/could not write SARIF/);
    expect(out.resultsFile).toBe(path.join(dir, 'results.json'));
    expect(out.summaryFile).toBe(path.join(dir, 'summary.md'));
  });
});
