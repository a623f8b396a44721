/**
 * `palisade test` on rules, scheduled rules and data models (issue 14), through the real
 * pipeline and pyodide. Verdicts follow Panther's test runner (panther_core's Detection.run and
 * TestCaseEvaluator as PAT 1.11.1 uses them); each expectation below says which rule applies.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeStyle, renderTestReport } from '../../src/console.js';
import { run, SharedSandbox, tmpDir, type Run } from './cli-helpers.js';

const shared = new SharedSandbox();
afterAll(() => shared.close());

function write(root: string, rel: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  writeFileSync(path.join(root, rel), text);
}

const rule = (id: string, file: string, extra: string, tests: string) =>
  `AnalysisType: rule\nRuleID: ${id}\nFilename: ${file}\nEnabled: true\nLogTypes:\n  - Test.Log\nSeverity: Medium\n${extra}Tests:\n${tests}`;

/** A repository of rules exercising the event API, data models, mocks and the verdict rules. */
function rulesRepo(): string {
  const root = tmpDir('rules');
  write(
    root,
    'data_models/test_model.yml',
    'AnalysisType: datamodel\nDataModelID: Test.Model\nFilename: test_model.py\nEnabled: true\nLogTypes:\n  - Test.Log\n' +
      'Mappings:\n  - Name: actor\n    Path: $.who.name\n  - Name: source_ip\n    Method: get_ip\n',
  );
  write(
    root,
    'data_models/test_model.py',
    'def get_ip(event):\n    return event.get("client", {}).get("ip")\n',
  );
  write(root, 'global_helpers/shared.yml', 'AnalysisType: global\nGlobalID: shared\nFilename: shared.py\n');
  write(root, 'global_helpers/shared.py', 'import requests\n\nADMINS = {"root"}\n');
  // udm through a Path and a Method, case-insensitive get, deep_get/deep_walk, p_udm fallback.
  write(
    root,
    'rules/admin.py',
    [
      'from shared import ADMINS',
      'from panther_core import PantherEvent',
      '',
      'def rule(event):',
      '    assert isinstance(event, PantherEvent)',
      '    return event.udm("actor") in ADMINS and event.get("EVENTNAME") == "Login"',
      '',
      'def title(event):',
      "    return f\"{event.udm('actor')} from {event.udm('source_ip')}\"",
      '',
      'def alert_context(event):',
      '    return {"tags": event.deep_walk("items", "tag"), "who": event.get("who")}',
      '',
    ].join('\n'),
  );
  write(
    root,
    'rules/admin.yml',
    rule(
      'Test.Admin',
      'admin.py',
      '',
      [
        '  - Name: Root logs in',
        '    ExpectedResult: true',
        '    Log: {p_log_type: Test.Log, eventName: Login, who: {name: root}, client: {ip: 10.0.0.1}, items: [{tag: a}, {tag: b}]}',
        '  - Name: Alice logs in',
        '    ExpectedResult: false',
        '    Log: {p_log_type: Test.Log, eventName: Login, who: {name: alice}}',
        '  - Name: Log is not a mapping',
        '    ExpectedResult: false',
        '    Log: [1, 2]',
        '',
      ].join('\n'),
    ),
  );
  // Verdict rules: an alerting (true) test fails on any function error, unique() included;
  // a non-alerting test looks at rule() alone. Mocks replace module attributes.
  write(
    root,
    'rules/cached.py',
    [
      'from panther_detection_helpers.caching import get_string_set',
      '',
      'def rule(event):',
      '    return event.get("user") not in get_string_set("known")',
      '',
      'def title(event):',
      '    return event["missing_field"]',
      '',
      'def unique(event):',
      '    return event.get("user")',
      '',
    ].join('\n'),
  );
  write(
    root,
    'rules/cached.yml',
    rule(
      'Test.Cached',
      'cached.py',
      '',
      [
        '  - Name: New user (title raises, alerting test fails)',
        '    ExpectedResult: true',
        '    Mocks: [{objectName: get_string_set, returnValue: "[]"}]',
        '    Log: {p_log_type: Test.Log, user: bob}',
        '  - Name: Known user (title raises, not alerting, passes)',
        '    ExpectedResult: false',
        '    Mocks: [{objectName: get_string_set, returnValue: "bob"}]',
        '    Log: {p_log_type: Test.Log, user: bob}',
        '  - Name: Unmocked cache call fails offline',
        '    ExpectedResult: false',
        '    Log: {p_log_type: Test.Log, user: bob}',
        '',
      ].join('\n'),
    ),
  );
  // Scheduled rules read query rows: no data model, even for a mapped p_log_type.
  write(
    root,
    'queries/scheduled.py',
    'def rule(event):\n    return event.udm("actor") is None and event.get("count", 0) > 5\n',
  );
  write(
    root,
    'queries/scheduled.yml',
    'AnalysisType: scheduled_rule\nRuleID: Test.Scheduled\nFilename: scheduled.py\nEnabled: true\n' +
      'ScheduledQueries:\n  - Some Query\nSeverity: Low\nTests:\n' +
      '  - Name: Many rows\n    ExpectedResult: true\n    Log: {p_log_type: Test.Log, who: {name: root}, count: 9}\n',
  );
  // A derived rule runs its base's code with its own tests; a simple (YAML) detection is skipped.
  write(
    root,
    'rules/derived.yml',
    'AnalysisType: rule\nRuleID: Test.Admin.Derived\nBaseDetection: Test.Admin\nEnabled: true\nTests:\n' +
      '  - Name: Root again\n    ExpectedResult: true\n    Log: {p_log_type: Test.Log, eventName: Login, who: {name: root}}\n',
  );
  write(
    root,
    'rules/simple.yml',
    'AnalysisType: rule\nRuleID: Test.Simple\nDetection:\n  - Key: eventName\n    Condition: Equals\n    Value: Login\n' +
      'Enabled: true\nLogTypes:\n  - Test.Log\nSeverity: Low\n',
  );
  return root;
}

