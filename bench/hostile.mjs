// Hostile inputs against ordinary review text of the same length: time per character as a ratio,
// at two sizes, so one sees whether a ratio grows with the length (a pass that is not linear).
// Run: node bench/hostile.mjs [--only SUBSTRING] [--sizes 100000,1000000] [--stages] (after npm run
// build); also part of npm run bench. --stages adds, for each shape and size, the pipeline's stages
// that cost most against the same stage on ordinary text (CPU time per stage, through the stage list
// of bench/build/stages.js), to find which stage a heavy shape loads.
// Every pass of the analysis is meant to be linear, so each ratio should stay near 1 (target: ≤ 3)
// and be about the same at both sizes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeReview } from '../dist/index.js';

const root = join(import.meta.dirname, '..');
const review = readFileSync(join(root, 'fixtures', 'fan-review-all-of-us-are-dead.txt'), 'utf8');

/** Ordinary text of about `n` characters: the fan review repeated. */
export function prose(n) {
  let s = '';
  while (s.length < n) s += `${review}\n\n`;
  return s.slice(0, n);
}

/** `unit` repeated to about `n` characters. */
const fill = (unit, n) => unit.repeat(Math.max(1, Math.round(n / unit.length)));

/** Distinct made-up full names, each `i` its own. */
function madeUpName(i) {
  const family = ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Han', 'Oh', 'Seo', 'Shin'];
  const given = ['Min', 'Ji', 'Hoo', 'Seo', 'Yeon', 'Do', 'Hyun', 'Ha', 'Eun', 'Jun'];
  return `${family[i % 10]} ${given[Math.floor(i / 10) % 10]}${i.toString(36)}`;
}

/** `unit(a, b)` for pairs of distinct made-up names, joined to about `n` characters. */
function distinct(n, unit) {
  let s = '';
  for (let i = 0; s.length < n; i++) s += unit(madeUpName(2 * i), madeUpName(2 * i + 1));
  return s;
}

/** Known names for the knownNames case: `count` distinct full names, a few with aliases. */
function knownNames(count) {
  const family = ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Oh', 'Seo', 'Shin', 'Kwon'];
  const given = ['Min-ji', 'Ji-hoo', 'Seo-yeon', 'Do-hyun', 'Ha-eun', 'Jun-seo', 'Su-ah', 'Ye-jun', 'Cheong-san', 'On-jo', 'Nam-ra', 'Su-hyeok'];
  const names = [];
  for (let i = 0; names.length < count; i++) {
    const f = family[i % family.length];
    const g = given[Math.floor(i / family.length) % given.length];
    const n = Math.floor(i / (family.length * given.length));
    const name = n === 0 ? `${f} ${g}` : `${f} ${g} ${n}`;
    names.push(i % 7 === 0 ? { name, aliases: [g], kind: i % 2 ? 'person' : 'character' } : { name });
  }
  return names;
}

/**
 * The hostile shapes, each a function of the size `n` (characters) giving `{ text, options? }`:
 * those of issue 7 and those of issue 14.
 */
