/**
 * The IAM credential report (docs/resources.md): fetched once per account, generated
 * and polled when absent or expired, parsed by column name.
 */
import { GenerateCredentialReportCommand, GetCredentialReportCommand } from '@aws-sdk/client-iam';
import { errorCode } from '../errors.js';
import { ZERO_DATE } from '../shapes.js';
import type { AccountContext } from './context.js';

export type CredentialReportRow = Record<string, string | boolean>;

const NEEDS_GENERATION = new Set(['ReportNotPresent', 'ReportExpired', 'ReportInProgress']);
const NO_DATE = new Set(['N/A', 'no_information', 'not_supported', '']);

/** Column → [field, kind]. Unknown columns are ignored, missing ones default per kind. */
const COLUMNS: Array<[string, string, 'str' | 'ts' | 'bool' | 'raw']> = [
  ['user', 'UserName', 'str'],
  ['arn', 'ARN', 'str'],
  ['user_creation_time', 'UserCreationTime', 'ts'],
  ['password_enabled', 'PasswordEnabled', 'bool'],
  ['password_last_used', 'PasswordLastUsed', 'ts'],
  ['password_last_changed', 'PasswordLastChanged', 'ts'],
  ['password_next_rotation', 'PasswordNextRotation', 'ts'],
  ['mfa_active', 'MfaActive', 'bool'],
  ...[1, 2].flatMap((n): Array<[string, string, 'str' | 'ts' | 'bool' | 'raw']> => [
    [`access_key_${n}_active`, `AccessKey${n}Active`, 'bool'],
    [`access_key_${n}_last_rotated`, `AccessKey${n}LastRotated`, 'ts'],
    [`access_key_${n}_last_used_date`, `AccessKey${n}LastUsedDate`, 'ts'],
    [`access_key_${n}_last_used_region`, `AccessKey${n}LastUsedRegion`, 'raw'],
    [`access_key_${n}_last_used_service`, `AccessKey${n}LastUsedService`, 'raw'],
  ]),
  ...[1, 2].flatMap((n): Array<[string, string, 'str' | 'ts' | 'bool' | 'raw']> => [
    [`cert_${n}_active`, `Cert${n}Active`, 'bool'],
    [`cert_${n}_last_rotated`, `Cert${n}LastRotated`, 'ts'],
  ]),
];

/** Report dates arrive as `...+00:00`; policies need `...Z`. Keep the text otherwise as is. */
export function reportTimestamp(cell: string | undefined): string {
  const v = (cell ?? '').trim();
  if (NO_DATE.has(v)) return ZERO_DATE;
  const m = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,6})?)(?:Z|[+-]00:?00)$/.exec(v);
  if (m) return `${m[1]}Z`;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? ZERO_DATE : d.toISOString().replace('.000Z', 'Z');
}

function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted && ch === '"' && line[i + 1] === '"') {
      cur += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (ch === ',' && !quoted) {
      out.push(cur);
      cur = '';
    } else {
      cur += ch;
    }
  }
  out.push(cur);
  return out;
}

/** Parse the CSV into rows keyed by user name (`<root_account>` for the root user). */
export function parseCredentialReport(csv: string): Map<string, CredentialReportRow> {
  const lines = csv.split(/\r?\n/).filter((l) => l.trim() !== '');
  const rows = new Map<string, CredentialReportRow>();
  if (lines.length === 0) return rows;
  const header = splitCsvLine(lines[0]).map((h) => h.trim());
  const columns = COLUMNS.map(([col, field, kind]) => ({ at: header.indexOf(col), field, kind }));
  for (const line of lines.slice(1)) {
    const cells = splitCsvLine(line);
    const row: CredentialReportRow = {};
    for (const { at, field, kind } of columns) {
      const v = at < 0 ? undefined : cells[at];
      if (kind === 'bool') row[field] = v?.trim() === 'true';
      else if (kind === 'ts') row[field] = reportTimestamp(v);
      else if (kind === 'raw') row[field] = v ?? 'N/A';
      else row[field] = v ?? '';
    }
    rows.set(String(row.UserName), row);
  }
  return rows;
}

class CredentialReportTimeout extends Error {
  override name = 'CredentialReportTimeout';
}

/** Get the report, generating it first when needed; bounded by ctx.credentialReportTimeoutMs. */
export async function fetchCredentialReport(ctx: AccountContext): Promise<Map<string, CredentialReportRow>> {
  const iam = await ctx.clients.client('iam', ctx.homeRegion);
  const deadline = Date.now() + ctx.credentialReportTimeoutMs;
  let delay = 500;
  const wait = async () => {
    if (Date.now() + delay > deadline)
      throw new CredentialReportTimeout('credential report not ready in time');
    await ctx.sleep(delay);
    delay = Math.min(delay * 2, 4000);
  };
  for (let round = 0; ; round++) {
    try {
      const out = await iam.send(new GetCredentialReportCommand({}));
      return parseCredentialReport(out.Content ? new TextDecoder().decode(out.Content) : '');
    } catch (err) {
      if (!NEEDS_GENERATION.has(errorCode(err))) throw err;
    }
    if (round > 0) await wait();
    // GenerateCredentialReport both starts the report and reports its state.
    while ((await iam.send(new GenerateCredentialReportCommand({}))).State !== 'COMPLETE') await wait();
  }
}
