// Shapes of attribution that news reports use everywhere, where a careful reader names the speaker
// at once: a name read up to its comma after the verb whatever the tagger made of it, a name the
// names stage cut short after a role, the words a "said" sentence in the paragraph before goes on
// with, a "he" whose chain of sentences goes back to one subject, and a description of the person
// just named that no one holds as a role. Each table has the cases that must stay nobody.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

type Case = [text: string, speakers: (string | null)[]];

/** Speaker name (or null) of each speech quote, in order. */
const speakers = (text: string): (string | null)[] =>
  analyzeReview(text)
    .quotes.filter((q) => q.kind === 'speech')
    .map((q) => q.speaker?.name ?? null);

const tables: [topic: string, found: Case[], mustNot: Case[]][] = [
  [
    'a name after the verb, up to its comma or full stop',
    [
      ['The shortlist came out on Monday. "Every entry this year surprised us," said Grant Dean, chair of the awards committee.', ['Grant Dean']],
      // a surname the text gave in full before, after a sentence that names the band
      ['Rory Welch left the band in March. "I will miss the fans more than the road," added Welch. Korn are touring without him.', ['Welch']],
      ['The jury met twice. "We argued for hours," said Mark Reed, 52, who chaired it.', ['Mark Reed']],
      // a day after the name is not part of it; a "!" closes the sentence as a full stop does
      ['The shoot ran late. "We knew it could fail badly," said director Steven Spielberg Tuesday.', ['Steven Spielberg']],
      ['The shoot ran late. "We knew it could fail badly," said Grant Dean!', ['Grant Dean']],
    ],
    [
      // an outlet, a day, or a capital that opens another clause is nobody
      ['The chart was delayed. "It was a mistake," said BBC News, quoting the organisers.', [null]],
      ['The chart was delayed. "Nobody could have planned for it," said Monday.', [null]],
      ['The chart was delayed. "Nobody could have planned for it," said It Girl magazine today.', [null]],
    ],
  ],
  [
    'a name cut short after a role',
    [
      ['Low-budget films lead the list. "These awards mean everything," said Sideways producer Michael London, adding they were a first step.', ['Michael London']],
      ['The series was renewed. "We are delighted," said Channel Four commissioner Jane Ellery.', ['Jane Ellery']],
    ],
    [
      // the name opens another clause after the role: it is not the speaker
      ['The series was renewed. "We are delighted," said the producer who hired Jane Ellery.', [null]],
    ],
  ],
  [
    'what a "said" sentence in the paragraph before goes on with',
    [
      ['Paul Barrow said he was surprised people thought the band, who won a prize for their album Dummy, had split up.\n\n"We have just had our heads down really."', ['Paul Barrow']],
      ['The film\'s director Peter Chelsom said he was sorry that Lopez did not attend.\n\n"It is a shame, she has been ill all week."', ['Peter Chelsom']],
    ],
    [
      // an attribution of its own after the quote: someone else's words
      ['Paul Barrow said he was surprised people thought the band had split up.\n\n"We were never asked," a spokesman said.', [null]],
      // a memory, not a report of speech, does not reach into the next paragraph
      ['Paul Barrow remembered the long tour of 1998.\n\n"We slept in the van every night."', [null]],
      // two people in the sentence before it, neither the subject of a verb of speech
      ['Paul Barrow met Ian Cole at the studio.\n\n"It was the start of everything."', [null]],
    ],
  ],
  [
    'a "he" whose chain of sentences goes back to one subject',
    [
      [
        'Morgan Freeman beat actors including Clive Owen, Jamie Foxx and Alan Alda to the prize. He thanked the director. This was the fourth nomination of his career. Backstage, he said: "A lot of people say you are due."',
        ['Morgan Freeman'],
      ],
      // the subject before a relative clause, "he" right after the quote it attributes
      [
        'Ray Moss picked up best actor. And Ray Moss, who had two nominations this year, thanked director Tom Hale and the cast. "You took a chance on me," he said.',
        ['Ray Moss'],
      ],
      [
        'Alicia Markova danced with the company for a decade. She appeared in films too. In 1950, she founded a ballet with Anton Dolin. She retired in 1963, an "instant decision" she said.',
        ['Alicia Markova'],
      ],
      // a sentence between that opens with no name keeps the chain
      ['Ruth Okafor took the top prize. Then the ceremony ran an hour late. "We are all tired now," she said.', ['Ruth Okafor']],
    ],
    [
      // two people open the sentence the chain goes back to
      ['Tomas Berg and Ivo Brandt beat Karl Holm to the prize. He thanked the director. Backstage, he said: "We did not expect it."', [null]],
      // a man named in a sentence that is not about the subject breaks the chain
      ['Morgan Freeman beat Clive Owen and Jamie Foxx to the prize. The film, produced by Albert Ruddy, won four awards. Backstage, he said: "A lot of people say you are due."', [null]],
      // a long sentence, or an unlisted given name or a noun for someone, brings in another person
      [
        "Dana Moss is the honest, tough policeman, always in trouble with his superiors because he likes his own methods as much as he detests crooks, and when he hits someone his knuckles hurt, and the man he wants to hit most is a smooth villain who points up the title. 'Why are you always trying to push me in the gutter?' he asks.",
        [null],
      ],
      ['Ray Moss beat Tom Hale to the prize. He thanked the crew. The film, which the producer funded, won four awards. Backstage, he said: "We did not expect it."', [null]],
      // a subject of the other gender hands the award to a man who could be meant
      ['Ray Moss won best actor. Helen Park handed the award to Tom Hale. Backstage, he said: "It was a long road to get here."', [null]],
      // the man a "he" hugs is not the one that "he" means
      ['Tom Hale praised Ray Moss. He hugged Hale. "You earned every minute of it," he said.', [null]],
      // a man named in the pronoun's own sentence before it is nearer than the subject before
      ['Ray Moss won. At the party with Tom Hale, he said: "It was a long road to get here."', [null]],
      // a sentence between whose subject is a name nobody could place (and of unknown gender)
      ['Ruth Okafor took the top prize. Whitlock arrived an hour late. "We are all tired now," she said.', [null]],
      // the name owns the subject, it is not the subject
      ["Peter Lund's new film beat Karl Holm and Ivo Brandt to the prize. It ran for three hours. Backstage, he said: \"Nobody expected it.\"", [null]],
    ],
  ],
  [
    'a "he" / "she" after a subject whose gender the text does not show, two or more who could be meant after its verb',
    [
      ['Jamie Vale beat Tom Dee and Joe Lind to the award on Friday. "It still feels like a dream," he said.', ['Jamie Vale']],
      ['Sam Orr, who had two nominations this year, thanked Ann Lee and Mia Roth. "They took a chance on me," she said.', ['Sam Orr']],
      ['Jordan Park beat Tom Dee and Joe Lind to the award. He thanked the crew and called the film "a labour of many years".', ['Jordan Park']],
    ],
    [
      // one person after the verb who could be meant: either of the two
      ['Sam Orr, who had two nominations this year, thanked Ann Lee. "They took a chance on me," she said.', [null]],
      // two people open the sentence
      ['Jamie Vale and Sam Orr beat Tom Dee and Joe Lind to the award on Friday. "It still feels like a dream," he said.', [null]],
      // a subject the names stage did not list (a surname that is a plural noun) may be the one
      // meant, not a man named after its verb
      ['Kit Waters beat Tom Dee and Joe Lind to the award on Friday. "It still feels like a dream," he said.', [null]],
      ['Kit Waters beat Tom Dee to the award on Friday. "It still feels like a dream," he said.', [null]],
      // one man after the verb who could be meant, whichever kind the names stage reads him as
      ['Kit Vale beat Tom Dee to the award on Friday. "It still feels like a dream," he said.', [null]],
    ],
  ],
  [
    'a speech verb joined by "and" to the subject\'s first verb',
    [
      ['Peter Moss beat the favourites to the prize. He thanked Clint Eastwood and described the film as "a labour of love".', ['Peter Moss']],
      ['Dana Moss hugged her co-star and told reporters: "We never thought we would get here."', ['Dana Moss']],
    ],
    [
      // the verb belongs to a clause of its own inside the sentence
      // ... or "he" could be either man of the sentence before, whose subject's gender the text does not show
      ['Morgan Freeman beat Clive Owen to the prize. He thanked the crew and described the film as "a labour of love".', [null]],
      // a man named between who does something of his own, or two people as the subject
      ['Ray Moss watched Tom Hale take the stage and declare "this one is for my mother".', [null]],
      ['Tom Hale and Ray Moss hugged and said "we could not be happier tonight".', [null]],
      ['Frank Hale was the butt of one gaffe in 1934 when the host opened the envelope and declared "come on up and get it, Frank" to the room.', [null]],
    ],
  ],
  [
    'a character who could be meant, named after the one person or in their sentence',
    [
      // a character of the other gender is no rival for "he"
      ['Paul Okoro is wonderful in the film. His Aunt Mabel fusses over the farm. "Nobody leaves before harvest," he says.', ['Paul Okoro']],
    ],
    [
      // the character named last may be the one who says it
      ['Paul Okoro is wonderful in the film. His Uncle Benedict fusses over the farm. "Nobody leaves before harvest," he says.', [null]],
      // a character joined to the one person after the verb
      ['Sky Waters beat Tom Dee and Joe Lind to the award on Friday. "It still feels like a dream," he said.', [null]],
    ],
  ],
  [
    'a description of the person just named, no one holding it as a role',
    [
      ['Singer George Michael has said a new film about his life marks his retirement. The pop star said it would be a much more "behind the scenes affair" from now on.', ['George Michael']],
    ],
    [
      // the pronoun of what they said is of the other gender than the person named before
      ['Author Michelle Paver sold the film rights this week. The director said he was "thrilled" with the project.', [null]],
      // a job in the making of the film that the person named before was not given
      ['Singer Björk stars in the film. The director said it was "a gamble that paid off in the end".', [null]],
      ['Singer Björk stars in the film. The producer said it was "a gamble that paid off in the end".', [null]],
    ],
  ],
];

for (const [topic, found, mustNot] of tables) {
  describe(topic, () => {
    it.each(found)('%j', (text, want) => expect(speakers(text)).toEqual(want));
    it.each(mustNot)('not: %j', (text, want) => expect(speakers(text)).toEqual(want));
  });
}
