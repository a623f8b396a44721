/** Each sink's escaping function against hostile strings, with the exact text expected. */
import { describe, expect, it } from 'vitest';
import {
  annotationText,
  htmlCode,
  logBlock,
  logLine,
  mdCell,
  mdCode,
  mdCodeBlock,
  repoPath,
  sarifText,
  stopCommandsToken,
  terminalBlock,
  terminalText,
  truncate,
  withoutRoot,
} from '../../../src/report/escape.js';
import { H, ROOT, runnerCommands } from './hostile.js';

describe('terminal (and the text inside log blocks)', () => {
  it('shows control characters instead of sending them', () => {
    expect(terminalText(H.addMask)).toBe('x\\n::add-mask::abc');
    expect(terminalText(H.crError)).toBe('\\r::error file=a::pwned');
    expect(terminalText(H.ansi)).toBe('\\x1b[31mred\\x1b[0m');
    expect(terminalText(H.osc)).toBe('\\x1b]8;;http://evil.example\\x07click\\x1b]8;;\\x07');
    expect(terminalText('a\bb\u009b31m\u009d\u0085c\u007f')).toBe('a\\x08b\\x9b31m\\x9d\\x85c\\x7f');
    expect(terminalText('abc\u202etxt.exe\u2066\u2028')).toBe('abc\\u202etxt.exe\\u2066\\u2028');
    expect(terminalText('tab\tstays')).toBe('tab\tstays');
    expect(terminalText(null)).toBe('');
  });

  it('keeps line breaks in blocks, but never a lone carriage return', () => {
    expect(terminalBlock('a\r\nb\rc\n\u001b[2Jd')).toBe('a\nb\\rc\n\\x1b[2Jd');
  });
});

describe('Actions log', () => {
  it('wraps text in a stop-commands block with a fresh random token', () => {
    const a = stopCommandsToken();
    const b = stopCommandsToken();
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(a).not.toBe(b);
    expect(logBlock('hello', a)).toBe(`::stop-commands::${a}\nhello\n::${a}::`);
  });

  it('leaves no command in hostile text alive, and the runner honours what follows', () => {
    const hostile = ['::add-mask::abc', H.legacy, 'x ##[set-output name=a]b', H.stop].join('\n');
    const gate = '::error::Palisade gate failed: 1 test(s) failed';
    expect(runnerCommands(`${logBlock(terminalBlock(hostile))}\n${gate}`)).toEqual([
      { name: 'error', data: 'Palisade gate failed: 1 test(s) failed' },
    ]);
    // Without the block the checker sees the injected commands, and the gate line is swallowed.
    expect(runnerCommands(`${terminalBlock(hostile)}\n${gate}`).map((c) => c.name)).toEqual([
      'add-mask',
      'error',
      'set-output',
    ]);
  });

  it('never uses a token that occurs in the text', () => {
    const token = 'a'.repeat(32);
    const block = logBlock(`::${token}::`, token);
    expect(block.startsWith(`::stop-commands::${token}\n`)).toBe(false);
    expect(runnerCommands(block)).toEqual([]);
  });

  it("a single defused line where no block may be opened (the CLI's stderr)", () => {
    expect(logLine(H.stop)).toBe('  \\x3a:stop-commands::zzz');
    expect(logLine(`${H.legacy} x ###[warning]y`)).toBe('#\\x23[error]pwned x ##\\x23[warning]y');
    expect(logLine(H.addMask)).toBe('x\\n::add-mask::abc');
    expect(runnerCommands(logLine(`${H.legacy}\n${H.crError}\n${H.stop}`))).toEqual([]);
    expect(runnerCommands(`${H.legacy}\n${H.crError}\n${H.stop}`)).not.toEqual([]);
  });

  it('annotation text shows the controls @actions/core does not encode, and keeps line breaks for it', () => {
    expect(annotationText(`bad\n${H.ansi}\r`)).toBe('bad\n\\x1b[31mred\\x1b[0m\\r');
  });
});

