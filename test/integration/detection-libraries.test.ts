/**
 * The third-party libraries panther-analysis's detections import (its Pipfile) are importable in
 * the sandbox, offline: a detection that imports one loads and its tests give PAT's verdicts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, SharedSandbox, tmpDir, type Run } from './cli-helpers.js';

const shared = new SharedSandbox();
afterAll(() => shared.close());

/** A rule in the shape of panther-analysis's Standard.SignInFromRogueState: pycountry lookups. */
const RULE = `import pycountry

ROGUE_STATES = {"CN", "IR", "RU"}


def rule(event):
    country = pycountry.countries.get(alpha_2=event.get("country", ""))
    return country is not None and country.alpha_2 in ROGUE_STATES


def title(event):
    return f"Sign-in from {pycountry.countries.get(alpha_2=event.get('country')).name}"
`;
const SPEC = `AnalysisType: rule
Filename: rogue_state.py
RuleID: Lib.RogueState
Enabled: true
LogTypes: [Okta.SystemLog]
Severity: Medium
Tests:
  - Name: Russian Federation
    ExpectedResult: true
    Log: {country: RU}
  - Name: Canada
    ExpectedResult: false
    Log: {country: CA}
  - Name: Not a country
    ExpectedResult: false
    Log: {country: XX}
`;

describe('detection libraries', () => {
  let r: Run;
  beforeAll(async () => {
    const repo = tmpDir('libs');
    mkdirSync(path.join(repo, 'rules'));
    writeFileSync(path.join(repo, 'rules', 'rogue_state.py'), RULE);
    writeFileSync(path.join(repo, 'rules', 'rogue_state.yml'), SPEC);
    r = await run('test', (o) => (o.paths = [repo]), { makeSandbox: shared.make });
  }, 120_000);

  it('pycountry (country lookups) loads and answers as it does under CPython', () => {
    expect(r.results.specErrors).toEqual([]);
    expect(r.results.tests.map((t) => [t.name, t.status])).toEqual([
      ['Russian Federation', 'PASS'],
      ['Canada', 'PASS'],
      ['Not a country', 'PASS'],
    ]);
  });
});
