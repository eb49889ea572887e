// Stage 6 alone: the text's tokens and paragraphs as the pipeline makes them, but the entities and
// the quotes given here (not found by stages 4 and 5), so each case reads the sieves and nothing
// else. For each quote: the speaker's span, its entity, and how it was found.
import { describe, expect, it } from 'vitest';
import { resolveOptions } from '../../src/options';
import { runPipeline } from '../../src/pipeline';
import { attributeSpeakers } from '../../src/stages/6-speakers';
import type { EntityDraft, QuoteDraft } from '../../src/stages/stage-types';
import type { PersonRole, SpeakerVia } from '../../src/types';

/** An entity as the table gives it: its kind, the forms it is named by, its roles. */
type Given = [kind: EntityDraft['kind'], forms: string[], roles?: PersonRole[]];

/** Every place `form` stands in `text`, as whole words. */
function spansOf(text: string, form: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
    if (!/\w/.test(text[i - 1] ?? '') && !/\w/.test(text[i + form.length] ?? '')) out.push({ start: i, end: i + form.length });
  }
  return out;
}

/** The quotes between curly double marks, and the script lines `Name : words` on lines of their own. */
function quotesOf(text: string): QuoteDraft[] {
  const quotes: QuoteDraft[] = [];
  for (let o = text.indexOf('“'); o >= 0; o = text.indexOf('“', o + 1)) {
    const c = text.indexOf('”', o);
    quotes.push({ start: o + 1, end: c, kind: 'speech', open: { start: o, end: o + 1 }, close: { start: c, end: c + 1 } });
    o = c;
  }
  let at = 0;
  for (const line of text.split('\n')) {
    const colon = line.indexOf(' : ');
    if (colon > 0 && !line.includes('“')) {
      quotes.push({ start: at + colon + 3, end: at + line.length, kind: 'dialogue', scriptSpeaker: { start: at, end: at + colon } });
    }
    at += line.length + 1;
  }
  return quotes.sort((a, b) => a.start - b.start);
}

/** A speaker as the table writes it: name, span, entity index (or null) and via. */
type Got = [name: string, start: number, end: number, entity: number | null, via: SpeakerVia] | null;

function speakers(text: string, given: Given[]): Got[] {
  const r = runPipeline(text, resolveOptions(undefined));
  const entities: EntityDraft[] = given.map(([kind, forms, roles = []]) => ({
    kind,
    kindConfidence: 1,
    mentions: forms.flatMap((f) => spansOf(text, f)).sort((a, b) => a.start - b.start),
    roles,
    descriptors: [],
    playedBy: null,
  }));
  return attributeSpeakers(r.input, r.annotation, r.segmentation.blocks, entities, quotesOf(text)).map((s) =>
    s ? [text.slice(s.span.start, s.span.end), s.span.start, s.span.end, s.entity, s.via] : null,
  );
}

const RUTH: Given = ['person', ['Ruth Okafor']];
const TOM: Given = ['person', ['Tom Beale']];

