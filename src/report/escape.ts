/**
 * The trust boundary for text (docs/security.md: one escaping function per destination).
 *
 * Untrusted text is anything a repository, a snapshot or a policy's code chooses: PolicyIDs,
 * test names, titles, error messages and tracebacks, printed output, resource ids, file names.
 * Each sink gets its own function because each one is attacked differently:
 *
 * - terminal / Actions log: control characters are shown, never interpreted (see `showControls`);
 *   in the Actions log, blocks of untrusted text also sit between `::stop-commands::<token>` and
 *   `::<token>::` so no line inside can be a workflow command (`logBlock`).
 * - markdown (job summary, PR comment, SARIF help): untrusted values only ever appear inside code
 *   spans, fenced code blocks or `<code>` elements, where GitHub renders no HTML, link, image,
 *   mention, issue reference or commit SHA.
 * - SARIF message text: one line, controls shown, `[` `]` `\` escaped so no embedded link forms.
 *
 * Visible form of a control character (one scheme for every sink): `\n` and `\r`, else `\xNN`
 * for C0, DEL and C1 (ESC is `\x1b`), else `\uNNNN` for the bidi and line-separator controls.
 * Tab is kept. A backslash in the text is not doubled, so a literal `\x1b` reads like an escaped
 * ESC; nothing is lost that matters, and Windows paths and Python reprs stay readable.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { oneLine } from './text.js';

type Text = string | null | undefined;

// ---------------------------------------------------------------------------------------------
// Shared

/**
 * At most `max` code points, the last one an ellipsis when cut. Counts code points, so a
 * surrogate pair (an emoji) is never split into two invalid halves.
 */
export function truncate(s: Text, max: number): string {
  const text = s ?? '';
  if (text.length <= max) return text; // code points <= code units: nothing to count
  const points = Array.from(text);
  if (points.length <= max) return text;
  if (max <= 0) return '';
  return points.slice(0, max - 1).join('') + '…';
}

// C0 except tab, DEL, C1, Arabic letter mark, LRM/RLM, LS/PS, bidi embeddings and isolates.
const CONTROLS =
  /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const HAS_CONTROL = new RegExp(CONTROLS.source);

