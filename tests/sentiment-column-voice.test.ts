// A column judges in the third person: full of names, dates and episode numbers like news, but it
// speaks for its readers ("we never learn why"), says what things are like ("the middle episodes
// are slow") and closes on a verdict. The report model weighs these, so such a column keeps its
// label instead of reading as a report, while news that tells what others did stays `neutral`.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { runPipeline } from '../src/pipeline';
import { resolveOptions } from '../src/options';

/** The voice of the one sentence of `text`: whether it speaks for the readers and whether it predicates. */
function voiceOf(text: string): [boolean, boolean] {
  const [s] = runPipeline(text, resolveOptions(undefined)).sentiment.sentences;
  return [s?.voice.plural ?? false, s?.voice.predicates ?? false];
}

describe('sentence voice: speaking for the readers, saying what something is like', () => {
  it.each<[string, boolean, boolean]>([
    ['We never learn why the twins fled.', true, false],
    ['Our hero spends the second act in a cave.', true, false],
    ['The US release comes in May.', false, false],
    ['“We are thrilled,” the producer said.', false, false],
    ['The pacing is slow.', false, true],
    ['The score was not very memorable.', false, true],
    ['It is a truly gripping film.', false, true],
    ['The leads seem tired.', false, true],
    ["The director's new film opens on Friday.", false, false],
    ['She was arrested in June.', false, false],
  ])('%s → plural %s, predicates %s', (text, plural, predicates) => {
    expect(voiceOf(text)).toEqual([plural, predicates]);
  });
});

const OPENING = `Copper Tide, Season 2

Copper Tide returns to Port Vell on Netflix on 4 May 2026, with Ana Ferreira and Tomas Riba back as the two harbour pilots. Creator Joan Miralles told Variety that Season 2 runs to 10 episodes. In Episode 3 Ana meets Inspector Dorado of the Guardia Civil, played by Sergi Lopez. We never learn why Dorado hates the Riba family.`;

const REPORT = `Harbour Lights Opens In Leeds

The Harbour Lights, a drama by Nora Quill, opened at the Grand Theatre in Leeds on 12 March 2024, said producer Tom Avery. The cast of 14 includes Paul Dent and Mia Sole, the BBC reported. Tickets cost £25 to £60, the theatre said. The run of 40 nights ends on 21 April, organisers said. A tour of 9 cities follows in May, according to Avery. The show returns to London in 2025.`;

describe('document label: a column that judges in the third person is no report', () => {
  it.each<[string, string, string]>([
    [
      'a column of praise',
      `${OPENING} The middle episodes are slow, and the Dorado plot is thin. Episode 8, directed by Marta Puig, is superb. The final shot, over the Barcelona docks, is breathtaking. Our verdict: a must-see.`,
      'positive',
    ],
    [
      'a column of blame',
      `${OPENING} The middle episodes are dull, and the Dorado plot is clumsy. Episode 8, directed by Marta Puig, is a mess. The final shot, over the Barcelona docks, is cheap and lazy. Our verdict: a waste of time.`,
      'negative',
    ],
    ['news that tells what others did and said', REPORT, 'neutral'],
  ])('%s → %s', (_, text, label) => {
    expect(analyzeReview(text).sentiment.label).toBe(label);
  });
});
