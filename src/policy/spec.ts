/**
 * Schema checks for policy and global specs (docs/policy-format.md §4, §4.1, §5, §6 step 5).
 *
 * Hand-written rather than JSON Schema: the messages and the line of each error are the product
 * here, and the rules (bool passes as int, case-insensitive tag duplicates, strict test objects)
 * are few. Messages follow the wording of PAT's `schema` library (`Missing key: 'X'`,
 * `... should be instance of 'bool'`) so they read the same as PAT's output.
 */
import {
  SEVERITIES,
  type DataModelSpec,
  type GlobalSpec,
  type Mock,
  type PolicySpec,
  type PolicyTest,
  type SpecError,
} from '../model/policy.js';
import { ACCEPTED_RESOURCE_TYPES } from '../model/resource-types.js';
import { filenamePath } from './paths.js';
import { isPyNumber, PyBigInt, PyFloat } from './pyvalues.js';
import type { ParsedYaml, YamlPath } from './yaml.js';

/** The 11 analysis types and the key holding each one's ID (all IDs share one namespace). */
export const ANALYSIS_ID_KEYS = {
  policy: 'PolicyID',
  global: 'GlobalID',
  rule: 'RuleID',
  scheduled_rule: 'RuleID',
  correlation_rule: 'RuleID',
  scheduled_query: 'QueryName',
  saved_query: 'QueryName',
  pack: 'PackID',
  datamodel: 'DataModelID',
  lookup_table: 'LookupName',
  scheduled_prompt: 'PromptName',
} as const;
export type AnalysisType = keyof typeof ANALYSIS_ID_KEYS;

export function isAnalysisType(v: unknown): v is AnalysisType {
  return typeof v === 'string' && Object.prototype.hasOwnProperty.call(ANALYSIS_ID_KEYS, v);
}

/** Where a spec came from: `file` is the display path used in messages, `specFile` absolute. */
export interface SpecSource {
  file: string;
  specFile: string;
  parsed: ParsedYaml;
}

export type Validated<T> = { ok: true; spec: T } | { ok: false; error: SpecError };

const ID_RULE = /^[^<>&"%]+$/;
const RESOURCE_TYPES: ReadonlySet<string> = new Set(ACCEPTED_RESOURCE_TYPES);

// ---- Python-flavoured rendering, so messages match what PAT users see ----

export function pyType(v: unknown): string {
  if (v === null || v === undefined) return 'NoneType';
  if (typeof v === 'boolean') return 'bool';
  // YAML floats are PyFloat (`1.0` included), big ints PyBigInt; plain numbers come from elsewhere.
  if (v instanceof PyFloat) return 'float';
  if (v instanceof PyBigInt || typeof v === 'bigint') return 'int';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float';
  if (typeof v === 'string') return 'str';
  if (Array.isArray(v)) return 'list';
  return 'dict';
}

export function pyRepr(v: unknown): string {
  if (v === null || v === undefined) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'string') return `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (v instanceof PyFloat || v instanceof PyBigInt || typeof v === 'bigint') return String(v);
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return 'nan';
    if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
    return String(v);
  }
  if (Array.isArray(v)) return `[${v.map(pyRepr).join(', ')}]`;
  const entries = Object.entries(v as Record<string, unknown>).map(([k, x]) => `${pyRepr(k)}: ${pyRepr(x)}`);
  const text = `{${entries.join(', ')}}`;
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

// ---- value checks: each returns an error detail, or undefined when fine ----

/** An error detail and, optionally, the path below the key where it was found (for the line). */
interface Problem {
  detail: string;
  at?: YamlPath;
}
type Check = (v: unknown) => Problem | undefined;

const instance = (v: unknown, type: string): Problem => ({
  detail: `${pyRepr(v)} should be instance of '${type}'`,
});

const str: Check = (v) => (typeof v === 'string' ? undefined : instance(v, 'str'));
const bool: Check = (v) => (typeof v === 'boolean' ? undefined : instance(v, 'bool'));
// Python's bool is an int, so PAT's `int` fields accept true/false.
// A YAML float (`1.0` too) is a PyFloat: not an int, as in PAT.
const int: Check = (v) => (pyType(v) === 'bool' || pyType(v) === 'int' ? undefined : instance(v, 'int'));
const anything: Check = () => undefined;

const idString: Check = (v) => {
  if (typeof v !== 'string') return instance(v, 'str');
  if (!ID_RULE.test(v)) return { detail: `${pyRepr(v)} must not contain any of < > & " %` };
  return undefined;
};