function visible(ch: string): string {
  if (ch === '\n') return '\\n';
  if (ch === '\r') return '\\r';
  const code = ch.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * Control characters in their visible form. With `keepNewlines`, `\n` (and `\r\n`, read as `\n`)
 * stays a line break; a lone `\r` is still shown, since terminals and the runner treat it as one.
 */
export function showControls(s: Text, keepNewlines = false): string {
  let text = s ?? '';
  if (!HAS_CONTROL.test(text)) return text; // the common case, kept cheap for 100k-row tables
  if (keepNewlines) text = text.replace(/\r\n/g, '\n');
  return text.replace(CONTROLS, (ch) => (keepNewlines && ch === '\n' ? ch : visible(ch)));
}

// ---------------------------------------------------------------------------------------------
// Terminal (the CLI's human output)

/** One untrusted value on one line: no ANSI/OSC sequence, no line break, no carriage return. */
export function terminalText(s: Text): string {
  return showControls(s);
}

/** Multi-line untrusted text (a traceback, printed output): line breaks kept, every other control shown. */
export function terminalBlock(s: Text): string {
  return showControls(s, true);
}

// ---------------------------------------------------------------------------------------------
// GitHub Actions log

/** A fresh token for one stop-commands block: random, so text written before it cannot guess it. */
export function stopCommandsToken(): string {
  return randomUUID().replace(/-/g, '');
}

/**
 * Text for the Actions log with workflow commands switched off around it. The runner reads a
 * command from any line whose trimmed start is `::` and from `##[` anywhere in a line, splitting
 * lines on `\r` as well as `\n`; while stopped it ignores every command but `::<token>::`.
 *
 * `text` must already have its untrusted values escaped (terminalText/terminalBlock): the block
 * keeps Palisade's own colour codes and line breaks. Palisade's own commands (annotations, the
 * gate's failure) are written after the block, never inside it.
 */
export function logBlock(text: string, token: string = stopCommandsToken()): string {
  // The token is fresh, so this cannot happen; checked anyway so the property does not rest on chance.
  if (!/^[0-9a-f]{16,}$/i.test(token) || text.toLowerCase().includes(token.toLowerCase()))
    return logBlock(text, stopCommandsToken());
  return `::stop-commands::${token}\n${text}\n::${token}::`;
}

/**
 * One line for the Actions log that needs no block: line breaks shown, and the two shapes the
 * runner reads as a command defused visibly, a leading `::` (its first colon as `\x3a`) and
 * `##[` (as `#\x23[`). For a second stream beside one that carries blocks (the CLI's stderr): the
 * runner reads stdout and stderr separately, so blocks on both could interleave and one block's
 * end could switch commands back on inside the other.
 */
export function logLine(s: Text): string {
  return showControls(s)
    .replace(/##\[/g, '#\\x23[')
    .replace(/^(\s*):/, '$1\\x3a');
}

/**
 * A message or property for Palisade's own annotation (core.error/warning/notice). @actions/core
 * already percent-encodes `%`, `\r`, `\n` (and `:` `,` in properties), so only what it leaves
 * alone is escaped here: other control characters. Line breaks stay, as multi-line annotations.
 */
export function annotationText(s: Text): string {
  return showControls(s, true);
}

// ---------------------------------------------------------------------------------------------
// Markdown (job summary, PR comment, SARIF rule help)

function longestBacktickRun(text: string): number {
  if (!text.includes('`')) return 0;
  let longest = 0;
  for (const m of text.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  return longest;
}

/**
 * A code span: its fence is one backtick longer than any run inside, and it is padded with a
 * space when the text starts or ends with a backtick or a space (CommonMark strips one of each).
 * Nothing inside a code span is HTML, a link, an image, an emphasis, a mention or a reference.
 */
function codeSpan(text: string): string {
  if (!text) return '';
  const fence = '`'.repeat(longestBacktickRun(text) + 1);
  const pad = /^[` ]|[` ]$/.test(text) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** One untrusted value in markdown prose (a heading, a list item). */
export function mdCode(s: Text, max = 300): string {
  return codeSpan(showControls(truncate(s, max)));
}

/**
 * One untrusted value in a GFM table cell. The table splits a row on `|` before it parses code
 * spans, and it unescapes `\|` inside them, so `\|` keeps the cell whole and still shows `|`.
 */
export function mdCell(s: Text, max = 300): string {
  const code = mdCode(s, max);
  return code.includes('|') ? code.replace(/\|/g, '\\|') : code;
}

/** Multi-line untrusted text as a fenced block; its fence is longer than any backtick run inside. */
export function mdCodeBlock(s: Text, lang = 'text'): string {
  const text = showControls(s, true).replace(/\s+$/, '');
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
  return `${fence}${lang}\n${text}\n${fence}\n`;
}

/**
 * One untrusted value inside raw HTML such as `<summary>`, where markdown is not parsed and a code
 * span would show its backticks. HTML-escaped inside `<code>`: GitHub's mention, autolink and
 * reference filters skip text in `code` elements. (Entities alone would not do: `&#64;` is decoded
 * to `@` before those filters run.)
 */
export function htmlCode(s: Text, max = 300): string {
  const text = showControls(truncate(s, max));
  if (!text) return '';
  return `<code>${text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')}</code>`;
}

// ---------------------------------------------------------------------------------------------
// SARIF

/**
 * `message.text`: plain text on one line. Whitespace runs collapse to a space, other controls are
 * shown, and `[`, `]`, `\` are backslash-escaped: SARIF (§3.11.6) reads `[text](target)` in a
 * plain-text message as an embedded link, and a viewer may render it as one.
 */
export function sarifText(s: Text, max = 4000): string {
  const line = truncate(oneLine(s), max);
  // Brackets first: the backslashes showControls adds (`\x1b`) are not the text's own.
  return showControls(BRACKETS.test(line) ? line.replace(/[\\[\]]/g, (c) => `\\${c}`) : line);
}
const BRACKETS = /[\\[\]]/;

// ---------------------------------------------------------------------------------------------
// Runner paths

/**
 * `file` relative to the repository root, `/`-separated; a file outside the root keeps only its
 * name, so no absolute runner path (home, workspace, tool cache) reaches a report.
 */
export function repoPath(file: Text, root: string): string {
  const f = file ?? '';
  if (!f) return '';
  if (!path.isAbsolute(f)) return f.split(path.sep).join('/');
  const rel = path.relative(root, f);
  const inside = rel && !rel.startsWith('..') && !path.isAbsolute(rel);
  return inside ? rel.split(path.sep).join('/') : path.basename(f);
}

/**
 * Free text (a traceback, an error) with the repository root's absolute prefix removed, so
 * `File "/home/runner/work/r/r/policies/x.py"` reads `File "policies/x.py"`.
 */
export function withoutRoot(s: Text, root: string): string {
  const text = s ?? '';
  const prefix = root.replace(/[\\/]+$/, '');
  // A root of "/" (or none) would strip every slash: leave the text alone then.
  if (!path.isAbsolute(root) || prefix.length < 2) return text;
  return text.split(prefix + path.sep).join('');
}

/**
 * A count as the number it must be, whatever a results file held there: read files are checked
 * against the schema first; this keeps a renderer from ever writing anything else in its place.
 */
export function count(n: unknown): number {
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : 0;
}
