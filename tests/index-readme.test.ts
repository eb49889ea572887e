import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/fixtures';

// The README's index example, run as written against the built package: it must print what the
// README says it prints.
const BUILT = existsSync(join(ROOT, 'dist', 'review-index.js'));

/** The code and output blocks of the README's "Cross-review index" section. */
function example(): { code: string; output: string } {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Cross-review index'));
  const code = /```js\n([^`]*)```/.exec(section)?.[1] ?? '';
  const output = /```text\n([^`]*)```/.exec(section)?.[1] ?? '';
  return { code, output };
}

describe.skipIf(!BUILT)('README: the cross-review index example', () => {
  it('prints what the README shows', () => {
    const { code, output } = example();
    expect(code).toContain("from 'review-lens/index'");
    const runnable = code.replace("from 'review-lens/index'", `from '${join(ROOT, 'dist', 'review-index.js')}'`).replace("from 'review-lens'", `from '${join(ROOT, 'dist', 'index.js')}'`);
    const printed = execFileSync(process.execPath, ['--input-type=module', '-e', runnable], { encoding: 'utf8' });
    expect(printed).toBe(output);
  });
});