const severity: Check = (v) =>
  typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v)
    ? undefined
    : { detail: `${pyRepr(v)} is not one of ${SEVERITIES.join(', ')}` };

function listOf(item: Check): Check {
  return (v) => {
    if (!Array.isArray(v)) return instance(v, 'list');
    for (let i = 0; i < v.length; i++) {
      const p = item(v[i]);
      if (p) return { detail: p.detail, at: [i, ...(p.at ?? [])] };
    }
    return undefined;
  };
}

const resourceType: Check = (v) => {
  if (typeof v !== 'string') return instance(v, 'str');
  return RESOURCE_TYPES.has(v) ? undefined : { detail: `${pyRepr(v)} is not a valid resource type` };
};

const reports: Check = (v) => {
  if (pyType(v) !== 'dict') return instance(v, 'dict');
  for (const [k, list] of Object.entries(v as Record<string, unknown>)) {
    if (!Array.isArray(list)) return { detail: `${pyRepr(list)} should be instance of 'list'`, at: [k] };
    const i = list.findIndex((x) => typeof x !== 'string' && !isPyNumber(x));
    if (i >= 0) return { detail: `${pyRepr(list[i])} should be a string or a number`, at: [k, i] };
  }
  return undefined;
};

// ---- mappings with required/optional keys ----

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

interface Shape {
  required: Record<string, Check>;
  optional: Record<string, Check>;
}

/** Checks a mapping against a shape: each key in `order` (unknown key or bad value), then missing keys. */
function checkShape(
  obj: Record<string, unknown>,
  shape: Shape,
  opts: { allowExtra?: boolean; order?: () => string[] } = {},
): (Problem & { key?: string }) | undefined {
  const first = firstProblem(obj, shape, opts.allowExtra === true, Object.keys(obj));
  // Which problem comes first in the file matters only when there is one: the key order (from
  // the source lines) is asked for then.
  return first && opts.order ? firstProblem(obj, shape, opts.allowExtra === true, opts.order()) : first;
}

function firstProblem(
  obj: Record<string, unknown>,
  shape: Shape,
  allowExtra: boolean,
  keys: string[],
): (Problem & { key?: string }) | undefined {
  for (const key of keys) {
    const check = hasOwn(shape.required, key)
      ? shape.required[key]
      : hasOwn(shape.optional, key)
        ? shape.optional[key]
        : undefined;
    if (!check) {
      if (allowExtra) continue;
      return { key, detail: `'${key}' not in list of valid keys` };
    }
    const p = check(obj[key]);
    if (p) return { key, detail: `Key '${key}' error: ${p.detail}`, at: p.at };
  }
  const missing = Object.keys(shape.required).filter((k) => !hasOwn(obj, k));
  if (missing.length === 1) return { detail: `Missing key: '${missing[0]}'` };
  if (missing.length > 1) return { detail: `Missing keys: ${missing.map((k) => `'${k}'`).join(', ')}` };
  return undefined;
}

const mockShape: Shape = {
  required: {
    objectName: str,
    returnValue: (v) =>
      typeof v === 'string' || typeof v === 'boolean' ? undefined : instance(v, 'str or bool'),
  },
  optional: {},
};