export function hostileCases() {
  return {
    // Issue 7.
    'unmatched quote marks in prose (1 per 30 chars)': (n) => {
      const words = prose(n).split(' ');
      return { text: words.map((w, i) => (i % 6 === 0 ? `“${w}` : w)).join(' ') };
    },
    'one line with no spaces': (n) => ({ text: fill('abcdefghij', n) }),
    'blank lines only': (n) => ({ text: fill('\n', n) }),
    'repeated "Name-" fragments': (n) => ({ text: fill('Name- ', n) }),
    'script lines (Name : words)': (n) => ({ text: fill('Cheong-San : Yes, what?\nGyeong-So : No, why?\n', n) }),
    'quote marks only': (n) => ({ text: fill('“”‘’"\'', n) }),
    'capitalised name-like words only': (n) => ({ text: fill('Cheong San Park Kim Lee ', n) }),
    // Issue 14.
    'many paragraphs without quote marks': (n) => ({ text: fill('The second episode was slow but the cast is great.\n\n', n) }),
    'long runs of emoji': (n) => ({ text: fill(`${'😀🎉✨🔥💔'.repeat(2000)} not good `, n) }),
    'long runs of symbols': (n) => ({ text: fill(`${'★☆♥ → ± § '.repeat(1000)} not great `, n) }),
    'many quotes in one long sentence': (n) => ({ text: fill('“risk” and “fun” and “pace” and ', n) }),
    '"Title Words (Name)" on one line': (n) => ({ text: fill('Assembly Woman (Park Eun-Hee) and English Teacher (Park Sun-Hwa) ', n) }),
    'knownNames: one entry per 100 chars': (n) => ({ text: prose(n), options: { knownNames: knownNames(Math.round(n / 100)) } }),
    'knownNames: one entry given again per 100 chars': (n) => ({ text: fill('Park Ji-hoo and Lee Ji were great. ', n), options: { knownNames: Array.from({ length: Math.round(n / 100) }, () => ({ name: 'Park Ji-hoo', aliases: ['Ji-hoo'] })) } }),
    'knownNames: one alias shared by an entry per 100 chars': (n) => ({ text: fill('Park Ji-hoo and Lee Ji were great. ', n), options: { knownNames: Array.from({ length: Math.round(n / 100) }, (_, i) => ({ name: `Kim Ha${i.toString(36)}ra`, aliases: ['Park Ji-hoo'] })) } }),
    'right-to-left text (Arabic, Hebrew)': (n) => ({ text: fill('هذا المسلسل رائع جدا، والممثلون ممتازون. "قال" المخرج إنه فخور.\nזו סדרה נהדרת, והשחקנים מצוינים.\n\n', n) }),
    'chains of "said" attributions': (n) => ({ text: fill('“Go,” said Min-ji. “Stay,” said Ji-hoo, and he said that she said “no” said Nam-ra. ', n) }),
    // Found on the way.
    '"she said" after quotes, two people named before each': (n) => ({ text: fill('Min-ji Park and Ji-hoo Kim argued. “No,” she said. ', n) }),
    '"the director said", the director named once': (n) => ({ text: `Director Bong Joon-ho spoke. ${fill('Min-ji Park smiled. The director said, “Yes.” ', n)}` }),
    'distinct descriptors of one name on one line': (n) => {
      let text = '';
      for (let i = 0; text.length < n; i++) text += `Teacher ${String.fromCharCode(65 + (i % 26))}${i.toString(36)} (Park Sun-Hwa) `;
      return { text };
    },
    'works option: one title per 100 chars': (n) => ({ text: prose(n), options: { works: Array.from({ length: Math.round(n / 100) }, (_, i) => `The Long Title ${i.toString(36)}`) } }),
    'knownNames: two forms of one name, each named often': (n) => ({
      text: fill('Park Ji-hoo smiled. Ji-hoo Park left. ', n),
      options: { knownNames: [{ name: 'Park Ji-hoo', aliases: ['Ji-hoo Park'] }] },
    }),
    'many Korean names whose romanisations coincide': (n) => {
      const syllables = ['min', 'ji', 'hoo', 'seo', 'yeon', 'do', 'hyun', 'ha', 'eun', 'jun', 'su', 'ah', 'ye', 'jin', 'woo', 'sung', 'hye', 'na', 'ra', 'bin'];
      const cap = (w) => w[0].toUpperCase() + w.slice(1);
      let text = '';
      for (let i = 0; text.length < n; i++) {
        const [a, b, c] = [i % 20, Math.floor(i / 20) % 20, Math.floor(i / 400) % 20].map((k) => syllables[k]);
        text += `Kim ${cap(a)}-${b}${c} smiled at me. `;
      }
      return { text };
    },
    'markdown tables': (n) => ({
      text: `| Actor | Role | Rating |\n|---|---|---|\n${fill('| Park Ji-hoo | Nam On-jo | 9/10 |\n| Yoon Chan-young | Lee Cheong-san | 8/10 |\n', n)}`,
    }),
    // Casting, ranks, lists, cue phrases, headline and script lines.
    'one casting chain "A as B, C as D, ..."': (n) => ({ text: `The cast: ${distinct(n, (a, b) => `${a} as ${b}, `)}and that is all.` }),
    '"B (A)" runs with commas': (n) => ({ text: `Starring ${distinct(n, (a, b) => `${b} (${a}), `)}` }),
    '"A is played by B" sentences': (n) => ({ text: distinct(n, (a, b) => `${a} is played by ${b}. `) }),
    '"A, B and C as X, Y and Z" lists': (n) => ({ text: distinct(n, (a, b) => `${a}, ${b} and Kim Do as ${b}, ${a} and Lee Su; `) }),
    'ranks before names (Lt., Det., Col., Dr.)': (n) => ({ text: distinct(n, (a, b) => `Lt. ${a} met Det. ${b} and Col. Dr. Han. `) }),
    '"such films as" then thousands of quoted titles': (n) => {
      let text = 'He made such films as ';
      for (let i = 0; text.length < n; i++) text += `"The Title ${i.toString(36)}", `;
      return { text: `${text}and "The End".` };
    },
    'headline quotes, one a line': (n) => ({ text: distinct(n, (a) => `“${a} Is Back”\n`) }),
    'script lines in blockquotes': (n) => ({ text: fill('> Cheong-San: “Yes,” what now?\n> On-jo: No, why?\n', n) }),
    '"[Name]" lines, each before a line of speech': (n) => ({ text: fill('[Cheong-San]\nWhat a day it was.\n[On-jo]\nIt was not.\n', n) }),
    '"Name: words" with no line break': (n) => ({ text: distinct(n, (a) => `${a}: words here and there `) }),
    '"Head: Subtitle" titles, each subtitle written alone again': (n) => {
      let text = '';
      for (let i = 0; text.length < n; i++) text += `I watched "Harbour ${i.toString(36)}: Salt Road ${i.toString(36)}x" and later Salt Road ${i.toString(36)}x twice, Salt Road ${i.toString(36)}x. `;
      return { text };
    },
    'thousands of found titles, each beating others': (n) => {
      let text = '';
      for (let i = 0; text.length < n; i++) text += `The film "Harbour ${i.toString(36)}" beat Salt Road ${i.toString(36)} and Low Tide ${i.toString(36)} to the prize. `;
      return { text };
    },
  };
}

