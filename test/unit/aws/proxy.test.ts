// HTTPS_PROXY / http-proxy and NO_PROXY for the AWS clients (the SDK reads neither by itself).
import { describe, expect, it } from 'vitest';
import { bypassesProxy, proxyAgentFor } from '../../../src/aws/proxy.js';

describe('proxy', () => {
  it('uses the explicit proxy, else HTTPS_PROXY / https_proxy, else none', () => {
    expect(proxyAgentFor(undefined, undefined, {})).toBeUndefined();
    expect(proxyAgentFor(undefined, undefined, { https_proxy: 'http://proxy:3128' })?.proxy.href).toBe(
      'http://proxy:3128/',
    );
    expect(proxyAgentFor('http://mine:8080', undefined, { HTTPS_PROXY: 'http://other:1' })?.proxy.href).toBe(
      'http://mine:8080/',
    );
  });

  it('honours NO_PROXY for the emulator host and for AWS hosts', () => {
    const env = { HTTPS_PROXY: 'http://proxy:3128', NO_PROXY: 'localhost,127.0.0.1,.internal' };
    expect(proxyAgentFor(undefined, 'http://127.0.0.1:5000', env)).toBeUndefined();
    expect(proxyAgentFor(undefined, 'https://aws.corp.internal', env)).toBeUndefined();
    expect(proxyAgentFor(undefined, undefined, env)).toBeDefined();
    expect(proxyAgentFor(undefined, undefined, { ...env, NO_PROXY: '.amazonaws.com' })).toBeUndefined();
    expect(bypassesProxy('anything', { NO_PROXY: '*' })).toBe(true);
    expect(bypassesProxy('notinternal', { NO_PROXY: 'internal' })).toBe(false);
  });
});