describe('rules, scheduled rules and data models', () => {
  let r: Run;
  beforeAll(async () => {
    r = await run('test', (o) => (o.paths = [rulesRepo()]), { makeSandbox: shared.make });
  });

  const test = (id: string, name: string) => {
    const t = r.results.tests.find((x) => x.policyId === id && x.name === name);
    if (!t) throw new Error(`no test ${id} / ${name}`);
    return t;
  };

  it('gives each test the verdict Panther gives', () => {
    expect(r.results.tests.map((t) => [t.policyId, t.name, t.status])).toEqual([
      ['Test.Scheduled', 'Many rows', 'PASS'],
      ['Test.Admin', 'Root logs in', 'PASS'],
      ['Test.Admin', 'Alice logs in', 'PASS'],
      ['Test.Admin', 'Log is not a mapping', 'ERROR'],
      ['Test.Cached', 'New user (title raises, alerting test fails)', 'FAIL'],
      ['Test.Cached', 'Known user (title raises, not alerting, passes)', 'PASS'],
      ['Test.Cached', 'Unmocked cache call fails offline', 'ERROR'],
      ['Test.Admin.Derived', 'Root again', 'PASS'],
    ]);
    expect(r.results.specErrors).toEqual([]);
  });

  it('maps standard fields through the data model (Path and Method) and serialises event values', () => {
    const t = test('Test.Admin', 'Root logs in');
    expect(t.kind).toBe('rule');
    expect(t.functions?.title).toEqual({ output: 'root from 10.0.0.1' });
    expect(t.functions?.alert_context).toEqual({ output: { tags: ['a', 'b'], who: { name: 'root' } } });
    // dedup defaults to the title, as in Panther.
    expect(t.functions?.dedup).toEqual({ output: 'root from 10.0.0.1' });
    // A non-alerting test shows only rule().
    expect(Object.keys(test('Test.Admin', 'Alice logs in').functions ?? {})).toEqual(['rule']);
  });

  it('explains the failures in rule() terms, with the error of the function that failed', () => {
    expect(test('Test.Admin', 'Log is not a mapping').error).toBe(
      'TypeError: test Log must be a mapping, got list',
    );
    const failed = test('Test.Cached', 'New user (title raises, alerting test fails)');
    expect(failed.actual).toBe(true);
    expect(failed.functions?.title?.error).toMatch(/KeyError: 'missing_field'/);
    expect(failed.functions).not.toHaveProperty('unique');
    const offline = test('Test.Cached', 'Unmocked cache call fails offline');
    expect(offline.error).toMatch(/NoCredentialsError/);
    const text = renderTestReport(r.results, process.cwd(), makeStyle(false));
    expect(text).toContain('rule() returned true as expected; an auxiliary function failed:');
    expect(text).toMatch(/Summary: 0 policies and 4 rules tested, 2 failing/);
  });

  it("prints each passing test's functions as Panther's CLI does", () => {
    const text = renderTestReport(r.results, process.cwd(), makeStyle(false));
    expect(text).toContain(
      [
        'Test.Admin',
        '  [PASS] Root logs in',
        '    [PASS] [rule] true',
        '    [PASS] [title] root from 10.0.0.1',
        '    [PASS] [dedup] root from 10.0.0.1',
        '    [PASS] [alertContext] {"tags": ["a", "b"], "who": {"name": "root"}}',
        '  [PASS] Alice logs in',
        '    [PASS] [rule] false',
      ].join('\n'),
    );
    // --show-failures-only leaves them out.
    const failures = renderTestReport(r.results, process.cwd(), makeStyle(false), { failuresOnly: true });
    expect(failures).not.toContain('[PASS] [rule]');
  });

  it('skips simple detections with a notice, and counts their ids for packs', () => {
    expect(r.results.notices).toContain(
      "Test.Simple is a simple detection (YAML Detection): only Panther's backend tests it; skipped",
    );
    expect(r.results.policies.map((p) => p.policyId)).not.toContain('Test.Simple');
  });

  it('tests a rules-only repository (no "Nothing to test") and exits as PAT does', () => {
    expect(r.results.nothingTested).toBeUndefined();
    expect(r.gate.reasons).toEqual(['3 test(s) failed']);
  });
});

