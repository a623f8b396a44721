import { describe, expect, it } from 'vitest';
import { applyBaseline, evaluateGate, gateOutputs } from '../../src/gate.js';
import type { Results } from '../../src/model/index.js';
import { renderSummary } from '../../src/report/markdown.js';
import { bucket, collectionError, finding, policy, results, testResult } from './report/fixtures.js';

const baseFindings = [
  finding('P', bucket('a'), { severity: 'High' }),
  finding('P', bucket('b'), { severity: 'Medium' }),
  finding('P', bucket('c'), { status: 'PASS' }),
];

describe('gate: fail-on threshold', () => {
  it('fails at or above the threshold and passes below it', () => {
    const r = results({ findings: baseFindings });
    expect(evaluateGate(r, { failOn: 'high' })).toMatchObject({ failed: true, gate: 'fail', exitCode: 1 });
    expect(evaluateGate(r, { failOn: 'critical' })).toMatchObject({
      failed: false,
      gate: 'pass',
      exitCode: 0,
    });
    expect(evaluateGate(r, { failOn: 'medium' }).reasons[0]).toBe(
      '2 finding(s) at or above Medium (fail-on: medium)',
    );
  });

  it('none never fails on findings', () => {
    const r = results({ findings: [finding('P', bucket('a'), { severity: 'Critical' })] });
    expect(evaluateGate(r, { failOn: 'none' }).gate).toBe('pass');
  });

  it('uses the effective severity of each finding', () => {
    const r = results({ findings: [finding('P', bucket('a'), { severity: 'Low' })] });
    expect(evaluateGate(r, { failOn: 'medium' }).failed).toBe(false);
    expect(evaluateGate(r, { failOn: 'low' }).failed).toBe(true);
    expect(evaluateGate(r, { failOn: 'info' }).failed).toBe(true);
  });

  it('counts FAIL findings per severity, not PASS', () => {
    const g = evaluateGate(results({ findings: baseFindings }), { failOn: 'none' });
    expect(g.counts).toEqual({ Info: 0, Low: 0, Medium: 1, High: 1, Critical: 0, total: 2 });
    expect(g.newFindings).toBe(2);
    expect(gateOutputs(g)).toMatchObject({
      failed: 'false',
      gate: 'pass',
      'findings-total': '2',
      'findings-high': '1',
    });
  });

  it('soft-fail exits 0 but still reports failed=true', () => {
    const g = evaluateGate(results({ findings: baseFindings }), { failOn: 'high', softFail: true });
    expect(g).toMatchObject({ failed: true, gate: 'soft-fail', exitCode: 0 });
    expect(gateOutputs(g).failed).toBe('true');
  });
});

describe('gate: baseline', () => {
  const baseline = results({ findings: baseFindings });

  it('passes when every finding is already in the baseline', () => {
    const g = evaluateGate(results({ findings: baseFindings }), { failOn: 'high', baseline });
    expect(g).toMatchObject({ failed: false, gate: 'pass', newFindings: 0 });
    expect(g.counts.total).toBe(2); // still reported
  });

  it('fails on one new High finding', () => {
    const now = results({ findings: [...baseFindings, finding('P', bucket('new'), { severity: 'High' })] });
    const g = evaluateGate(now, { failOn: 'high', baseline });
    expect(g).toMatchObject({ failed: true, gate: 'fail', newFindings: 1 });
    expect(g.reasons[0]).toMatch(/1 new finding/);
  });

  it('a resource that passed in the baseline and fails now is new', () => {
    const now = results({ findings: [finding('P', bucket('c'), { severity: 'High' })] });
    expect(evaluateGate(now, { failOn: 'high', baseline }).newFindings).toBe(1);
  });

  it('marks isNew on FAIL findings, leaving others alone', () => {
    const now = results({ findings: [...baseFindings, finding('P', bucket('new'))] });
    const marked = applyBaseline(now, baseline);
    expect(marked.findings.map((f) => f.isNew)).toEqual([false, false, undefined, true]);
    expect(now.findings[3].isNew).toBeUndefined(); // input untouched
    expect(applyBaseline(now, null)).toBe(now);
  });
});

