#!/usr/bin/env node
// Generates policies/README.md, the catalogue of the bundled policies, from their YAML specs and the
// CIS AWS Foundations Benchmark control list in policies/cis-v3.0.json.
//
//   node scripts/catalogue.mjs          write policies/README.md
//   node scripts/catalogue.mjs --check  exit 1 if policies/README.md is missing or out of date
//
// The CIS section lists every control of the benchmark with the policies whose spec names it under
// Reports.CIS (or Reports.CIS_AWS_v3.0), or, when none does, the reason from cis-v3.0.json why no
// policy can exist. A spec naming a control the benchmark does not have is an error (exit 2); a
// control with neither a policy nor a reason, or with both, is reported as a warning.
//
// The output depends only on the specs and that file (no dates, sorted everywhere), so --check is
// stable in CI.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const POLICIES = join(ROOT, 'policies');
const README = join(POLICIES, 'README.md');
const CIS_FILE = join(POLICIES, 'cis-v3.0.json');
/** Reports keys that carry CIS AWS Foundations v3.0 control ids. */
const CIS_KEYS = ['CIS', 'CIS_AWS_v3.0'];
const SEVERITIES = ['Critical', 'High', 'Medium', 'Low', 'Info'];

/** Code-point order, so the output does not depend on the machine's locale. */
const byString = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** CIS ids such as "1.4", "2.1.1", "1.10" in benchmark order. */
function byCisId(a, b) {
  const pa = String(a).split('.').map(Number);
  const pb = String(b).split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

function walk(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => byString(a.name, b.name))) {
    if (entry.name.startsWith('.') || entry.name === '__pycache__') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path));
    else if (/\.ya?ml$/.test(entry.name)) out.push(path);
  }
  return out;
}

