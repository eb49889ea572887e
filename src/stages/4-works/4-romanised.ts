/**
 * Pass 4, shape: a romanised Japanese title ("Kimetsu no Yaiba", "Shingeki no Kyojin", "Boku no
 * Hero Academia", "Kaguya-sama wa Kokurasetai"): capitalised words joined by a lower-case particle
 * (`no`, `wa`, `ga`) in a text about animation. English puts these words between capitalised words
 * almost never ("Sasuke no longer" has a lower-case word after it, and the run stops there), and
 * a person's name holds no particle, so in an anime review the shape is a title's.
 */
import { ANIMATION_WORDS, ANIMATION_WORDS_NEEDED } from '../../data/name-kind-animation';
import { ROMANISED_PARTICLES } from '../../data/work-cues';
import type { Run } from '../../text/runs';
import type { Word } from '../../text/words';
import { titleFinding, type Finding, type WorksContext } from './context';

/** True when the text's own words say it is about animation (enough animation words, one pass). */
export function aboutAnimation(words: readonly Word[]): boolean {
  let seen = 0;
  for (const w of words) if (ANIMATION_WORDS.has(w.lower) && ++seen >= ANIMATION_WORDS_NEEDED) return true;
  return false;
}

/** True for a word a romanised title may hold: capitalised, and no English function word opening a sentence ("Does", "Before"). */
const titleWord = (ctx: WorksContext, w: Word): boolean => w.capitalised && !ENGLISH_TAGS.has(ctx.posAt(w.start));

/** wink's tags of English function words and verbs: "Does", "Before", "But", "Despite". */
const ENGLISH_TAGS: ReadonlySet<string> = new Set(['AUX', 'ADP', 'CCONJ', 'SCONJ', 'DET', 'PRON', 'PART', 'VERB', 'ADV']);

/**
 * 4n. The part of a run a romanised particle joins, kept for {@link romanisedTitles}: the
 * capitalised words right before the first particle and after the last, and the particles and
 * capitalised words between ("Boku no Hero Academia" out of "Does Boku no Hero Academia"); not
 * English connectors ("Shingeki no Kyojin or Attack on Titan" keeps "Shingeki no Kyojin").
 */
export function readRomanised(ctx: WorksContext, run: Run, out: Run[]): void {
  for (let i = run.first + 1; i < run.last; i++) {
    const w = ctx.word(i);
    if (w.capitalised || !ROMANISED_PARTICLES.has(w.lower) || !ctx.word(i - 1).capitalised) continue;
    let first = i - 1;
    while (first > run.first && titleWord(ctx, ctx.word(first - 1))) first--;
    if (!titleWord(ctx, ctx.word(first))) first++;
    let last = i;
    for (let k = i + 1; k <= run.last; k++) {
      const x = ctx.word(k);
      if (x.capitalised) last = k;
      else if (!(ROMANISED_PARTICLES.has(x.lower) && ctx.word(k + 1).capitalised)) break;
    }
    if (first < i && last > i) out.push({ first, last, start: ctx.word(first).start, end: ctx.word(last).end });
    return;
  }
}

/** The runs `readRomanised` kept, as titles, when the text is about animation. */
export function romanisedTitles(ctx: WorksContext, runs: readonly Run[]): Finding[] {
  if (runs.length === 0 || !aboutAnimation(ctx.words)) return [];
  return runs.map((r) => titleFinding(ctx.formOf(r)));
}
