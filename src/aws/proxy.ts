/**
 * HTTPS proxy for AWS calls, as configure-aws-credentials users set it: the `http-proxy` option,
 * else HTTPS_PROXY / https_proxy. The SDK does not read these variables by itself. NO_PROXY
 * entries (`*`, `.amazonaws.com`, a host) switch it off for the hosts they name.
 */
import { HttpsProxyAgent } from 'https-proxy-agent';

export function proxyUrl(explicit: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  return explicit || env.HTTPS_PROXY || env.https_proxy || undefined;
}

/** Whether NO_PROXY exempts `host` (suffix match on `.domain` or `domain`, `*` = everything). */
export function bypassesProxy(host: string, env: NodeJS.ProcessEnv): boolean {
  const list = (env.NO_PROXY ?? env.no_proxy ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const h = host.toLowerCase();
  return list.some(
    (e) => e === '*' || h === e.replace(/^\./, '') || h.endsWith(e.startsWith('.') ? e : `.${e}`),
  );
}

/**
 * The agent for HTTPS calls to AWS, or undefined for a direct connection. `endpoint` is the
 * custom endpoint (emulators), whose host NO_PROXY may exempt; AWS's own hosts are checked as
 * `amazonaws.com`.
 */
export function proxyAgentFor(
  explicit: string | undefined,
  endpoint: string | undefined,
  env: NodeJS.ProcessEnv,
): HttpsProxyAgent<string> | undefined {
  const url = proxyUrl(explicit, env);
  if (!url) return undefined;
  const host = endpoint ? new URL(endpoint).hostname : 'sts.amazonaws.com';
  if (bypassesProxy(host, env)) return undefined;
  return new HttpsProxyAgent(url);
}
