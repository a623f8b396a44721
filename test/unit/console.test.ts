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

  it('sorts passing policies first, then failing, each by id (--sort-test-results)', () => {
    const order = (text: string) => text.split('\n').filter((l) => l === 'P' || l === 'Q');
    expect(order(renderTestReport(r, process.cwd(), plain, { sortByOutcome: true }))).toEqual(['Q', 'P']);
    expect(order(renderTestReport(r, process.cwd(), plain))).toEqual(['P', 'Q']);
  });
});

describe('Panther CLI flags of test', () => {
  it('parses --show-failures-only and --sort-test-results', async () => {
    const { parseCliArgs } = await import('../../src/cli-args.js');
    const o = parseCliArgs(['test', '.', '--show-failures-only', '--sort-test-results'], false) as {
      showFailuresOnly: boolean;
      sortTestResults: boolean;
    };
    expect([o.showFailuresOnly, o.sortTestResults]).toEqual([true, true]);
  });
});
