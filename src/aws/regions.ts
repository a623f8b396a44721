/** Which regions to scan: the account's enabled regions, narrowed by include/exclude lists. */
import { DescribeRegionsCommand, type EC2Client } from '@aws-sdk/client-ec2';

/**
 * Regions enabled for the account. `AllRegions` also lists opt-in regions, whose
 * `OptInStatus` says whether this account may use them; `not-opted-in` ones are skipped
 * (calling them fails with OptInRequired/AuthFailure).
 */
export async function enabledRegions(ec2: EC2Client): Promise<string[]> {
  const out = await ec2.send(new DescribeRegionsCommand({ AllRegions: true }));
  return (out.Regions ?? [])
    .filter((r) => r.RegionName && r.OptInStatus !== 'not-opted-in')
    .map((r) => r.RegionName as string)
    .sort();
}

/** `*` in a pattern matches any run of characters (e.g. `eu-*`). */
function matcher(pattern: string): RegExp {
  const escaped = pattern
    .trim()
    .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
}

export interface RegionSelection {
  regions: string[];
  /** Requested regions that are not enabled for the account (skipped, worth a warning). */
  notEnabled: string[];
}

export function selectRegions(enabled: string[], include?: string[], exclude?: string[]): RegionSelection {
  const inc = include?.filter((s) => s.trim() !== '').map(matcher);
  const exc = (exclude ?? []).filter((s) => s.trim() !== '').map(matcher);
  const regions = enabled.filter(
    (r) => (!inc || inc.length === 0 || inc.some((m) => m.test(r))) && !exc.some((m) => m.test(r)),
  );
  const notEnabled = (include ?? []).filter(
    (p) => !p.includes('*') && p.trim() !== '' && !enabled.includes(p.trim()),
  );
  return { regions, notEnabled };
}
