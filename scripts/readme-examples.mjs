// The README's ```js examples, run as a user would run them: each block is written as a module
// inside the repo (so `import … from 'review-lens'` resolves to this package through its own
// `exports`, to the build) and run with node; each value it shows with `expr; // → shown` is
// printed with util.inspect on one line, to be compared with what the README shows.
//   node scripts/readme-examples.mjs           lists every shown value that differs
//   node scripts/readme-examples.mjs --write   writes the values the code gives into README.md
// tests/readme-examples.test.ts runs the same check.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SHOWN = ' // → ';

/** The fenced code blocks of a markdown text, in order: `{ lang, code, line }` (line from 1). */
export function fencedBlocks(markdown) {
  const blocks = [];
  let open = null;
  markdown.split('\n').forEach((line, i) => {
    if (line.startsWith('```')) {
      if (open) {
        blocks.push({ lang: open.lang, code: open.body.join('\n'), line: open.line });
        open = null;
      } else open = { lang: line.slice(3).trim(), line: i + 1, body: [] };
    } else open?.body.push(line);
  });
  return blocks;
}

/**
 * The block as a module that prints `[n, inspect(value)]` as a JSON line for each shown value,
 * and the values the block shows.
 */
export function runnable(code) {
  const shown = [];
  const body = code.split('\n').map((line) => {
    const at = line.indexOf(SHOWN);
    if (at < 0) return line;
    const indent = line.length - line.trimStart().length;
    const expr = line.slice(indent, at).trimEnd().replace(/;$/, '');
    shown.push(line.slice(at + SHOWN.length).trim());
    return `${line.slice(0, indent)}__show(${shown.length - 1}, (${expr}));`;
  });
  const head = [
    "import { inspect as __inspect } from 'node:util';",
    'const __show = (n, v) => process.stdout.write(JSON.stringify([n, __inspect(v, { depth: null, breakLength: Infinity, compact: true })]) + "\\n");',
  ];
  return { source: [...head, ...body].join('\n'), shown };
}

/** Runs one block in `dir` (inside the repo); returns `{ shown, printed }`, printed as `[n, value]`. */
export function runBlock(dir, block) {
  const { source, shown } = runnable(block.code);
  const file = join(dir, `example-${block.line}.mjs`);
  writeFileSync(file, source);
  const out = execFileSync(process.execPath, [file], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const printed = out
    .split('\n')
    .filter((l) => l.startsWith('['))
    .map((l) => JSON.parse(l));
  return { shown, printed };
}

/** A scratch folder inside the repo for the examples' modules. */
export function scratchDir(root) {
  return mkdtempSync(join(root, '.readme-examples-'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = join(import.meta.dirname, '..');
  const readmePath = join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const lines = readme.split('\n');
  const dir = scratchDir(root);
  let differ = 0;
  try {
    for (const block of fencedBlocks(readme).filter((b) => b.lang === 'js')) {
      const { shown, printed } = runBlock(dir, block);
      let n = 0;
      for (let i = block.line; i < block.line + block.code.split('\n').length; i++) {
        const at = lines[i].indexOf(SHOWN);
        if (at < 0) continue;
        const value = printed.find(([k]) => k === n)?.[1];
        if (value !== shown[n]) {
          differ++;
          console.log(`README.md:${i + 1}: shows ${shown[n]}\n  gives ${value}`);
          if (value !== undefined) lines[i] = lines[i].slice(0, at + SHOWN.length) + value;
        }
        n++;
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (process.argv.includes('--write') && differ > 0) writeFileSync(readmePath, lines.join('\n'));
  console.log(differ === 0 ? 'every shown value is what the code gives' : `${differ} shown value(s) differ${process.argv.includes('--write') ? ': written' : ''}`);
}