const mocks: Check = listOf((m) => {
  if (pyType(m) !== 'dict') return instance(m, 'dict');
  const p = checkShape(m as Record<string, unknown>, mockShape);
  return p && { detail: p.detail, at: p.key ? [p.key] : [] };
});

const testShape: Shape = {
  required: { Name: str, ExpectedResult: bool, Resource: anything },
  optional: { ResourceType: str, Mocks: mocks },
};

const ruleTestShape: Shape = {
  required: { Name: str, ExpectedResult: bool, Log: anything },
  optional: { LogType: str, ExpectedDestinations: listOf(str), Mocks: mocks },
};

/** Keys rules and derived rules share (PAT's RULE_SCHEMA / DERIVED_SCHEMA optional keys). */
const ruleOptional: Record<string, Check> = {
  Description: str,
  DedupPeriodMinutes: int,
  InlineFilters: anything,
  DisplayName: idString,
  OnlyUseBaseRiskScore: bool,
  OutputIds: listOf(str),
  CreatedBy: str,
  Reference: str,
  Runbook: str,
  Status: str,
  SummaryAttributes: listOf(str),
  Threshold: int,
  Tags: listOf(str),
  Reports: reports,
  Tests: anything, // checked entry by entry, for per-test lines
  DynamicSeverities: anything,
  AlertTitle: str,
  AlertContext: anything,
  GroupBy: anything,
  CreateAlert: bool,
  BaseVersion: int,
};

/** Rule keys correlation rules do not have. */
const CORRELATION_LACKS = new Set([
  'DedupPeriodMinutes',
  'InlineFilters',
  'Threshold',
  'DynamicSeverities',
  'AlertTitle',
  'AlertContext',
  'GroupBy',
  'Tests',
]);

const ruleShape: Shape = {
  required: { AnalysisType: anything, Enabled: bool, RuleID: idString, Severity: severity },
  // Exactly one of Filename/Detection and of LogTypes/ScheduledQueries: checked after the shape.
  optional: {
    ...ruleOptional,
    Filename: str,
    Detection: anything,
    LogTypes: listOf(str),
    ScheduledQueries: listOf(str),
  },
};

const derivedShape: Shape = {
  required: { AnalysisType: anything, RuleID: idString, BaseDetection: idString },
  optional: { ...ruleOptional, Enabled: bool, Severity: severity },
};

const mappingShape: Shape = {
  required: { Name: str },
  optional: { Path: str, Method: str },
};

const dataModelShape: Shape = {
  required: {
    AnalysisType: anything,
    DataModelID: idString,
    Enabled: bool,
    LogTypes: listOf(str),
    Mappings: listOf((m) => {
      if (pyType(m) !== 'dict') return instance(m, 'dict');
      const o = m as Record<string, unknown>;
      const p = checkShape(o, mappingShape);
      if (p) return { detail: p.detail, at: p.key ? [p.key] : [] };
      if (hasOwn(o, 'Path') === hasOwn(o, 'Method'))
        return { detail: `${pyRepr(o)}: a mapping needs exactly one of 'Path' or 'Method'` };
      return undefined;
    }),
  },
  optional: { DisplayName: idString, Filename: str, BaseVersion: int },
};

// ---- the types `test` validates but does not run (PAT's schemas) ----

/** A mapping checked against a shape (nested keys reported under their path). */
function mappingOf(shape: Shape): Check {
  return (v) => {
    if (pyType(v) !== 'dict') return instance(v, 'dict');
    const p = checkShape(v as Record<string, unknown>, shape);
    return p && { detail: p.detail, at: p.key ? [p.key, ...(p.at ?? [])] : [] };
  };
}
const strOrInt: Check = (v) =>
  typeof v === 'string' || pyType(v) === 'int' ? undefined : instance(v, 'str or int');
const QUERY_KEYS = ['Query', 'AthenaQuery', 'SnowflakeQuery', 'DatabricksQuery'];
const queryBodies = Object.fromEntries(QUERY_KEYS.map((k) => [k, str]));

