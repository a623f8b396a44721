/** Which accounts to scan: an explicit list and/or the organization's active accounts. */
import { paginateListAccounts, type OrganizationsClient } from '@aws-sdk/client-organizations';
import type { AccountRef } from '../model/resource.js';
import { ScanConfigError } from './filters.js';

/** Accepts `"123456789012"`, `"123456789012:label"` or `{id, label}`. */
export function parseAccounts(list: Array<string | AccountRef> = []): AccountRef[] {
  const seen = new Map<string, AccountRef>();
  for (const item of list) {
    const ref: AccountRef =
      typeof item === 'string'
        ? (() => {
            const s = item.trim();
            const i = s.indexOf(':');
            return i < 0
              ? { id: s }
              : { id: s.slice(0, i).trim(), label: s.slice(i + 1).trim() || undefined };
          })()
        : { ...item };
    if (!/^\d{12}$/.test(ref.id))
      throw new ScanConfigError(`invalid AWS account id "${ref.id}" (expected 12 digits)`);
    if (ref.label === undefined) delete ref.label;
    seen.set(ref.id, { ...seen.get(ref.id), ...ref });
  }
  return [...seen.values()];
}

/** ACTIVE accounts of the organization, labelled with their names. */
export async function discoverOrganizationAccounts(org: OrganizationsClient): Promise<AccountRef[]> {
  const out: AccountRef[] = [];
  for await (const page of paginateListAccounts({ client: org }, {})) {
    for (const a of page.Accounts ?? []) {
      // `State` replaces the deprecated `Status`; accept either.
      const state = (a as { State?: string }).State ?? a.Status;
      if (a.Id && state === 'ACTIVE') out.push(a.Name ? { id: a.Id, label: a.Name } : { id: a.Id });
    }
  }
  return out;
}

/** Explicit entries win over discovered ones (their labels are the user's). */
export function mergeAccounts(explicit: AccountRef[], discovered: AccountRef[]): AccountRef[] {
  const byId = new Map<string, AccountRef>();
  for (const a of discovered) byId.set(a.id, a);
  for (const a of explicit) byId.set(a.id, { ...byId.get(a.id), ...a });
  return [...byId.values()];
}

/**
 * The accounts a scan with these settings would cover, without scanning: the explicit list, the
 * organization's active accounts when asked, else the caller's own account.
 */
export async function accountsToScan(opts: {
  accounts: string[];
  organizations: boolean;
  homeRegion: string;
  credentials?: import('./clients.js').Credentials;
  clientConfig?: object;
}): Promise<AccountRef[]> {
  const explicit = parseAccounts(opts.accounts);
  const config = { region: opts.homeRegion, credentials: opts.credentials, ...opts.clientConfig };
  if (opts.organizations) {
    const { OrganizationsClient } = await import('@aws-sdk/client-organizations');
    return mergeAccounts(explicit, await discoverOrganizationAccounts(new OrganizationsClient(config)));
  }
  if (explicit.length > 0) return explicit;
  const { STSClient, GetCallerIdentityCommand } = await import('@aws-sdk/client-sts');
  const me = await new STSClient(config).send(new GetCallerIdentityCommand({}));
  return [{ id: me.Account ?? '' }];
}