describe('drift since the baseline', () => {
  const base = results({
    policies: [policy('P'), policy('Q')],
    findings: [
      finding('P', bucket('a')),
      finding('P', bucket('gone')),
      finding('Q', bucket('q')),
      finding('P', bucket('elsewhere'), { accountId: '999999999999' }),
    ],
  });

  it('lists the FAILs fixed since the baseline, only where this run looked', () => {
    const now = results({
      policies: [policy('P')], // Q was not evaluated this time: its finding is not "resolved"
      snapshot: { accounts: [{ id: '123456789012' }] } as Results['snapshot'],
      findings: [
        finding('P', bucket('a')),
        finding('P', bucket('new')),
        finding('P', bucket('gone'), { status: 'PASS' }),
      ],
    });
    const d = applyBaseline(now, base).drift!;
    expect([d.new, d.unchanged]).toEqual([1, 1]);
    expect(d.resolved.map((f) => f.resourceId)).toEqual([bucket('gone')]);
  });

  it('after a rescan, only resources read again can be resolved', () => {
    const now = results({
      policies: [policy('P'), policy('Q')],
      findings: [],
      rescan: {
        mode: 'resources',
        requested: 1,
        refreshed: 1,
        changed: [bucket('a')],
        removed: [],
        kept: [],
        skipped: [],
      },
    });
    expect(applyBaseline(now, base).drift!.resolved.map((f) => f.resourceId)).toEqual([bucket('a')]);
  });

  it('reads a baseline as data: a forged severity is not trusted, not rendered raw', () => {
    const forged = results({
      policies: [policy('P')],
      findings: [finding('P', bucket('x'), { severity: '<img src=x onerror=alert(1)>' as never })],
    });
    const d = applyBaseline(results({ policies: [policy('P')], findings: [] }), forged);
    expect(d.drift!.resolved.map((f) => f.severity)).toEqual(['Info']);
    expect(renderSummary(d)).not.toContain('<img');
  });

  it('is shown in the summary, resolved ones listed', () => {
    const now = results({ policies: [policy('P'), policy('Q')], findings: [finding('P', bucket('a'))] });
    const md = renderSummary(applyBaseline(now, base));
    expect(md).toContain('### Since the baseline');
    expect(md).toContain('**0** new, **3** resolved, **1** still failing.');
    expect(md).toContain('Resolved since the baseline (3)');
  });
});

describe('gate: errors', () => {
  const r = results({
    findings: [finding('P', bucket('x'), { status: 'ERROR', error: 'KeyError' })],
    collectionErrors: [collectionError()],
    specErrors: [{ file: 'a.yml', line: 1, message: 'bad' }],
  });

  it('counts errors but does not fail without fail-on-error', () => {
    const g = evaluateGate(r, { failOn: 'high' });
    expect(g).toMatchObject({ failed: false, errors: 3 });
  });

  it('fails on collection, policy and spec errors with fail-on-error', () => {
    const g = evaluateGate(r, { failOn: 'none', failOnError: true });
    expect(g.failed).toBe(true);
    expect(g.reasons).toEqual([
      '1 collection error(s) (fail-on-error)',
      '1 policy error(s) (fail-on-error)',
      '1 invalid spec(s) (fail-on-error)',
    ]);
  });
});

describe('gate: test mode', () => {
  it('failed tests always fail, whatever fail-on says', () => {
    const r = results({
      mode: 'test',
      tests: [testResult('P', 'ok'), testResult('P', 'bad', { passed: false, status: 'FAIL' })],
    });
    const g = evaluateGate(r, { failOn: 'none' });
    expect(g).toMatchObject({ failed: true, gate: 'fail', exitCode: 1, failedTests: 1 });
    expect(g.reasons).toEqual(['1 test(s) failed']);
  });

  it('invalid specs always fail; skipped tests do not', () => {
    const r = results({
      mode: 'test',
      tests: [testResult('P', 'skip', { passed: false, status: 'SKIP' })],
      specErrors: [{ file: 'a.yml', line: 2, message: 'Unknown key' }],
    });
    const g = evaluateGate(r, { failOn: 'none' });
    expect(g.reasons).toEqual(['1 invalid spec(s)']);
    expect(g.failedTests).toBe(0);
  });

  it('all tests passing is a pass; soft-fail still exits 0 on failure', () => {
    expect(
      evaluateGate(results({ mode: 'test', tests: [testResult('P', 'ok')] }), { failOn: 'none' }).gate,
    ).toBe('pass');
    const bad = results({
      mode: 'test',
      tests: [testResult('P', 'bad', { passed: false, status: 'ERROR' })],
    });
    expect(evaluateGate(bad, { failOn: 'none', softFail: true })).toMatchObject({
      gate: 'soft-fail',
      exitCode: 0,
      errors: 1,
    });
  });
});
