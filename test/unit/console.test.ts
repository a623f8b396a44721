// The console report reads as Panther's CLI does where its users expect it, with no Python reprs.
import { describe, expect, it } from 'vitest';
import { makeStyle, renderTestReport } from '../../src/console.js';
import { results, testResult } from './report/fixtures.js';

const plain = makeStyle(false);

describe('console test report', () => {
  const r = results({
    mode: 'test',
    tests: [
      testResult('P', 'title breaks', {
        passed: false,
        status: 'FAIL',
        expected: false,
        actual: false,
        functions: { policy: { output: false }, title: { error: "KeyError: 'Name'" } },
      }),
      testResult('P', 'wrong verdict', { passed: false, status: 'FAIL', expected: true, actual: false }),
      testResult('Q', 'fine'),
    ],
  });

  it('tells a failing title() from a wrong verdict', () => {
    const out = renderTestReport(r, process.cwd(), plain);
    expect(out).toContain('policy() returned false as expected; an auxiliary function failed:');
    expect(out).toContain("[title] KeyError: 'Name'");
    expect(out).toContain('expected policy() to return true, got false');
    expect(out).not.toMatch(/\b(True|False|None)\b/);
  });

  it('shows only failures when asked (--quiet)', () => {
    const out = renderTestReport(r, process.cwd(), plain, { failuresOnly: true });
    expect(out).toContain('[FAIL] title breaks');
    expect(out).not.toContain('fine');
  });
});