const schedule: Check = (v) => {
  const p = mappingOf({
    required: { TimeoutMinutes: int },
    optional: { CronExpression: strOrInt, RateMinutes: strOrInt },
  })(v);
  if (p) return p;
  const o = v as Record<string, unknown>;
  if (hasOwn(o, 'CronExpression') === hasOwn(o, 'RateMinutes'))
    return { detail: "exactly one of 'CronExpression' or 'RateMinutes' is required" };
  const rate = o.RateMinutes;
  if (typeof rate === 'number' && rate <= 1)
    return { detail: 'RateMinutes must be > 1', at: ['RateMinutes'] };
  if (typeof rate === 'number' && rate < Number(o.TimeoutMinutes))
    return { detail: 'RateMinutes must be >= TimeoutMinutes', at: ['RateMinutes'] };
  return undefined;
};

const logTypeMap = mappingOf({
  required: { PrimaryKey: str },
  optional: {
    AssociatedLogTypes: listOf(
      mappingOf({ required: { LogType: str }, optional: { Selectors: listOf(str) } }),
    ),
  },
});

/**
 * Shapes of the analysis types `test` validates without running (PAT 1.11.1's schemas), each
 * with the keys of which exactly one must be present (`oneOf`).
 */
const OTHER_SHAPES: Partial<Record<AnalysisType, { shape: Shape; oneOf?: string[] }>> = {
  correlation_rule: {
    shape: {
      required: {
        AnalysisType: anything,
        RuleID: idString,
        Enabled: bool,
        Detection: anything,
        Severity: severity,
      },
      optional: {
        // The rule keys a correlation rule shares (PAT's CORRELATION_RULE_SCHEMA).
        ...Object.fromEntries(Object.entries(ruleOptional).filter(([k]) => !CORRELATION_LACKS.has(k))),
        Tests: listOf(
          mappingOf({
            required: {
              Name: str,
              ExpectedResult: bool,
              RuleOutputs: listOf(mappingOf({ required: { ID: str }, optional: { Matches: anything } })),
            },
            optional: {},
          }),
        ),
      },
    },
  },
  saved_query: {
    shape: {
      required: { AnalysisType: anything, QueryName: idString },
      optional: {
        ...queryBodies,
        Description: str,
        Tags: listOf(str),
        Lookback: bool,
        LookbackWindowSeconds: int,
        BaseVersion: int,
      },
    },
    oneOf: QUERY_KEYS,
  },
  scheduled_query: {
    shape: {
      required: { AnalysisType: anything, QueryName: idString, Enabled: bool, Schedule: schedule },
      optional: {
        ...queryBodies,
        Description: str,
        Tags: listOf(str),
        Lookback: bool,
        LookbackWindowSeconds: int,
        EmailConfig: mappingOf({
          required: { Recipients: listOf(str) },
          optional: { SendEmpty: bool, PreferAttachment: bool },
        }),
        BaseVersion: int,
      },
    },
    oneOf: QUERY_KEYS,
  },
  lookup_table: {
    shape: {
      required: { AnalysisType: anything, LookupName: str, Enabled: bool, LogTypeMap: logTypeMap },
      // The file-backed and the SQL-backed lookup table schemas, merged: which applies is
      // decided below by whether a query key is present.
      optional: {
        Filename: anything,
        Refresh: anything,
        Schema: str,
        ...queryBodies,
        Indicators: anything,
        Validations: anything,
        Description: str,
        Reference: str,
        BaseVersion: int,
      },
    },
  },
  pack: {
    shape: {
      required: {
        AnalysisType: anything,
        PackID: idString,
        PackDefinition: mappingOf({ required: { IDs: listOf(str) }, optional: {} }),
      },
      optional: { Description: str, DisplayName: idString },
    },
  },
};