/** Time (ms) of one analysis. */
function once(text, options) {
  const t0 = performance.now();
  analyzeReview(text, options);
  return performance.now() - t0;
}

/**
 * Each hostile shape at each size against ordinary review text of the same length: both warmed by
 * one untimed run, then timed in three alternating rounds (so a slow phase of the machine hits
 * both alike); the ratio of their best times per character.
 */
export function runHostile({ sizes = [100e3, 1e6], only = '' } = {}) {
  const rows = [];
  const base = {};
  for (const [name, make] of Object.entries(hostileCases())) {
    if (!name.includes(only)) continue;
    const row = { name, ratios: [] };
    for (const n of sizes) {
      const { text, options } = make(n);
      const opts = { ...options, maxLength: Math.max(text.length, 1) };
      const ordinary = prose(text.length);
      const ordinaryOpts = { maxLength: text.length };
      once(ordinary, ordinaryOpts);
      once(text, opts);
      let ordinaryMs = Infinity;
      let hostileMs = Infinity;
      for (let r = 0; r < 3; r++) {
        ordinaryMs = Math.min(ordinaryMs, once(ordinary, ordinaryOpts));
        hostileMs = Math.min(hostileMs, once(text, opts));
      }
      base[n] = Math.min(base[n] ?? Infinity, ordinaryMs / (text.length / 1e6));
      row.ratios.push(hostileMs / ordinaryMs);
    }
    rows.push(row);
  }
  return { sizes, base, rows };
}

