/**
 * Belt and braces against leaked credentials: before a report is published, the secret values
 * this process holds are searched for in its text, plain and in the encodings a hostile policy
 * would reach for first, and a report that holds one is refused rather than published.
 *
 * The values are read when this module loads, before anything could scrub `process.env`, and
 * credentials obtained later (the assumed role's keys) are added with `registerSecret`. Error
 * messages name the secret's kind and the encoding, never the value.
 */
import type { GateResult } from '../gate.js';
import { NeedleSearch, type Needle } from './needle-search.js';

/** Shorter values would match ordinary text (and are not credentials anyway). */
export const MIN_SECRET_LENGTH = 8;

/** Environment variables that hold credentials on a runner or for the AWS SDK. */
const SECRET_VARIABLES = new Set([
  'GITHUB_TOKEN',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
]);
/** The action's token inputs: `github-token` arrives as INPUT_GITHUB-TOKEN. */
const TOKEN_INPUT = /^INPUT_.*TOKEN/i;

export interface SecretMatch {
  /** Which secret: the variable name(s) or the kind given to registerSecret. */
  kind: string;
  encoding: string;
}

export interface EncodedForm {
  encoding: string;
  text: string;
}

/**
 * The forms of `value` searched for. Base64 is searched at the three byte alignments the value
 * can have inside a longer encoded string, each trimmed to the characters that depend on the
 * value alone, so a secret embedded in a bigger base64 blob is still found.
 */
export function encodedForms(value: string): EncodedForm[] {
  const bytes = Buffer.from(value, 'utf8');
  const hex = bytes.toString('hex');
  const forms: EncodedForm[] = [
    { encoding: 'plain', text: value },
    { encoding: 'reversed', text: [...value].reverse().join('') },
    { encoding: 'JSON-escaped', text: JSON.stringify(value).slice(1, -1) },
    { encoding: 'percent-encoded', text: encodeURIComponent(value) },
    { encoding: 'percent-encoded', text: percentEncode(bytes, /[A-Za-z0-9_.~-]/) },
    // Python's urllib.parse.quote keeps "/" by default.
    { encoding: 'percent-encoded', text: percentEncode(bytes, /[A-Za-z0-9_.~/-]/) },
    { encoding: 'hex', text: hex },
    { encoding: 'hex', text: hex.toUpperCase() },
  ];
  for (let lead = 0; lead < 3; lead++) {
    const piece = base64Piece(bytes, lead);
    forms.push({ encoding: 'base64', text: piece });
    forms.push({ encoding: 'base64url', text: piece.replace(/\+/g, '-').replace(/\//g, '_') });
  }
  const seen = new Set<string>();
  return forms.filter((f) => !seen.has(f.text) && seen.add(f.text));
}

/** The base64 characters of `bytes` when `lead` other bytes precede it, without the edges it shares. */
function base64Piece(bytes: Buffer, lead: number): string {
  const encoded = Buffer.concat([Buffer.alloc(lead), bytes]).toString('base64');
  const first = Math.ceil((8 * lead) / 6);
  const end = Math.floor((8 * (lead + bytes.length)) / 6);
  return encoded.slice(first, end);
}

function percentEncode(bytes: Buffer, keep: RegExp): string {
  let out = '';
  for (const b of bytes) {
    const c = String.fromCharCode(b);
    out += b < 0x80 && keep.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Secret values and what they are; the search over their forms is rebuilt only when they change. */
export class KnownSecrets {
  private readonly kindsByValue = new Map<string, string[]>();
  private search: NeedleSearch<SecretMatch> | null = null;

  register(value: string | null | undefined, kind: string): void {
    if (typeof value !== 'string') return;
    // A value read from a file or an env line may carry a newline the report will not.
    for (const v of new Set([value, value.trim()])) {
      if (v.length < MIN_SECRET_LENGTH) continue;
      const kinds = this.kindsByValue.get(v);
      if (kinds?.includes(kind)) continue;
      if (kinds) kinds.push(kind);
      else this.kindsByValue.set(v, [kind]);
      this.search = null;
    }
  }

  /** Every secret variable of `env` (see SECRET_VARIABLES and TOKEN_INPUT). */
  registerEnvironment(env: NodeJS.ProcessEnv): void {
    for (const [name, value] of Object.entries(env)) {
      if (SECRET_VARIABLES.has(name) || TOKEN_INPUT.test(name)) this.register(value, name);
    }
  }

  /** Which secret `text` holds and in what form, or null. One pass over the text. */
  find(text: string): SecretMatch | null {
    this.search ??= this.buildSearch();
    return this.search.find(text)?.tag ?? null;
  }

  private buildSearch(): NeedleSearch<SecretMatch> {
    const needles: Needle<SecretMatch>[] = [];
    for (const [value, kinds] of this.kindsByValue) {
      const kind = kinds.join(' / ');
      for (const form of encodedForms(value))
        needles.push({ text: form.text, tag: { kind, encoding: form.encoding } });
    }
    return new NeedleSearch(needles);
  }
}

/** The process's secrets. Read here, at load, because process.env may be scrubbed later. */
const processSecrets = new KnownSecrets();
processSecrets.registerEnvironment(process.env);

/** Add a credential obtained at run time (e.g. the assumed role's keys). */
export function registerSecret(value: string | null | undefined, kind: string): void {
  processSecrets.register(value, kind);
}

/** Add the secret variables of an environment handed to the pipeline (in addition to process.env at load). */
export function registerEnvironmentSecrets(env: NodeJS.ProcessEnv): void {
  processSecrets.registerEnvironment(env);
}

export function findKnownSecret(text: string): SecretMatch | null {
  return processSecrets.find(text);
}

/** Why `report` must not be published, or null when it holds no known secret. */
export function refusalReason(report: string, text: string): string | null {
  const match = findKnownSecret(text);
  return match && `report ${report} refused: it contains the value of ${match.kind} (${match.encoding})`;
}

export class SecretLeakError extends Error {
  override name = 'SecretLeakError';
}

/** For a publisher that cannot return a refusal (the PR comment): throws SecretLeakError. */
export function assertNoKnownSecret(report: string, text: string): void {
  const reason = refusalReason(report, text);
  if (reason) throw new SecretLeakError(reason);
}

/** Runs `publish`; a SecretLeakError it throws is recorded in `refusals` instead of ending the run. */
export async function recordingRefusal<T>(
  refusals: string[],
  publish: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await publish();
  } catch (err) {
    if (!(err instanceof SecretLeakError)) throw err;
    refusals.push(err.message);
    return undefined;
  }
}

/**
 * A refused report fails the run whatever the findings, and soft-fail does not soften it: it is
 * not a verdict on the account or the repository but a report that could not be published.
 */
export function failOnRefusals(gate: GateResult, refusals: readonly string[]): GateResult {
  if (refusals.length === 0) return gate;
  return { ...gate, failed: true, gate: 'fail', reasons: [...gate.reasons, ...refusals], exitCode: 1 };
}