/** Schema check of a correlation rule, saved or scheduled query, lookup table or pack. */
export function validateOther(
  raw: Record<string, unknown>,
  src: SpecSource,
  type: AnalysisType,
): SpecError | undefined {
  const entry = OTHER_SHAPES[type];
  if (!entry) return undefined;
  const id = idOf(raw, ANALYSIS_ID_KEYS[type]);
  const invalid = topLevelError(raw, entry.shape, src, id);
  if (invalid) return invalid;
  let oneOf = entry.oneOf;
  if (type === 'lookup_table') {
    const sql = QUERY_KEYS.some((k) => hasOwn(raw, k));
    oneOf = sql ? QUERY_KEYS : undefined;
    const missing = (sql ? ['Refresh'] : ['Schema']).filter((k) => !hasOwn(raw, k));
    if (!sql && !hasOwn(raw, 'Filename') && !hasOwn(raw, 'Refresh'))
      missing.unshift("'Filename' or 'Refresh'");
    if (missing.length)
      return specError(
        src,
        1,
        `Missing key: ${missing.map((k) => (k.startsWith("'") ? k : `'${k}'`)).join(', ')}`,
        id,
      );
  }
  if (oneOf) {
    const present = oneOf.filter((k) => hasOwn(raw, k));
    if (present.length === 0)
      return specError(src, 1, `Missing key: one of ${oneOf.map((k) => `'${k}'`).join(', ')}`, id);
  }
  return undefined;
}

const policyShape: Shape = {
  required: { AnalysisType: anything, PolicyID: idString, Filename: str, Enabled: bool, Severity: severity },
  optional: {
    ResourceTypes: listOf(resourceType),
    DisplayName: idString,
    Description: str,
    Reference: str,
    Runbook: str,
    CreatedBy: str,
    Status: str,
    Tags: listOf(str),
    OutputIds: listOf(str),
    Suppressions: listOf(str),
    Reports: reports,
    Tests: anything, // checked entry by entry below, for per-test lines
    ActionDelaySeconds: int,
    BaseVersion: int,
    AutoRemediationID: str,
    AutoRemediationParameters: anything,
    OnlyUseBaseRiskScore: bool,
  },
};

const globalShape: Shape = {
  required: { AnalysisType: anything, GlobalID: idString, Filename: str },
  optional: { Description: str, Tags: listOf(str), BaseVersion: int },
};

/** Keys of the policy and global schemas (used by --filter). */
export const POLICY_KEYS: readonly string[] = [
  ...Object.keys(policyShape.required),
  ...Object.keys(policyShape.optional),
];
export const GLOBAL_KEYS: readonly string[] = [
  ...Object.keys(globalShape.required),
  ...Object.keys(globalShape.optional),
];

// ---- error construction ----

function keysInSourceOrder(raw: Record<string, unknown>, parsed: ParsedYaml): string[] {
  const line = (k: string) => parsed.keyLines[k] ?? Number.MAX_SAFE_INTEGER;
  return Object.keys(raw).sort((a, b) => line(a) - line(b));
}

export function specError(
  src: SpecSource,
  line: number | undefined,
  message: string,
  id?: string,
): SpecError {
  const err: SpecError = { file: src.file, line: line ?? 1, message };
  if (id !== undefined) err.id = id;
  return err;
}

export function idOf(raw: Record<string, unknown>, key: string): string | undefined {
  return typeof raw[key] === 'string' ? (raw[key] as string) : undefined;
}