function loadPolicies() {
  const policies = [];
  const problems = [];
  for (const file of walk(POLICIES)) {
    const rel = relative(ROOT, file).split(sep).join('/');
    const doc = YAML.parseDocument(readFileSync(file, 'utf8'), { schema: 'core' });
    if (doc.errors.length > 0) {
      problems.push(`${rel}: ${doc.errors[0].message}`);
      continue;
    }
    const spec = doc.toJS();
    if (!spec || typeof spec !== 'object' || spec.AnalysisType !== 'policy') continue;
    if (typeof spec.PolicyID !== 'string') {
      problems.push(`${rel}: no PolicyID`);
      continue;
    }
    const reports = spec.Reports ?? {};
    const types = [...(spec.ResourceTypes ?? [])].map(String).sort(byString);
    policies.push({
      id: spec.PolicyID,
      name: spec.DisplayName ?? '',
      types: types.length > 0 ? types : ['(all)'],
      severity: spec.Severity ?? '',
      enabled: spec.Enabled === true,
      cis: [...new Set(CIS_KEYS.flatMap((k) => [...(reports[k] ?? [])].map(String)))].sort(byCisId),
      mitre: [...(reports['MITRE ATT&CK'] ?? [])].map(String).sort(byString),
      tests: Array.isArray(spec.Tests) ? spec.Tests.length : 0,
      family: rel.split('/')[1] ?? '',
      file: rel.replace(/^policies\//, ''),
    });
  }
  policies.sort((a, b) => byString(a.types[0], b.types[0]) || byString(a.id, b.id));
  return { policies, problems };
}

/** The benchmark's controls, in benchmark order, from policies/cis-v3.0.json. */
function loadCis() {
  const problems = [];
  const rel = relative(ROOT, CIS_FILE).split(sep).join('/');
  if (!existsSync(CIS_FILE)) return { cis: null, problems: [`${rel}: missing`] };
  let data;
  try {
    data = JSON.parse(readFileSync(CIS_FILE, 'utf8'));
  } catch (err) {
    return { cis: null, problems: [`${rel}: ${err.message}`] };
  }
  const controls = Array.isArray(data?.controls) ? data.controls : [];
  if (controls.length === 0) problems.push(`${rel}: no controls`);
  const seen = new Set();
  for (const c of controls) {
    if (typeof c?.id !== 'string' || !/^\d+(\.\d+)+$/.test(c.id) || typeof c.title !== 'string') {
      problems.push(`${rel}: every control needs an id such as "1.4" and a title: ${JSON.stringify(c)}`);
      continue;
    }
    if (seen.has(c.id)) problems.push(`${rel}: control ${c.id} is listed twice`);
    seen.add(c.id);
    if (
      c.reason !== undefined &&
      (typeof c.reason !== 'string' || c.reason.trim() === '' || /\n/.test(c.reason))
    )
      problems.push(`${rel}: control ${c.id}: reason must be one line of text`);
  }
  const cis = {
    name: String(data?.benchmark ?? 'CIS Amazon Web Services Foundations Benchmark'),
    version: String(data?.version ?? ''),
    sections: data?.sections && typeof data.sections === 'object' ? data.sections : {},
    controls: controls.filter((c) => typeof c?.id === 'string').sort((a, b) => byCisId(a.id, b.id)),
  };
  return { cis, problems };
}

/** Per control: the policies that name it, and the checks between the specs and the control list. */
function cisCoverage(policies, cis) {
  const byControl = new Map(cis.controls.map((c) => [c.id, []]));
  const problems = [];
  const warnings = [];
  for (const p of policies) {
    for (const id of p.cis) {
      if (byControl.has(id)) byControl.get(id).push(p.id);
      else
        problems.push(
          `policies/${p.file}: Reports names CIS control ${id}, which CIS v${cis.version} does not have`,
        );
    }
  }
  const open = [];
  for (const c of cis.controls) {
    const ids = byControl.get(c.id).sort(byString);
    if (ids.length > 0 && c.reason)
      warnings.push(`CIS ${c.id} is covered by ${ids.join(', ')}; drop its reason from cis-v3.0.json`);
    if (ids.length === 0 && !c.reason) open.push(c.id);
  }
  if (open.length > 0) warnings.push(`no policy and no reason in cis-v3.0.json for CIS ${open.join(', ')}`);
  return { byControl, problems, warnings };
}

const cell = (text) => String(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, ' ');
const list = (items) => (items.length > 0 ? items.map((i) => `\`${cell(i)}\``).join(' ') : '—');

/** Every control, section by section, with its policies or the reason none can exist. */
function renderCis(cis, coverage) {
  const lines = [];
  const covered = cis.controls.filter((c) => coverage.byControl.get(c.id).length > 0);
  const explained = cis.controls.filter((c) => coverage.byControl.get(c.id).length === 0 && c.reason);
  const open = cis.controls.length - covered.length - explained.length;
  lines.push(`## ${cis.name} v${cis.version} coverage`);
  lines.push('');
  lines.push(
    `All ${cis.controls.length} controls of the benchmark. ${covered.length} are checked by at least one built-in ` +
      `policy (the ids in the specs' \`Reports: CIS\`); ${explained.length} cannot be checked by a policy, for the reason ` +
      `given (kept in \`policies/cis-v3.0.json\`)` +
      (open > 0 ? `; ${open} ${open === 1 ? 'has' : 'have'} no policy yet.` : '.') +
      ' Profile L1 / L2 is the CIS level; assessment Manual means CIS considers the control not fully automatable.',
  );
  lines.push('');
  const sectionOf = (id) => id.split('.')[0];
  const subsectionOf = (id) => id.split('.').slice(0, 2).join('.');
  let section = null;
  let subsection = null;
  const header = () => {
    lines.push('| control | title | profile | assessment | policies, or why none can exist |');
    lines.push('|---|---|---|---|---|');
  };
  for (const c of cis.controls) {
    if (sectionOf(c.id) !== section) {
      if (section !== null) lines.push('');
      section = sectionOf(c.id);
      subsection = null;
      lines.push(`### ${section} ${cell(cis.sections[section] ?? '')}`.trimEnd());
      lines.push('');
      if (c.id.split('.').length === 2) header();
    }
    if (c.id.split('.').length > 2 && subsectionOf(c.id) !== subsection) {
      if (subsection !== null) lines.push('');
      subsection = subsectionOf(c.id);
      lines.push(`#### ${subsection} ${cell(cis.sections[subsection] ?? '')}`.trimEnd());
      lines.push('');
      header();
    }
    const ids = coverage.byControl.get(c.id);
    const what =
      ids.length > 0
        ? ids.map((i) => `\`${cell(i)}\``).join(' ')
        : c.reason
          ? `— ${cell(c.reason)}`
          : '**not covered yet**';
    const profile = String(c.profile ?? '').replace(/^Level (\d)$/, 'L$1');
    lines.push(`| ${c.id} | ${cell(c.title)} | ${cell(profile)} | ${cell(c.assessment ?? '')} | ${what} |`);
  }
  return lines;
}

function render(policies, cis, coverage) {
  const lines = [];
  const tests = policies.reduce((n, p) => n + p.tests, 0);
  lines.push('# Bundled policies');
  lines.push('');
  lines.push('<!-- Generated by scripts/catalogue.mjs from the policy specs. Do not edit by hand:');
  lines.push('     run `node scripts/catalogue.mjs` after changing a policy. -->');
  lines.push('');
  lines.push(
    `${policies.length} policies with ${tests} tests, in the Panther analysis format ` +
      '(one `.py` + `.yml` pair each). They cover the resource types Palisade collects; ' +
      'see [docs/policy-format.md](../docs/policy-format.md) for the format and [docs/resources.md](../docs/resources.md) for the resources.',
  );
  lines.push('');

  lines.push('## Summary');
  lines.push('');
  lines.push('| family | policies |');
  lines.push('|---|---:|');
  const families = new Map();
  for (const p of policies) families.set(p.family, (families.get(p.family) ?? 0) + 1);
  for (const [family, n] of [...families].sort((a, b) => byString(a[0], b[0])))
    lines.push(`| \`${family}\` | ${n} |`);
  lines.push('');
  lines.push('| severity | policies |');
  lines.push('|---|---:|');
  for (const s of SEVERITIES) {
    const n = policies.filter((p) => p.severity === s).length;
    if (n > 0) lines.push(`| ${s} | ${n} |`);
  }
  lines.push('');

  lines.push('## Policies');
  lines.push('');
  lines.push('Sorted by resource type, then policy id.');
  lines.push('');
  lines.push('| policy id | display name | resource types | severity | CIS | MITRE ATT&CK |');
  lines.push('|---|---|---|---|---|---|');
  for (const p of policies) {
    const id = p.enabled ? `\`${cell(p.id)}\`` : `\`${cell(p.id)}\` (disabled)`;
    lines.push(
      `| ${id} | ${cell(p.name)} | ${p.types.map((t) => `\`${t}\``).join(' ')} | ${cell(p.severity)} | ${list(p.cis)} | ${list(p.mitre)} |`,
    );
  }
  lines.push('');

  lines.push(...renderCis(cis, coverage));
  lines.push('');
  return lines.join('\n');
}

function main() {
  const check = process.argv.includes('--check');
  const { policies, problems } = loadPolicies();
  const { cis, problems: cisProblems } = loadCis();
  problems.push(...cisProblems);
  const coverage = cis ? cisCoverage(policies, cis) : null;
  if (coverage) problems.push(...coverage.problems);
  if (problems.length > 0) {
    for (const p of problems) console.error(`catalogue: ${p}`);
    process.exit(2);
  }
  for (const w of coverage.warnings) console.error(`catalogue: warning: ${w}`);
  const text = render(policies, cis, coverage);
  if (check) {
    const current = existsSync(README) ? readFileSync(README, 'utf8') : null;
    if (current !== text) {
      console.error(
        'catalogue: policies/README.md is not up to date with the policy specs. Run `node scripts/catalogue.mjs` and commit the result.',
      );
      process.exit(1);
    }
    console.log(`catalogue: policies/README.md is up to date (${policies.length} policies).`);
    return;
  }
  writeFileSync(README, text);
  console.log(`catalogue: wrote policies/README.md (${policies.length} policies).`);
}

main();