const cases: [name: string, rows: [text: string, given: Given[], want: Got[]][]][] = [
  [
    'a speech verb and its subject',
    [
      ['“We open on Friday,” said Ruth Okafor.', [RUTH], [['Ruth Okafor', 26, 37, 0, 'verb']]],
      // the subject of `told`, never its object
      ['Ruth Okafor told Tom Beale that “the tickets are gone” before noon.', [RUTH, TOM], [['Ruth Okafor', 0, 11, 0, 'verb']]],
      // a remark in brackets between the subject and its verb
      ['Marla (as the fans call her) says, “Not tonight.”', [['character', ['Marla']]], [['Marla', 0, 5, 0, 'verb']]],
      // ... but an abbreviation glossing a body's name: its spokesman is nobody named
      ['A spokesman for the Film Board (FB) said the figures were “disappointing”.', [['person', ['Film Board']]], [null]],
      // a reporting verb of opinion after the quote
      ['“The ending is perfect,” opined Tom Beale.', [TOM], [['Tom Beale', 32, 41, 0, 'verb']]],
      // the writer ("I’m") is nobody the text names
      ['I’m just glad Marla had the nerve to stand up and say, “You are out of your mind!”', [], [null]],
      // a person the text does not name, and an outlet: nobody
      ['“We open on Friday,” said the caretaker.', [], [null]],
      ['“A triumph from start to finish,” said the Morning Ledger.', [], [null]],
    ],
  ],
  [
    'a pronoun',
    [
      ['Ruth Okafor runs the theatre on Dock Street. “We open on Friday,” she said.', [RUTH], [['Ruth Okafor', 0, 11, 0, 'pronoun']]],
    ],
  ],
  [
    'a name in a report, however the tagger read it',
    [
      // a long role between commas after the name, then the verb and a reported clause
      [
        'Dana Whitlock, head of drama at a small regional radio station in Leeds, said the pilot had “a real spark”.',
        [['person', ['Dana Whitlock']]],
        [['Dana Whitlock', 0, 13, 0, 'verb']],
      ],
      // a character's long role, with the actor who plays them in it
      [
        'As Marta, the weary harbour master played by Ruth Okafor, says, “Nobody leaves tonight.”',
        [['character', ['Marta']], RUTH],
        [['Marta', 3, 8, 0, 'verb']],
      ],
      // a speech verb with a thing for subject inside what a person said: the person's words
      ['Ana Ruiz said talks with the studio revealed there was “no room to change the script”.', [['person', ['Ana Ruiz']]], [['Ana Ruiz', 0, 8, 0, 'verb']]],
      // the name closing the description, though the tagger reads "Sue" and "Cross" as verbs
      ['“Some big names are left,” said gallery spokeswoman Sue Marlow.', [['person', ['Sue Marlow']]], [['Sue Marlow', 52, 62, 0, 'verb']]],
      ['“The band was never tidy,” said Hendrix biographer Charles Cross.', [['person', ['Hendrix']], ['person', ['Charles Cross']]], [['Charles Cross', 51, 64, 1, 'verb']]],
      // ... and a name the names stage did not list, after one it did
      ['“It was never meant to be tidy,” said Hendrix biographer Carl Moss.', [['person', ['Hendrix']]], [['Carl Moss', 57, 66, null, 'verb']]],
    ],
  ],
  [
    'a participle after a comma',
    [
      // the subject of the clause it hangs on
      ['Consider how Ilse snaps at Tom Beale, saying: “Go home.”', [['character', ['Ilse']], TOM], [['Ilse', 13, 17, 0, 'verb']]],
      // a name after a verb is its object, not the one speaking
      ['The council tried to stop Ilse performing, saying the show was “far too loud”.', [['character', ['Ilse']]], [null]],
    ],
  ],
  [
    'a pronoun after a sentence about someone',
    [
      // a surname alone, of a gender the text does not show, and nobody else who could be meant
      ['Whitlock believes the pilot will run for years. “It has a real spark,” she said.', [['person', ['Whitlock']]], [['Whitlock', 0, 8, 0, 'pronoun']]],
      // ... but a woman named since could be meant: nobody
      ['Whitlock met Ruth Okafor at the studio. “It has a real spark,” she said.', [['person', ['Whitlock']], RUTH], [null]],
      // a possessor of the pronoun's gender, and the name after his agent's role: the agent
      ['Mr Okafor’s agent, Tom Beale, said the deal was done. “He is thrilled,” he said.', [['person', ['Mr Okafor']], TOM], [['Tom Beale', 19, 28, 1, 'pronoun']]],
      // a band's singer named after the band
      ['Harbour Lights singer Tom Beale has called for cheaper tickets.\n\n“Nobody can afford a night out,” he said.', [['person', ['Harbour Lights']], TOM], [['Tom Beale', 22, 31, 1, 'pronoun']]],
      // ... opening the sentence before a name it did list, with a role between commas
      ['Gil Varga, deputy head of the festival, said Ruth Okafor would open it. “She was our first choice,” he said.', [RUTH], [['Gil Varga', 0, 9, null, 'pronoun']]],
      // the subject of the sentence's speech verb, a role, means the person with it who opened the report
      [
        'Ruth Okafor has a new film, with Ana Ruiz in the lead. The director said she was thrilled with it. “It is a gift of a story,” she said.',
        [['person', ['Ruth Okafor'], ['director']], ['person', ['Ana Ruiz'], ['actor']]],
        [['Ruth Okafor', 0, 11, 0, 'pronoun']],
      ],
      // a name the names stage did not list, whose sentence reports what they told a paper
      ['Beale told the Evening Post that the roof leaked. “It needs a fortune spent on it,” he said.', [], [['Beale', 0, 5, null, 'pronoun']]],
    ],
  ],
  [
    'more report shapes',
    [
      // a name right after the speech verb opens the reported clause when the verb has a subject
      ['Tom Beale said Ruth Okafor was “exhausted” after the tour.', [TOM, RUTH], [['Tom Beale', 0, 9, 0, 'verb']]],
      ['Tom Beale spoke to reporters. He said Ruth Okafor was “exhausted” after the tour.', [TOM, RUTH], [['Tom Beale', 0, 9, 0, 'pronoun']]],
      // the name set between commas after a possessor's role
      ['The studio’s casting head, Ruth Okafor, said the film needed “fresh faces”.', [RUTH], [['Ruth Okafor', 27, 38, 0, 'verb']]],
      // a name the names stage missed, before the comma of its appositive
      ['“I miss him every day,” added Gil Varga, his co-star for a decade.', [], [['Gil Varga', 30, 39, null, 'verb']]],
      // a place after a preposition inside the description, then the name
      ['“We are outraged,” the festival’s organiser in Leeds, Ruth Okafor, told reporters.', [RUTH], [['Ruth Okafor', 54, 65, 0, 'verb']]],
      // the agent of a passive labelling verb
      ['Beale was called “the last gentleman of the stage” by the director Ruth Okafor.', [TOM, RUTH], [['Ruth Okafor', 67, 78, 1, 'verb']]],
      // a later sentence of the paragraph, nobody else named and no speech verb between
      [
        'Ruth Okafor said it was “deeply moving” to see the hall full again. “The town needed a night like this.”',
        [RUTH],
        [
          ['Ruth Okafor', 0, 11, 0, 'verb'],
          ['Ruth Okafor', 0, 11, 0, 'context'],
        ],
      ],
      // ... but someone else named between leaves it open
      [
        'Ruth Okafor said it was “deeply moving” to see the hall full again. Tom Beale was in the front row. “The town needed a night like this.”',
        [RUTH, TOM],
        [['Ruth Okafor', 0, 11, 0, 'verb'], null],
      ],
    ],
  ],
  [
    'across a paragraph break',
    [
      // the quote's sentence going on, in lower case, in the next paragraph
      ['“We will be back next year,”\n\nsaid festival director Tom Beale.', [TOM], [['Tom Beale', 53, 62, 0, 'verb']]],
      // a new paragraph opening with a name and a speech verb is a statement of its own
      [
        '“I never rehearsed the dance,” Tom Beale recalled. “I was too scared.”\n\nRuth Okafor said the scene took three takes.',
        [TOM, RUTH],
        [
          ['Tom Beale', 31, 40, 0, 'verb'],
          ['Tom Beale', 31, 40, 0, 'context'],
        ],
      ],
    ],
  ],
  [
    'a dash',
    [['“Never look back.” – Captain Ilse', [['character', ['Captain Ilse']]], [['Captain Ilse', 21, 33, 0, 'dash']]]],
  ],
  [
    'a continuation',
    [
      [
        '“We open on Friday,” said Ruth Okafor. “The tickets are nearly gone.”',
        [RUTH],
        [
          ['Ruth Okafor', 26, 37, 0, 'verb'],
          ['Ruth Okafor', 26, 37, 0, 'context'],
        ],
      ],
    ],
  ],
  [
    'a script line',
    [
      [
        'Ilse : Hold the rope.\nTom Beale : I have it.',
        [['character', ['Ilse']], TOM],
        [
          ['Ilse', 0, 4, 0, 'script'],
          ['Tom Beale', 22, 31, 1, 'script'],
        ],
      ],
    ],
  ],
];

for (const [name, rows] of cases) {
  describe(`stage 6 speakers: ${name}`, () => {
    it.each(rows)('%j', (text, given, want) => {
      expect(speakers(text, given)).toEqual(want);
    });
  });
}