/** Validates the `Tests` list; the error line is the offending key's, or the entry's. */
function checkTests(
  tests: unknown,
  src: SpecSource,
  shape: Shape = testShape,
): { line: number | undefined; message: string } | undefined {
  const lineAt = src.parsed.lineAt;
  if (!Array.isArray(tests))
    return { line: lineAt(['Tests']), message: `Key 'Tests' error: ${instance(tests, 'list').detail}` };
  for (let i = 0; i < tests.length; i++) {
    const t = tests[i];
    const entryLine = src.parsed.testLines[i] ?? lineAt(['Tests', i]);
    const name =
      pyType(t) === 'dict' && typeof (t as Record<string, unknown>).Name === 'string'
        ? ` ${pyRepr((t as Record<string, unknown>).Name)}`
        : '';
    const label = `Test #${i + 1}${name}`;
    if (pyType(t) !== 'dict') return { line: entryLine, message: `${label}: ${instance(t, 'dict').detail}` };
    const obj = t as Record<string, unknown>;
    const p = checkShape(obj, shape, { order: () => orderWithin(obj, src, ['Tests', i]) });
    if (p) {
      const line = p.key ? lineAt(['Tests', i, p.key, ...(p.at ?? [])]) : entryLine;
      return { line, message: `${label}: ${p.detail}` };
    }
  }
  return undefined;
}

/** Keys of a nested mapping sorted by their line, so the first error reported is the first in the file. */
function orderWithin(obj: Record<string, unknown>, src: SpecSource, at: YamlPath): string[] {
  const line = (k: string) => src.parsed.lineAt([...at, k]) ?? Number.MAX_SAFE_INTEGER;
  return Object.keys(obj).sort((a, b) => line(a) - line(b));
}

/** A spec mapping checked against its shape, key by key in file order: the first error, at its line. */
function topLevelError(
  raw: Record<string, unknown>,
  shape: Shape,
  src: SpecSource,
  id: string | undefined,
  allowExtra = false,
): SpecError | undefined {
  const p = checkShape(raw, shape, { allowExtra, order: () => keysInSourceOrder(raw, src.parsed) });
  if (!p) return undefined;
  return specError(src, p.key ? src.parsed.lineAt([p.key, ...(p.at ?? [])]) : 1, p.detail, id);
}

// ---- public validators ----

/** Schema check of an `AnalysisType: policy` mapping (§4, §4.1). Duplicates are §6 step 5: see `checkDuplicates`. */
export function validatePolicy(
  raw: Record<string, unknown>,
  src: SpecSource,
  opts: { ignoreExtraKeys?: boolean } = {},
): Validated<PolicySpec> {
  const id = idOf(raw, 'PolicyID');
  const invalid = topLevelError(raw, policyShape, src, id, opts.ignoreExtraKeys);
  if (invalid) return { ok: false, error: invalid };
  if (hasOwn(raw, 'Tests')) {
    const t = checkTests(raw.Tests, src);
    if (t) return { ok: false, error: specError(src, t.line, t.message, id) };
  }
  return { ok: true, spec: buildPolicy(raw, src) };
}

/**
 * Schema check of an `AnalysisType: rule` / `scheduled_rule` mapping (PAT's RULE_SCHEMA, or
 * DERIVED_SCHEMA when it has `BaseDetection`). Tests carry `Log` instead of `Resource`.
 */
export function validateRule(raw: Record<string, unknown>, src: SpecSource): Validated<PolicySpec> {
  const id = idOf(raw, 'RuleID');
  const derived = hasOwn(raw, 'BaseDetection');
  const invalid = topLevelError(raw, derived ? derivedShape : ruleShape, src, id);
  if (invalid) return { ok: false, error: invalid };
  if (!derived) {
    for (const [a, b] of [
      ['Filename', 'Detection'],
      ['LogTypes', 'ScheduledQueries'],
    ]) {
      const n = Number(hasOwn(raw, a)) + Number(hasOwn(raw, b));
      if (n === 0) return { ok: false, error: specError(src, 1, `Missing key: '${a}' or '${b}'`, id) };
      if (n === 2)
        return {
          ok: false,
          error: specError(
            src,
            src.parsed.keyLines[b],
            `There are multiple keys present: '${a}', '${b}'`,
            id,
          ),
        };
    }
  }
  if (hasOwn(raw, 'Tests')) {
    const t = checkTests(raw.Tests, src, ruleTestShape);
    if (t) return { ok: false, error: specError(src, t.line, t.message, id) };
  }
  const spec = buildPolicy(raw, src, 'Log');
  spec.kind = raw.AnalysisType === 'scheduled_rule' ? 'scheduled_rule' : 'rule';
  spec.policyId = raw.RuleID as string;
  spec.enabled = raw.Enabled === true;
  spec.severity = (raw.Severity as PolicySpec['severity'] | undefined) ?? 'Info';
  spec.pythonFile = typeof raw.Filename === 'string' ? filenamePath(src.specFile, raw.Filename) : '';
  spec.logTypes = (raw.LogTypes as string[] | undefined) ?? [];
  spec.scheduledQueries = (raw.ScheduledQueries as string[] | undefined) ?? [];
  if (raw.CreateAlert === false) spec.createAlert = false;
  if (derived) spec.baseDetection = raw.BaseDetection as string;
  return { ok: true, spec };
}