describe('invalid rule and data model specs', () => {
  it('names the file and line of each, and still runs every valid rule', async () => {
    const root = tmpDir('bad-rules');
    write(
      root,
      'rules/ok.yml',
      rule('Test.Ok', 'ok.py', '', '  - Name: ok\n    ExpectedResult: true\n    Log: {a: 1}\n'),
    );
    write(root, 'rules/ok.py', 'def rule(event):\n    return event.get("A") == 1\n');
    write(
      root,
      'rules/no_log.yml',
      rule('Test.NoLog', 'ok.py', '', '  - Name: no log\n    ExpectedResult: true\n    Resource: {a: 1}\n'),
    );
    write(
      root,
      'rules/both.yml',
      'AnalysisType: rule\nRuleID: Test.Both\nFilename: ok.py\nEnabled: true\nLogTypes: [A]\nScheduledQueries: [B]\nSeverity: Low\n',
    );
    write(
      root,
      'data_models/bad.yml',
      'AnalysisType: datamodel\nDataModelID: Test.Bad\nEnabled: true\nLogTypes: [A]\nMappings:\n  - Name: x\n    Path: $.a\n    Method: m\n',
    );
    write(
      root,
      'rules/no_rule.yml',
      rule('Test.NoRule', 'no_rule.py', '', '  - Name: t\n    ExpectedResult: true\n    Log: {}\n'),
    );
    write(root, 'rules/no_rule.py', 'def title(event):\n    return "x"\n');
    const r = await run('test', (o) => (o.paths = [root]), { makeSandbox: shared.make });
    const errors = r.results.specErrors.map(
      (e) => `${path.basename(e.file)}:${e.line}: ${e.message.replace(root + '/', '')}`,
    );
    expect(errors).toEqual([
      "bad.yml:6: Key 'Mappings' error: {'Name': 'x', 'Path': '$.a', 'Method': 'm'}: a mapping needs exactly one of 'Path' or 'Method'",
      "both.yml:6: There are multiple keys present: 'LogTypes', 'ScheduledQueries'",
      "no_log.yml:11: Test #1 'no log': 'Resource' not in list of valid keys",
      "no_rule.yml:3: failed to load rules/no_rule.py: AttributeError: the detection needs a method named 'rule'",
    ]);
    expect(r.results.tests.map((t) => [t.policyId, t.status])).toEqual([['Test.Ok', 'PASS']]);
  });
});

