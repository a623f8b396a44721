// Builders for the fixture policies of test/fixtures/harness (no YAML loader involved).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type {
  CollectionError,
  GlobalSpec,
  Mock,
  PolicySpec,
  PolicyTest,
  Severity,
  Snapshot,
} from '../../src/model/index.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/harness/', import.meta.url));
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function fixture(rel: string): string {
  return FIXTURES + rel;
}

let nextLine = 100;

export function t(
  name: string,
  expectedResult: boolean,
  resource: unknown,
  mocks: Mock[] = [],
  line?: number,
): PolicyTest {
  return { name, expectedResult, resource, mocks, line: line ?? nextLine++ };
}

export function policySpec(policyId: string, pyRel: string, extra: Partial<PolicySpec> = {}): PolicySpec {
  const pythonFile = fixture(pyRel);
  return {
    kind: 'policy',
    policyId,
    specFile: pythonFile.replace(/\.py$/, '.yml'),
    pythonFile,
    enabled: true,
    severity: 'Medium' as Severity,
    resourceTypes: [],
    tags: [],
    reports: {},
    suppressions: [],
    outputIds: [],
    tests: [],
    hasTestsKey: true,
    raw: {},
    keyLines: { AnalysisType: 1, Filename: 2, PolicyID: 3, Tests: 9 },
    ...extra,
  };
}

export function globalSpec(globalId: string, pyRel: string): GlobalSpec {
  const pythonFile = fixture(pyRel);
  return { kind: 'global', globalId, specFile: pythonFile.replace(/\.py$/, '.yml'), pythonFile };
}

/** A `load` request item read straight from a fixture file (for direct harness requests). */
export function loadItem(id: string, pyRel: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    file: `test/fixtures/harness/${pyRel}`,
    source: readFileSync(fixture(pyRel), 'utf8'),
    severity: 'Medium',
    resourceTypes: [],
    enabled: true,
    ...extra,
  };
}

/** A snapshot of these resources (and collection errors) with empty metadata. */
export const snapshotOf = (resources: unknown[], errors: CollectionError[] = []): Snapshot => ({
  resources: resources as Snapshot['resources'],
  errors,
  metadata: {
    source: 'file',
    accounts: [],
    regions: [],
    startedAt: '',
    finishedAt: '',
    apiCalls: {},
    partial: false,
  },
});