describe('markdown', () => {
  it('puts each untrusted value in a code span', () => {
    expect(mdCode(H.mention)).toBe('`@octocat and @octo-org/team`');
    expect(mdCode(H.link)).toBe('`[click](https://evil.example/x)`');
    expect(mdCode(H.image)).toBe('`![](https://evil.example/pixel.png)`');
    expect(mdCode(H.html)).toBe('`<img src=x onerror=alert(1)>`');
    expect(mdCode(H.refs)).toBe('`fixes #123 at deadbeefcafe1234`');
    expect(mdCode('')).toBe('');
  });

  it('fences a code span longer than any backtick run inside, padded at a backtick or space edge', () => {
    expect(mdCode('`x`')).toBe('`` `x` ``');
    expect(mdCode('a``b')).toBe('```a``b```');
    expect(mdCode(H.backticks)).toBe('``` `x` and ``y`` ```');
    expect(mdCode(' lead')).toBe('`  lead `');
  });

  it('shows newlines and controls in a code span rather than ending the line', () => {
    expect(mdCode(`a\nb\r${H.ansi}`)).toBe('`a\\nb\\r\\x1b[31mred\\x1b[0m`');
  });

  it('escapes | in table cells only', () => {
    expect(mdCell(H.pipe)).toBe('`a\\|b`');
    expect(mdCode(H.pipe)).toBe('`a|b`');
  });

  it('fences a block longer than any backtick run inside', () => {
    expect(mdCodeBlock('a\n```\nb')).toBe('````text\na\n```\nb\n````\n');
    expect(mdCodeBlock('x\r\ny\u0007')).toBe('```text\nx\ny\\x07\n```\n');
  });

  it('HTML-escapes inside <code> where markdown is not parsed (<summary>)', () => {
    expect(htmlCode(`${H.html} ${H.mention} "q" 'a' & b`)).toBe(
      '<code>&lt;img src=x onerror=alert(1)&gt; @octocat and @octo-org/team &quot;q&quot; &#39;a&#39; &amp; b</code>',
    );
  });
});

describe('SARIF message text', () => {
  it('is one line, controls shown, no embedded link', () => {
    expect(sarifText(`${H.link}\n${H.ansi} \\ end`)).toBe(
      '\\[click\\](https://evil.example/x) \\x1b\\[31mred\\x1b\\[0m \\\\ end',
    );
  });
});

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('truncate', () => {
  it('counts code points and never splits a surrogate pair', () => {
    const emoji = '😀'.repeat(2000);
    const cut = truncate(emoji, 300);
    expect(Array.from(cut)).toHaveLength(300);
    expect(cut).toBe('😀'.repeat(299) + '…');
    expect(cut).not.toMatch(LONE_SURROGATE);
    expect(truncate('a😀', 2)).toBe('a😀');
    expect(truncate('abc', 0)).toBe('');
  });

  it('through the markdown sinks too', () => {
    const cell = mdCell('😀'.repeat(2000), 200);
    expect(cell).not.toMatch(LONE_SURROGATE);
    expect(cell).toBe('`' + '😀'.repeat(199) + '…`');
  });
});

describe('runner paths', () => {
  it('makes files repository-relative, and drops the directories of one outside', () => {
    expect(repoPath(`${ROOT}/policies/a.yml`, ROOT)).toBe('policies/a.yml');
    expect(repoPath('/opt/hostedtoolcache/x/bad.yml', ROOT)).toBe('bad.yml');
    expect(repoPath('policies/a.yml', ROOT)).toBe('policies/a.yml');
  });

  it('removes the root from free text, and leaves text alone for a root of /', () => {
    expect(withoutRoot(`File "${ROOT}/policies/x.py", line 3`, ROOT)).toBe('File "policies/x.py", line 3');
    expect(withoutRoot('/etc/x', '/')).toBe('/etc/x');
  });
});