/** Schema check of an `AnalysisType: datamodel` mapping (PAT's DATA_MODEL_SCHEMA). */
export function validateDataModel(raw: Record<string, unknown>, src: SpecSource): Validated<DataModelSpec> {
  const id = idOf(raw, 'DataModelID');
  const invalid = topLevelError(raw, dataModelShape, src, id);
  if (invalid) return { ok: false, error: invalid };
  const mappings = (raw.Mappings as Record<string, string>[]).map((m) => ({
    name: m.Name,
    ...(typeof m.Path === 'string' && { path: m.Path }),
    ...(typeof m.Method === 'string' && { method: m.Method }),
  }));
  const spec: DataModelSpec = {
    kind: 'datamodel',
    dataModelId: raw.DataModelID as string,
    specFile: src.specFile,
    enabled: raw.Enabled as boolean,
    logTypes: raw.LogTypes as string[],
    mappings,
    keyLines: { ...src.parsed.keyLines },
  };
  if (typeof raw.Filename === 'string') spec.pythonFile = filenamePath(src.specFile, raw.Filename);
  return { ok: true, spec };
}

function buildPolicy(
  raw: Record<string, unknown>,
  src: SpecSource,
  input: 'Resource' | 'Log' = 'Resource',
): PolicySpec {
  const s = (k: string) => raw[k] as string | undefined;
  const list = (k: string) => (raw[k] as string[] | undefined) ?? [];
  const rawTests = Array.isArray(raw.Tests) ? (raw.Tests as Record<string, unknown>[]) : [];
  const tests = rawTests.map((t, i): PolicyTest => ({
    name: t.Name as string,
    expectedResult: t.ExpectedResult as boolean,
    resource: t[input],
    mocks: ((t.Mocks as Mock[] | undefined) ?? []).map((m) => ({
      objectName: m.objectName,
      returnValue: m.returnValue,
    })),
    line: src.parsed.testLines[i] ?? 1,
  }));
  const reportsRaw = (raw.Reports as Record<string, unknown[]> | undefined) ?? {};
  const spec: PolicySpec = {
    kind: 'policy',
    policyId: raw.PolicyID as string,
    specFile: src.specFile,
    pythonFile: typeof raw.Filename === 'string' ? filenamePath(src.specFile, raw.Filename) : '',
    enabled: raw.Enabled as boolean,
    severity: raw.Severity as PolicySpec['severity'],
    resourceTypes: list('ResourceTypes'),
    tags: list('Tags'),
    // String() of a PyFloat/PyBigInt is Python's str(): `1.0`, not `1`.
    reports: Object.fromEntries(Object.entries(reportsRaw).map(([k, v]) => [k, v.map(String)])),
    suppressions: list('Suppressions'),
    outputIds: list('OutputIds'),
    tests,
    hasTestsKey: hasOwn(raw, 'Tests'),
    raw,
    keyLines: { ...src.parsed.keyLines },
  };
  for (const [key, field] of [
    ['DisplayName', 'displayName'],
    ['Description', 'description'],
    ['Reference', 'reference'],
    ['Runbook', 'runbook'],
  ] as const) {
    if (s(key) !== undefined) spec[field] = s(key);
  }
  return spec;
}

