import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/fixtures';

const PDNC = join(ROOT, '..', 'shared', 'corpus', 'quotes', 'pdnc');
const BUILT = join(ROOT, 'dist', 'index.js');

// Measured with `node scripts/pdnc-speakers.mjs`: 0.930 of the explicit quotations get the right
// speaker and 0.998 of the speakers given are right. The floors sit just below.
describe.skipIf(!existsSync(PDNC) || !existsSync(BUILT))('speaker accuracy on the PDNC novels (../shared/corpus/quotes/pdnc)', () => {
  it('names the right speaker of most explicit quotations and almost never a wrong one', () => {
    const out = execFileSync(process.execPath, [join(ROOT, 'scripts', 'pdnc-speakers.mjs')], { encoding: 'utf8' });
    const m = /speaker right (\d+) \(([\d.]+) of all, ([\d.]+) of those attributed\), wrong (\d+)/.exec(out);
    expect(m).not.toBeNull();
    expect(Number(m?.[2])).toBeGreaterThanOrEqual(0.92);
    expect(Number(m?.[3])).toBeGreaterThanOrEqual(0.99);
  }, 60_000);
});