describe('a hostile rule', () => {
  it("cannot change another rule's verdict through the shared event classes or data models", async () => {
    const root = tmpDir('hostile-rules');
    write(
      root,
      'data_models/m.yml',
      'AnalysisType: datamodel\nDataModelID: M\nEnabled: true\nLogTypes: [Test.Log]\nMappings:\n  - Name: actor\n    Path: $.who\n',
    );
    // Walked first: rewrites the event API, the data model and the JSON encoder for everyone.
    write(
      root,
      'rules/a_attacker.py',
      [
        'import json, palisade_events, panther_core',
        'palisade_events.PantherEvent.udm = lambda self, *k, **kw: "root"',
        'panther_core.PantherEvent.get = lambda self, *a, **k: "root"',
        'json.dumps = lambda *a, **k: "{}"',
        'def rule(event):',
        '    return True',
      ].join('\n'),
    );
    write(
      root,
      'rules/a_attacker.yml',
      rule(
        'A.Attacker',
        'a_attacker.py',
        '',
        '  - Name: t\n    ExpectedResult: true\n    Log: {p_log_type: Test.Log}\n',
      ),
    );
    write(
      root,
      'rules/b_victim.py',
      'def rule(event):\n    return event.udm("actor") == "root" or event.get("who") == "root"\n\n' +
        'def alert_context(event):\n    return {"who": event.get("who")}\n',
    );
    write(
      root,
      'rules/b_victim.yml',
      rule(
        'B.Victim',
        'b_victim.py',
        '',
        '  - Name: alice is not root\n    ExpectedResult: false\n    Log: {p_log_type: Test.Log, who: alice}\n' +
          '  - Name: root is root\n    ExpectedResult: true\n    Log: {p_log_type: Test.Log, who: root}\n',
      ),
    );
    const r = await run('test', (o) => (o.paths = [root]), { makeSandbox: shared.make });
    expect(r.results.tests.map((t) => [t.policyId, t.name, t.status])).toEqual([
      ['A.Attacker', 't', 'PASS'],
      ['B.Victim', 'alice is not root', 'PASS'],
      ['B.Victim', 'root is root', 'PASS'],
    ]);
    expect(r.results.tests[2].functions?.alert_context).toEqual({ output: { who: 'root' } });
  });
});

describe('detections sharing globals (a sandbox layer with the globals imported)', () => {
  it('keeps each detection isolated: a global only reaches its importers, its state starts fresh', async () => {
    const root = tmpDir('layer-rules');
    // Imported by three rules (one group, one layer): its body patches json and the builtins.
    write(root, 'global_helpers/shared.yml', 'AnalysisType: global\nGlobalID: shared\nFilename: shared.py\n');
    write(
      root,
      'global_helpers/shared.py',
      'import builtins, json\nSEEN = []\njson.dumps = lambda *a, **k: "patched"\nbuiltins.PATCHED = True\n',
    );
    write(root, 'global_helpers/broken.yml', 'AnalysisType: global\nGlobalID: broken\nFilename: broken.py\n');
    write(root, 'global_helpers/broken.py', 'raise RuntimeError("broken global")\n');
    const user = (n: number) =>
      `from shared import SEEN\nimport json\n\ndef rule(event):\n    SEEN.append(${n})\n    return SEEN == [${n}] and json.dumps({}) == "patched"\n`;
    for (const n of [1, 2, 3]) {
      write(root, `rules/user${n}.py`, user(n));
      write(
        root,
        `rules/user${n}.yml`,
        rule(`User${n}`, `user${n}.py`, '', '  - Name: fresh state\n    ExpectedResult: true\n    Log: {}\n'),
      );
    }
    // Imports nothing: sees neither the patched json nor the builtin.
    write(
      root,
      'rules/z_other.py',
      'import builtins, json\n\ndef rule(event):\n    return json.dumps({}) == "{}" and not hasattr(builtins, "PATCHED")\n',
    );
    write(
      root,
      'rules/z_other.yml',
      rule('Other', 'z_other.py', '', '  - Name: untouched\n    ExpectedResult: true\n    Log: {}\n'),
    );
    // Two rules on a global that fails to import: each reports the error itself.
    for (const n of [1, 2]) {
      write(root, `rules/b${n}.py`, 'import broken\n\ndef rule(event):\n    return True\n');
      write(
        root,
        `rules/b${n}.yml`,
        rule(`Broken${n}`, `b${n}.py`, '', '  - Name: t\n    ExpectedResult: true\n    Log: {}\n'),
      );
    }
    const r = await run('test', (o) => (o.paths = [root]), { makeSandbox: shared.make });
    expect(r.results.tests.map((t) => [t.policyId, t.status])).toEqual([
      ['User1', 'PASS'],
      ['User2', 'PASS'],
      ['User3', 'PASS'],
      ['Other', 'PASS'],
    ]);
    expect(r.results.specErrors.map((e) => [e.id, e.message.split(`${root}/`).join('')])).toEqual([
      [
        'Broken1',
        'failed to load rules/b1.py: RuntimeError: broken global (global_helpers/broken.py:1, imported at rules/b1.py:1)',
      ],
      [
        'Broken2',
        'failed to load rules/b2.py: RuntimeError: broken global (global_helpers/broken.py:1, imported at rules/b2.py:1)',
      ],
    ]);
  });
});