/** Schema check of an `AnalysisType: global` mapping (§5.1). Extra keys are always errors. */
export function validateGlobal(raw: Record<string, unknown>, src: SpecSource): Validated<GlobalSpec> {
  const id = idOf(raw, 'GlobalID');
  const invalid = topLevelError(raw, globalShape, src, id);
  if (invalid) return { ok: false, error: invalid };
  const spec: GlobalSpec = {
    kind: 'global',
    globalId: raw.GlobalID as string,
    specFile: src.specFile,
    pythonFile: filenamePath(src.specFile, raw.Filename as string),
  };
  if (typeof raw.Description === 'string') spec.description = raw.Description;
  return { ok: true, spec };
}

/**
 * §6 step 5: list fields that must be sets. `Tags` also may not hold two values that differ
 * only by case. Applies to any analysis type that has the field.
 */
export function checkDuplicates(
  raw: Record<string, unknown>,
  src: SpecSource,
  id?: string,
): SpecError | undefined {
  for (const key of ['Tags', 'OutputIds', 'Suppressions', 'LogTypes', 'PackIDs', 'SummaryAttributes']) {
    const list = raw[key];
    if (!Array.isArray(list)) continue;
    const seen = new Map<string, unknown>();
    for (let i = 0; i < list.length; i++) {
      const v = list[i];
      const norm = key === 'Tags' && typeof v === 'string' ? v.toLowerCase() : JSON.stringify(v);
      if (seen.has(norm)) {
        const first = seen.get(norm);
        const detail =
          first === v
            ? `duplicate value ${pyRepr(v)}`
            : `${pyRepr(v)} duplicates ${pyRepr(first)} (tags are compared case-insensitively)`;
        return specError(src, src.parsed.lineAt([key, i]), `Key '${key}' error: ${detail}`, id);
      }
      seen.set(norm, v);
    }
  }
  return undefined;
}

/** A spec of a type Palisade does not run (rule, query, pack, ...): kept for IDs, filters and packs. */
export interface OtherSpec {
  analysisType: AnalysisType;
  id?: string;
  file: string;
  specFile: string;
  raw: Record<string, unknown>;
  keyLines: Record<string, number>;
}

/**
 * Pack check (§6): every ID in a pack's `PackDefinition.IDs` must exist among the given specs of
 * any type. Packs without a readable `PackDefinition.IDs` list are not checked (other types are
 * not validated).
 */
export function checkPacks(specs: {
  policies: readonly PolicySpec[];
  globals: readonly GlobalSpec[];
  dataModels?: readonly DataModelSpec[];
  others: readonly OtherSpec[];
}): SpecError[] {
  const existing = new Set<string>([
    ...specs.policies.map((p) => p.policyId),
    ...specs.globals.map((g) => g.globalId),
    ...(specs.dataModels ?? []).map((d) => d.dataModelId),
    ...specs.others.flatMap((o) => (o.id === undefined ? [] : [o.id])),
  ]);
  const errors: SpecError[] = [];
  for (const pack of specs.others) {
    if (pack.analysisType !== 'pack') continue;
    const def = pack.raw.PackDefinition as { IDs?: unknown } | null | undefined;
    const ids = def && typeof def === 'object' ? def.IDs : undefined;
    if (!Array.isArray(ids)) continue;
    const missing = ids.filter((id) => !existing.has(String(id)));
    if (missing.length === 0) continue;
    const err: SpecError = {
      file: pack.file,
      line: pack.keyLines.PackDefinition ?? 1,
      message: `pack (${pack.id}) definition includes item(s) that do not exist (${missing.map(String).join(', ')})`,
    };
    if (pack.id !== undefined) err.id = pack.id;
    errors.push(err);
  }
  return errors;
}