/** Stages named per shape by {@link stageRatios}: the costliest against ordinary text. */
const STAGES_SHOWN = 3;

/**
 * CPU time (ms) of each pipeline stage over `text`, summed over `rounds` runs after one untimed
 * run, through the pipeline's own stage list (`runPipeline`'s `onStage` in bench/build/stages.js).
 */
function stageTimes(S, text, options, rounds = 3) {
  const opts = S.resolveOptions(options);
  const times = new Map();
  const onStage = (stage, run) => {
    const t0 = process.cpuUsage();
    const out = run();
    const u = process.cpuUsage(t0);
    times.set(stage, (times.get(stage) ?? 0) + (u.user + u.system) / 1000);
    return out;
  };
  S.runPipeline(text, opts);
  for (let r = 0; r < rounds; r++) S.runPipeline(text, opts, onStage);
  return times;
}

/**
 * For each hostile shape at each size, the {@link STAGES_SHOWN} stages whose CPU time most exceeds
 * the same stage's on ordinary text of the same length, as lines of text: the stage, its time
 * against the ordinary text's, and the share of the hostile text's time it takes.
 */
export async function stageRatios({ sizes = [100e3, 1e6], only = '' } = {}) {
  const S = await import('./build/stages.js');
  const lines = [];
  for (const [name, make] of Object.entries(hostileCases())) {
    if (!name.includes(only)) continue;
    for (const n of sizes) {
      const { text, options } = make(n);
      const opts = { ...options, maxLength: Math.max(text.length, 1) };
      const ordinary = stageTimes(S, prose(text.length), { maxLength: text.length });
      const hostile = stageTimes(S, text, opts);
      const total = [...hostile.values()].reduce((a, b) => a + b, 0);
      const worst = [...hostile]
        .map(([stage, ms]) => ({ stage, ms, extra: ms - (ordinary.get(stage) ?? 0), ratio: ms / Math.max(ordinary.get(stage) ?? 0, 0.01) }))
        .sort((a, b) => b.extra - a.extra)
        .slice(0, STAGES_SHOWN);
      const label = n >= 1e6 ? `${n / 1e6} MB` : `${n / 1e3} KB`;
      lines.push(`  ${name} at ${label}: ${worst.map((w) => `${w.stage.replace(/^\d /, '')} ${w.ratio.toFixed(1)}x (${((100 * w.ms) / total).toFixed(0)}%)`).join(', ')}`);
    }
  }
  return lines;
}

/** The table as lines of text. */
export function hostileTable({ sizes, base, rows }) {
  const label = (n) => (n >= 1e6 ? `${n / 1e6} MB` : `${n / 1e3} KB`);
  const lines = [`ordinary review text: ${sizes.map((n) => `${base[n]?.toFixed(0)} ms per MB at ${label(n)}`).join(', ')}`];
  lines.push(`  ${'shape'.padEnd(58)} ${sizes.map((n) => label(n).padStart(8)).join(' ')}`);
  for (const r of rows) lines.push(`  ${r.name.padEnd(58)} ${r.ratios.map((x) => `${x.toFixed(2)}x`.padStart(8)).join(' ')}`);
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (flag) => {
    const i = process.argv.indexOf(flag);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const sizes = arg('--sizes')?.split(',').map(Number);
  for (const line of hostileTable(runHostile({ sizes, only: arg('--only') ?? '' }))) console.log(line);
  if (process.argv.includes('--stages')) {
    console.log('costliest stages against ordinary text (stage time ratio, share of the shape\'s time):');
    for (const line of await stageRatios({ sizes, only: arg('--only') ?? '' })) console.log(line);
  }
}