describe('a data model that cannot be built', () => {
  it('is one error on its spec, and an error on each test that needs it; other rules run', async () => {
    const root = tmpDir('bad-model');
    write(
      root,
      'data_models/m.yml',
      'AnalysisType: datamodel\nDataModelID: Broken.Model\nFilename: m.py\nEnabled: true\nLogTypes: [Test.Log]\n' +
        'Mappings:\n  - Name: actor\n    Method: get_actor\n',
    );
    write(root, 'data_models/m.py', 'def get_someone_else(event):\n    return None\n');
    write(root, 'rules/uses.py', 'def rule(event):\n    return event.udm("actor") == "root"\n');
    write(
      root,
      'rules/uses.yml',
      rule(
        'Uses.Model',
        'uses.py',
        '',
        '  - Name: t\n    ExpectedResult: false\n    Log: {p_log_type: Test.Log}\n',
      ),
    );
    write(root, 'rules/other.py', 'def rule(event):\n    return True\n');
    write(
      root,
      'rules/other.yml',
      rule(
        'Other.Log',
        'other.py',
        '',
        '  - Name: t\n    ExpectedResult: true\n    Log: {p_log_type: Other.Log}\n',
      ),
    );
    const r = await run('test', (o) => (o.paths = [root]), { makeSandbox: shared.make });
    expect(r.results.specErrors.map((e) => [path.basename(e.file), e.line, e.message])).toEqual([
      [
        'm.yml',
        3,
        'data model Broken.Model cannot be built: AssertionError: DataModel is missing method named [get_actor]',
      ],
    ]);
    expect(r.results.tests.map((t) => [t.policyId, t.status])).toEqual([
      ['Other.Log', 'PASS'],
      ['Uses.Model', 'ERROR'],
    ]);
    expect(r.results.tests[1].error).toMatch(/DataModel is missing method named \[get_actor\]/);
  });
});

describe('requests in the sandbox', () => {
  it('imports, and any request fails saying there is no network', async () => {
    const root = tmpDir('requests-rule');
    write(
      root,
      'rules/net.py',
      'import requests\n\ndef rule(event):\n    return requests.Session().get("https://example.com/x").ok\n',
    );
    write(
      root,
      'rules/net.yml',
      rule('Net.Call', 'net.py', '', '  - Name: t\n    ExpectedResult: false\n    Log: {}\n'),
    );
    const r = await run('test', (o) => (o.paths = [root]), { makeSandbox: shared.make });
    expect(r.results.tests[0].status).toBe('ERROR');
    expect(r.results.tests[0].error).toMatch(
      /requests\.exceptions\.ConnectionError: no network in the Palisade detection sandbox: GET https:\/\/example\.com\/x was not sent$/,
    );
  });
});
