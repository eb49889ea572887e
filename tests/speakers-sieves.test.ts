// Each sieve of stage 6 alone (or after the sieves it builds on), on short texts written for it:
// what it answers, and what it must leave to the others or to nobody.
import { describe, expect, it } from 'vitest';
import { resolveOptions } from '../src/options';
import { runPipeline } from '../src/pipeline';
import { attributeSpeakers, SIEVES } from '../src/stages/6-speakers';

/** Each quote's speaker as `name (via)`, or null, with only the named sieves asked, in the list's order. */
function withSieves(text: string, names: readonly string[]): (string | null)[] {
  // The stages before 6 as the pipeline runs them; stage 6 is then asked again with only these sieves.
  const { input, segmentation: seg, annotation: ann, entities, quotes: { quotes } } = runPipeline(text, resolveOptions(undefined));
  const sieves = SIEVES.filter((s) => names.includes(s.name));
  return attributeSpeakers(input, ann, seg.blocks, entities, quotes, sieves).map((s) => (s ? `${text.slice(s.span.start, s.span.end)} (${s.via})` : null));
}

describe('the sieves', () => {
  it('are asked in this order', () => {
    expect(SIEVES.map((s) => s.name)).toEqual(['script', 'dash', 'agent', 'how-put', 'verb', 'appositive', 'closing-source', 'coordinated', 'lead-in', 'colon', 'view', 'possessor', 'interview', 'given-role', 'continuation', 'prior-sentence', 'prior-pronoun', 'profile']);
  });
});

type Case = [text: string, speakers: (string | null)[]];

const tables: [sieve: string, before: string[], cases: Case[]][] = [
  [
    'script',
    [],
    [
      ['Min-seo : Where were you last night?\nDo-hyun : At the station, waiting for you.', ['Min-seo (script)', 'Do-hyun (script)']],
      ['The café scene was my favourite. “Stay,” she says, and he does.', [null]],
    ],
  ],
  [
    'dash',
    [],
    [
      ['“Nobody leaves this island until the storm is over.” – Captain Hale', ['Captain Hale (dash)']],
      ['“Rules are for people without imagination.” – The Headmistress (Agnes Marlow)', ['Agnes Marlow (dash)']],
      // favourite lines run together on one line: each name ends at the next opening mark, and a
      // label glued to the last name (`PennFunny lines:`) is no name
      ['Best lines: “Mind the gap.” – Captain Hale “Not today.” – Ruth Penn “Fine by me.” – Captain Hale', ['Captain Hale (dash)', 'Ruth Penn (dash)', 'Captain Hale (dash)']],
      ['Best lines: “Mind the gap.” – Ruth PennFunny lines: “Not today.” – Captain Hale', [null, 'Captain Hale (dash)']],
      // a listed name, then the writer's words about the moment in lower case
      ['Ruth Penn plays the captain, and Ruth Penn is the best thing in it. Best lines: “Mind the gap.” – Ruth Penn as the boat tips over, and we all laughed at it.', ['Ruth Penn (dash)']],
      // a dash glued to the name, and a listed name that ends its sentence or runs on into the next
      ['Ruth Penn is the best thing in it. “Mind the gap, all of you.”-Ruth Penn', ['Ruth Penn (dash)']],
      ['Ruth Penn is the best thing in it. “Mind the gap, all of you.” - Ruth Penn. What a line.', ['Ruth Penn (dash)']],
      ['Ruth Penn is the best thing in it. “Mind the gap, all of you.” - Ruth Penn This show is great.', ['Ruth Penn (dash)']],
      ['“We lost the light by four.” – and then the crew packed up for the night.', [null]],
      ['Tomas Reyes said the first week was hard. “We lost the light by four,” he said.', [null]],
    ],
  ],
  [
    'agent',
    [],
    [
      ['Nobody expected a second season. “We did not either,” was the reply from Marta Quill.', ['Marta Quill (verb)']],
      ['“Stay for the credits,” came the answer from director Ivo Brandt.', ['Ivo Brandt (verb)']],
      ['The town kept its secret for years, “until the river gave it back”, as told by Hanne Solberg.', ['Hanne Solberg (verb)']],
      ['The plan was simple: “ship it and see”, in the words of producer Ada Voss.', ['Ada Voss (verb)']],
      // a description alone, an outlet, or an agent further on in the sentence is nobody
      ['“We did not either,” was the reply from her agent.', [null]],
      ['“A quiet triumph,” was the verdict of the Evening Chronicle.', [null]],
      ['“We did not either,” she wrote, and that was the reply from Marta Quill.', [null]],
    ],
  ],
  [
    'verb',
    [],
    [
      ['“The budget ran out in the second month,” said Laura Benning.', ['Laura Benning (verb)']],
      ['Laura Benning said: “The budget ran out in the second month.”', ['Laura Benning (verb)']],
      ['“The budget ran out in the second month,” said award-winning producer Laura Benning.', ['Laura Benning (verb)']],
      // a show or firm of two joined names owns the role: the name after the role speaks
      ['“The budget ran out in the second month,” said Salt and Pepper executive producer Laura Benning.', ['Laura Benning (verb)']],
      // a linking word before the sentence's subject, a participle after a comma
      ['But novelist Gore Varley defended the film, saying it was “barrier-breaking” for its time.', ['Gore Varley (verb)']],
      ['Meanwhile, novelist Gore Varley defended the film, saying it was “barrier-breaking” for its time.', ['Gore Varley (verb)']],
      // a plural's possessive before the name
      ['“We start again on Monday,” said Harbour Pictures’ Nadia Frost.', ['Nadia Frost (verb)']],
      ['Laura Benning told Pedro Alvarez that “the budget is gone” before the shoot.', ['Laura Benning (verb)']],
      ['Laura Benning spoke after the screening. “It is my last film,” she told BBC News.', ['Laura Benning (pronoun)']],
      ['“It is the best record of the year,” said Rolling Stone magazine.', [null]],
      ['The studio was quiet. “We start again on Monday,” said a spokesman.', [null]],
      // a long relative clause about a person between the name and the verb
      ['Lydia Marsh, who wrote the first draft of the script in a single weekend, said: “It poured out of me.”', ['Lydia Marsh (verb)']],
      // not about a group
      ['The Wild Hares, who were formed in a garage in 1998, said they were “ready for the stadiums”.', [null]],
      // a critic named as the writer of an outlet; the outlet alone is nobody
      ['Film critic Oscar Delgado of the Daily Herald said the ending was “a cheat”.', ['Oscar Delgado (verb)']],
      ['Writing in the Evening Chronicle, Oscar Delgado called the ending “a cheat”.', ['Oscar Delgado (verb)']],
      ['“The ending is a cheat,” wrote Evening Chronicle critic Oscar Delgado.', ['Oscar Delgado (verb)']],
      ['“The ending is a cheat,” the Evening Chronicle said.', [null]],
      ['The New Yorker said: “The ending is a cheat.”', [null]],
      // a relative clause's verb: the one person it is about, never the possessor after the verb
      ['The jury was echoed by playwright Sir Tobias Wren who called Ilse Brandt’s novel “quietly astonishing”.', ['Sir Tobias Wren (verb)']],
      ['Among the tributes was one from the producer Tobias Wren, who described her as “a sister to us all”.', ['Tobias Wren (verb)']],
      ['Less kind were fellow students Ilse Brandt and Tobias Wren, who observed, “It sounds like every other band.”', [null]],
      // the subject of a passive is spoken of
      ['Victor Hale, who ran the studio for a decade, was called “a bully” by his former staff.', [null]],
      // a name right after the verb of a description or of a relative clause is that verb's object
      ['The nurse questioning Ines Barrow says it plainly: “This one will be trouble.”', [null]],
      ['The lawyer representing Ines Barrow said: “My client has done nothing wrong.”', [null]],
      ['The neighbour who sued Ines Barrow said: “She never paid for the fence.”', [null]],
      ['The prize-winning Ines Barrow said: “I never expected this.”', ['Ines Barrow (verb)']],
      // a capitalised number word opens a work's or a group's name, no person's
      ['Seven Harbours says “forget the rules” and builds a world of its own.', [null]],
      // an adverb between the speaker and the verb after the quote
      ['Tomas Reyes left the band in 2001. “I was burnt out,” he once said.', ['Tomas Reyes (pronoun)']],
      // a hedge hyphened onto the verb leaves its subject the speaker; an outlet still is nobody
      ['Marta Quill half-joked that after the premiere, “nobody slept for a week”.', ['Marta Quill (verb)']],
      ['Ivo Brandt has half-admitted that the ending was “a happy accident”.', ['Ivo Brandt (verb)']],
      ['The Evening Chronicle half-joked that the sequel was “inevitable”.', [null]],
      ['The crowd gave Marta Quill a half-hearted welcome, “polite at best”.', [null]],
      // a participle after a comma: the sentence's subject speaks
      ['Ingrid Solberg thanked the crew, adding: “They carried me through the winter.”', ['Ingrid Solberg (verb)']],
      ['Someone from a Famous Paper was telling readers to “stay calm”.', [null]],
      // "she" after a sentence that opens with "she": the person that "she" means
      ['Nadia Petrova won the prize for best actress. She arrived wearing a borrowed gown. “I am still shaking,” she told reporters.', ['Nadia Petrova (pronoun)']],
      // the subject of the sentence before, another name in it being of the other gender
      ['Nadia Petrova thanked her director, Paul Lambert, in a long speech. “He believed in me,” she said.', ['Nadia Petrova (pronoun)']],
      // names after the verb of the sentence before are its objects, whatever their gender
      ['Nadia Petrova, who won last year too, thanked Ilse Brandt and Paul Lambert. “They believed in me,” she said.', ['Nadia Petrova (pronoun)']],
      ['Nadia Petrova and Ilse Brandt thanked Paul Lambert. “He believed in us,” she said.', [null]],
      // an adverb between the subject and the verb before the quote; a dash after the quote
      ['After a pause Harriet Vane calmly observed, “The clock in the hall is wrong.”', ['Harriet Vane (verb)']],
      ['“The clock in the hall is wrong!”--cried Harriet Vane.', ['Harriet Vane (verb)']],
      ['Harriet Vane looked up, and said,--“The clock in the hall is wrong.”', ['Harriet Vane (verb)']],
      ['Harriet Vane laughed when the guide stopped and declared “the clock is wrong”.', [null]],
      // a possessive name and a noun for what was said; novels' verbs of speech
      ['“You did it thoroughly,” was Harriet Vane’s dry comment.', ['Harriet Vane (verb)']],
      ['“Please stay for supper,” implored Harriet Vane.', ['Harriet Vane (verb)']],
      ['“You did it thoroughly,” was the verdict of the jury.', [null]],
      // "he" after a sentence that reports its subject's words, the subject's gender not shown
      ['Director Park Min-jae told the Evening Chronicle that Lee Sung-ho would return. “We owe it to the fans,” he said.', ['Park Min-jae (pronoun)']],
      // a clause set before the sentence's subject: the subject after its comma is meant, not
      // the last speaker nor the names in that clause
      [
        '“We sold every seat,” said Otto Brandt. While the hall was built in Lisbon, Mr Varga insists the city is ready. “It will double next year,” he says.',
        ['Otto Brandt (verb)', 'Mr Varga (pronoun)'],
      ],
      // ... "he" as the main subject: the one person the opening clause names as its subject
      ['When Otto Brandt reached the studio, he said the tapes were gone. “Somebody took them,” he said.', ['Otto Brandt (pronoun)']],
      ['While he praised Ivo Marek’s film, he said the prize was rigged. “It always is,” he said.', [null]],
      ['When Otto Brandt and Ivo Marek reached the studio, he said the tapes were gone. “Somebody took them,” he said.', [null]],
      // a relative clause after the subject: the names in it are not meant
      [
        '“We sold every seat,” said Otto Brandt. Mr Varga, whose favourite film was Ivo Marek’s war drama, stayed hopeful. “It will double next year,” he says.',
        ['Otto Brandt (verb)', 'Mr Varga (pronoun)'],
      ],
      [
        // (two men opening it leave the last speaker)
        '“We sold every seat,” said Otto Brandt. Mr Varga and Mr Marek stayed hopeful. “It will double next year,” he says.',
        ['Otto Brandt (verb)', 'Otto Brandt (pronoun)'],
      ],
      // the possessor is not the subject; a name between commas after a description is
      ['Corrigan’s agent, Milo Fenwick, said the talks were over. “He will not sign,” he said.', ['Milo Fenwick (pronoun)']],
      // a description by age
      ['Nadia Petrova won the prize for best actress. “I am still shaking,” the 31-year-old said.', ['Nadia Petrova (context)']],
      // ... dated by an adverb after its article, with a manner adverb before the verb
      ['Otto Brandt admitted the studio hated the cut. “It was my second-album slump,” the now Oscar-nominated auteur wryly said.', ['Otto Brandt (context)']],
      ['Otto Brandt admitted the studio hated the cut. The reviews called it “a second-album slump”, as the auteur surely knew.', [null]],
      // a name, an appositive, then the verb after the quote
      ['“The hall will be full by noon,” Bruno Keller, head of the city arts council, said on Monday.', ['Bruno Keller (verb)']],
      // ... unless the quote ends its sentence or the verb opens the next quote
      ['“The hall was full.” Bruno Keller, head of the city arts council, said it was a record.', [null]],
      ['“The hall was full,” Bruno Keller, head of the arts council, said: “It was a record.”', [null, 'Bruno Keller (verb)']],
      // a verb of judging: its subject's words, never its object's
      ['Harold Finch criticised the network for being “too timid by half”.', ['Harold Finch (verb)']],
      ['Harold Finch praised Ann Mercer: “She saved the show.”', ['Harold Finch (verb)']],
      ['Harold Finch likened the rewrite to a “house built on sand”.', ['Harold Finch (verb)']],
      ['Gloomy sequel dubbed “the worst film of the year”', [null]],
      // a name the names stage may not list, before a noun for what was said
      ['“The roof leaks again,” was Tobias’s gloomy answer.', ['Tobias (verb)']],
      ['“The roof leaks again,” was the Gazette’s gloomy answer.', [null]],
      // the name right after the verb, not one inside the quote that goes on after it
      ['“Stop!” cried Miss Pennington, “Wilfred has taken the key.”', ['Miss Pennington (verb)', 'Miss Pennington (verb)']],
      // novels' verbs of speech kept out of the quote kinds
      ['“I will finish it by spring,” vowed Hester Grange.', ['Hester Grange (verb)']],
      // an adverb before the verb after the quote; "thought" only right after a quote
      ['“I will finish it by spring,” quietly promised Hester Grange.', ['Hester Grange (verb)']],
      ['“I will finish it by spring,” thought Hester Grange.', ['Hester Grange (verb)']],
      ['Hester Grange thought the scene was “too long by half”.', [null]],
      // adjectives before a name; a question's asker
      ['“Is the roof leaking again?” said the weary Tobias.', ['Tobias (verb)']],
      ['“Is the roof leaking again?” Hester Grange wanted to know.', ['Hester Grange (verb)']],
      // an intensive pronoun or an intensified adverb between the subject and the verb
      ['Hester Grange herself answered, “The roof is fine.”', ['Hester Grange (verb)']],
      ['To this, Hester Grange very gravely replied, “The roof is fine.”', ['Hester Grange (verb)']],
    ],
  ],
  [
    'coordinated',
    [],
    [
      ['Hester Grange put down her cup and said, “The roof leaks again.”', ['Hester Grange (verb)']],
      ['Hester Grange waited a while, and then very quietly replied, “The roof leaks again.”', ['Hester Grange (verb)']],
      // a phrase between commas after "and"; a semicolon right before the "and"
      ['Hester Grange came in, and, after looking round for a minute, said to the maid, “The roof leaks again.”', ['Hester Grange (verb)']],
      ['Hester Grange was flattered; and with a more smiling gravity answered, “The roof will hold.”', ['Hester Grange (verb)']],
      ['Hester Grange came in, and, after Tom Reeve had left, said, “The roof leaks again.”', [null]],
      ['Hester Grange was pleased; Tom Reeve frowned and replied, “The roof will not hold.”', [null]],
      // another subject between the name and the verb
      ['Hester Grange put down her cup and when Tobias Crane came in she said, “The roof leaks again.”', [null]],
      ['Hester Grange put down her cup, but Tobias Crane, red in the face, stood and said, “The roof leaks again.”', [null]],
      // a phrase of time or manner between "and" and the verb
      ['Hester Grange put down her cup, and after a time replied, “The roof leaks again.”', ['Hester Grange (verb)']],
      // a titled name the names stage did not list
      ['Mr. Pemberton drew his chair closer and said, “The roof leaks again.”', ['Mr. Pemberton (verb)']],
      ['The Evening Chronicle ran the story and said, “The roof leaks again.”', [null]],
      // the sentence opens with a clause, not with the speaker
      ['When Hester Grange put down her cup, Tobias Crane stood and said, “The roof leaks again.”', [null]],
      // not a lead-in: the quote is the verb's object in the middle of the sentence
      ['Hester Grange looked up and said “the roof” leaks again.', [null]],
    ],
  ],
  [
    'appositive',
    [],
    [
      ['The reels sat in a loft for decades. “We never played them,” the engineer’s son Arlo, 57, said.', ['Arlo (verb)']],
      ['“It grew every year,” festival director Ines Moll, who founded it in 1998, told reporters.', ['Ines Moll (verb)']],
      // a description with no name, a listener after "was", a quote that ends its sentence
      ['“It grew every year,” the festival’s director, who founded it in 1998, told reporters.', [null]],
      ['“It grew every year,” Ines Moll, 40, was told by the board.', [null]],
      ['“It grew every year.” Ines Moll, 40, said nothing more.', [null]],
    ],
  ],
  [
    'closing-source',
    [],
    [
      ['The museum will stay “shut until the roof is safe” after the storm, head curator Ana Ruiz has said.', ['Ana Ruiz (verb)']],
      ['The studio is “in a state of total shock right now” after the fire, Tomas Berg said.', ['Tomas Berg (verb)']],
      ['Ticket sales were “far below what any of us had hoped” all spring, the band’s manager Tomas Berg has said.', ['Tomas Berg (verb)']],
      // a source nobody names, a verb of the source's own between the comma and the name, a quote
      // that ends its sentence, another quote before the close
      ['The museum will stay “shut until the roof is safe” after the storm, a spokesman has said.', [null]],
      ['The museum will stay “shut until the roof is safe” after the storm, which Ana Ruiz said.', [null]],
      ['The museum was “a ruin by dawn.” It stays shut for now, Ana Ruiz has said.', [null]],
      ['The roof was “unsafe” and “past saving”, Ana Ruiz has said.', [null, null]],
      // "he" / "she" closing the sentence: the person the pronoun means, or nobody when unclear
      ['Ana Ruiz runs the farm. The dry spring means “thin crops” are likely on the farm, she said.', ['Ana Ruiz (pronoun)']],
      ['Ana Ruiz and Petra Lund run the farm. The dry spring means “thin crops” are likely on the farm, she said.', [null]],
    ],
  ],
  [
    'closing-source',
    ['verb'],
    [
      // ", he said." after a quote of another man: the last speaker going on, or the one man named
      // since when the last speaker was a woman
      ['“We lost the keys,” Tom Hale said. The lock was “beyond repair” by then, he said.', ['Tom Hale (verb)', 'Tom Hale (pronoun)']],
      ['“We lost the keys,” Ada Quill said. Ben Ray runs the shop. The lock was “beyond repair” by then, he said.', ['Ada Quill (verb)', 'Ben Ray (pronoun)']],
      // ... not a man named since who may be talked about, with the last speaker a man too
      ['“We lost the keys,” Tom Hale said. Ben Ray was locked out of the flat. The landlord was “no help” all night, he said.', ['Tom Hale (verb)', null]],
      // ... but the man the sentence before reports speaking is the next source, the last speaker a man or not
      ['“We lost the keys,” Tom Hale said. Ben Ray maintained the locks were old. The landlord was “no help” all night, he said.', ['Tom Hale (verb)', 'Ben Ray (pronoun)']],
      ['“We lost the keys,” Tom Hale said. Ben Ray told the council the locks were old. The landlord was “no help” all night, he said.', ['Tom Hale (verb)', 'Ben Ray (pronoun)']],
      // ... not when another man is named after him
      ['“We lost the keys,” Tom Hale said. Ben Ray told Joe Lind the locks were old. The landlord was “no help” all night, he said.', ['Tom Hale (verb)', null]],
    ],
  ],
  [
    'lead-in',
    [],
    [
      ['The crowd waited. Finally Edgar Whitlock said:\n\n“I am done with touring.”', ['Edgar Whitlock (verb)']],
      ['The crowd waited for the band to say something:\n\n“I am done with touring.”', [null]],
    ],
  ],
  [
    'view',
    ['verb'],
    [
      // the attributed quote first makes the fragment read as speech
      ['“It is our year,” said Ruth Okafor. Tom Hale reckons the colt is “the best of the year”.', ['Ruth Okafor (verb)', 'Tom Hale (verb)']],
      ['“It is our year,” said Ruth Okafor. Most trainers reckon the colt is “the best of the year”.', ['Ruth Okafor (verb)', null]],
      ['“It is our year,” said Ruth Okafor. Tom Hale reckons Dan Pyke’s colt is “the best of the year”.', ['Ruth Okafor (verb)', null]],
      // a stance taken in words: the words in its object are the subject's
      ['Tom Hale thanked the stable hands and “a family who never once doubted the colt”.', ['Tom Hale (verb)']],
      ['Tom Hale attacked “lazy, cynical and careless” stewards on the radio.', ['Tom Hale (verb)']],
      ['Tom Hale was attacked as a “lazy, cynical and careless” trainer.', [null]],
      // the holder's own possessive may stand between; an object pronoun is someone else
      ['Tom Hale apologised for his “moment of madness” after the race.', ['Tom Hale (verb)']],
      ['Tom Hale thanked her “for being such a patient coach all year” at the gala.', [null]],
      // the owner of a thing the words label, right before them, is no rival; the owner of a line is
      ['Tom Hale felt that Dan Pyke’s “masterpiece of a ride” deserved the cup.', ['Tom Hale (verb)']],
      ['Tom Hale felt that Dan Pyke’s “I’ll win it next year” was a boast.', [null]],
    ],
  ],
  [
    'how-put',
    [],
    [
      ['“The river keeps the score.” That was how Nadia Orme put it after the flood.', ['Nadia Orme (verb)']],
      ['“Every town needs a mill,” is how Nadia Orme describes it.', ['Nadia Orme (verb)']],
      ['Nadia Orme grew up by the river. “The river keeps the score.” This is how the story opens.', [null]],
      ['“The river keeps the score.” That was how the flood ended for Nadia Orme.', [null]],
    ],
  ],
  [
    'possessor',
    [],
    [
      // a line noun names the words a line, a lower-case one with no pronoun and no stop too
      ['Mara Quell plays the pilot. The film is thin, but Mara Quell’s line “nobody flies at night” stays with you.', ['Mara Quell (verb)']],
      ['Mara Quell plays the pilot. Mara Quell’s “Nobody flies tonight.” is the line I still repeat.', ['Mara Quell (verb)']],
      ['Bruno Vance is the sergeant, and Bruno Vance’s famous “You’ll thank me later” closes every scene.', ['Bruno Vance (verb)']],
      // a contraction alone shows the line is spoken (no pronoun, no closing stop)
      ['Bruno Vance is the sergeant, and Bruno Vance’s “don’t ever touch the radio again” opens the film.', ['Bruno Vance (verb)']],
      // a label hung on the possessor, a title in capitals, a lower-case title, a maker's work: nobody
      ['Mara Quell is the lead. Everyone recalls Mara Quell’s “kitchen sink meltdown” in the finale.', [null]],
      ['Mara Quell is the lead. Mara Quell’s “Night Of The Long Rain” made her famous.', [null]],
      ['Mara Quell is the lead. Mara Quell’s “rain, ruin, and radio” was her first album.', [null]],
      ['Director Ivo Brandt made it. Ivo Brandt’s “Where We Stand Tonight” is better.', [null]],
      // a noun for what was said after the quote: the name before the possessive, listed or not
      ['The short has everything, down to Captain Fuzzbeard’s “nah, just a scratch” remark at the end.', ['Captain Fuzzbeard (verb)']],
      ['I laughed at the Evening Chronicle’s “a triumph of nothing” verdict on the film.', [null]],
    ],
  ],
  [
    'colon',
    [],
    [
      ['Drummer Felix Ostrander echoed the singer: “We are louder than ever.”', ['Felix Ostrander (verb)']],
      ['The band will tour Japan in March, according to their manager Ruth Calder.', []],
      ['The band are “louder than ever”, according to their manager, Ruth Calder.', ['Ruth Calder (verb)']],
      ['The album is “a career best”, according to Rolling Stone magazine.', [null]],
      ['Three things stood out: “the music, the light and the silence”.', [null]],
    ],
  ],
  [
    'interview',
    [],
    [
      [
        'Jonas Berg, the potter, talked to us about his first show in Oslo. Berg has worked in clay for thirty years.\n\nWhy clay?\n\n“It forgives you, up to a point.”\n\n**Will you teach?**\n\n“Only children, and only on Saturdays.”',
        ['Berg (context)', 'Berg (context)'],
      ],
      // the intro names two people (one the names stage may miss): whose answer it is, the text does not say
      ['Jonas Berg and Edda Lindqvist talked to us about their first show in Oslo. Berg has worked in clay for thirty years.\n\nWhy clay?\n\n“It forgives you, up to a point.”', [null]],
      // a question in quote marks is a character's line, not an interviewer's
      ['Jonas Berg, the potter, came home late. Berg was tired.\n\n“Why clay?”\n\n“It forgives you, up to a point.”', [null, null]],
      // an answer must open its paragraph
      ['Jonas Berg, the potter, talked to us. Berg has worked in clay for thirty years.\n\nWhy clay?\n\nHe laughed at that. “It forgives you, up to a point.”', [null]],
    ],
  ],
  [
    'given-role',
    [],
    [
      ['The reels were found by the engineer’s son Stephen Brandt in a loft. Brandt sold them in May. “He kept everything,” his son said.', ['Stephen Brandt (context)']],
      ['The band hired a lawyer, Tomas Eide, in March. The case opens in June. “We expect to win,” said the lawyer.', ['Tomas Eide (context)']],
      ['David Moss, the singer’s manager, was not at the hearing. “We expect to win,” the manager said.', ['David Moss (context)']],
      // the possessor's noun is not the role: the singer is not David Moss
      ['David Moss, the singer’s manager, was not at the hearing. “We expect to win,” the singer said.', [null]],
      // two people given the role, a role the text never gave, an indefinite one, a phrase going on
      ['The band hired a lawyer, Tomas Eide, and the label a lawyer, Petra Lund. “We expect to win,” said the lawyer.', [null]],
      ['Tomas Eide joined the band in March. “We expect to win,” the manager said.', [null]],
      ['The band hired a lawyer, Tomas Eide, in March. “We expect to win,” a lawyer said.', [null]],
      ['The band hired a lawyer, Tomas Eide, in March. “We expect to win,” said the lawyer for the label.', [null]],
    ],
  ],
  [
    'continuation',
    ['verb'],
    [
      ['“We finished on time,” said Grace Ellery. “And under budget, which nobody believed.”', ['Grace Ellery (verb)', 'Grace Ellery (context)']],
      ['Grace Ellery said: “We finished on time.” “Nobody believed it.”', ['Grace Ellery (verb)', 'Grace Ellery (context)']],
      // the writer's own words ("I say", "I said") are nobody's the text names, and end the run
      ['Captain Ben Okafor says “Hand over the map and nobody gets hurt” and I say “Sure, and then you sink us anyway” every time.', ['Captain Ben Okafor (verb)', null]],
      ['“Hand over the map and nobody gets hurt,” said Grace Ellery. “Sure, and then you sink us anyway,” I said.', ['Grace Ellery (verb)', null]],
      ['“We finished on time,” said Grace Ellery. Her partner Owen Tate disagreed. “It was a mess.”', ['Grace Ellery (verb)', null]],
      // a quote that closes its paragraph after a lead-in leaves the next paragraph's quote open
      ['Grace Ellery said: “We finished on time.”\n\n“It was a mess from start to finish.”', ['Grace Ellery (verb)', null]],
      // in reports, a quote alone in the paragraph after one that closes with an attributed quote
      ['The crew packed up at dawn. “We finished on time,” said Grace Ellery.\n\n“Nobody believed we would.”', ['Grace Ellery (verb)', 'Grace Ellery (context)']],
      ['The crew packed up at dawn. “We finished on time,” said Grace Ellery.\n\n“Nobody believed it,” Owen Tate said.', ['Grace Ellery (verb)', 'Owen Tate (verb)']],
      // an attribution names its speaker; a passive description of the band does not
      ['“We were loud,” said Grace Ellery. The band was later described as “too loud” by critics.', ['Grace Ellery (verb)', null]],
      // in reports, a long description of the speaker in the attribution, then the next quote
      [
        '“Ticket sales are up,” said Grace Ellery, chief executive of the Northern Federation of Independent Cinemas (NFIC). “Streaming has not hurt us yet.”',
        ['Grace Ellery (verb)', 'Grace Ellery (context)'],
      ],
      ['“Ticket sales are up,” said Grace Ellery, chief executive of the Northern Federation of Independent Cinemas. Owen Tate was less sure. “Streaming will hurt us.”', ['Grace Ellery (verb)', null]],
      // a quote whose paragraph ends without a closing mark, reopened by the next paragraph's mark
      ['Grace Ellery said: “We finished on time.\n\n“Nobody believed we would, least of all the bank.”', ['Grace Ellery (verb)', 'Grace Ellery (context)']],
      // ... and flattened into one paragraph (`“A. “B.”`)
      ['Grace Ellery said: “We finished on time. “Nobody believed we would.”', ['Grace Ellery (verb)', 'Grace Ellery (context)']],
      // a paragraph that closes its quote leaves the next one's open, however it starts
      ['Grace Ellery said: “We finished on time.”\n\n“Nobody believed we would, least of all the bank.”', ['Grace Ellery (verb)', null]],
      // in reports, a paragraph closing on a sentence that reports its subject's words, a part in marks
      ['Grace Ellery said the choir was “hoarse as crows” by the end of the shoot.\n\n“We slept in the trucks for a week.”', ['Grace Ellery (verb)', 'Grace Ellery (context)']],
      ['Grace Ellery told the local paper the crew was tired of “endless night shoots”.\n\n“We slept in the trucks.” The film opens in May.', ['Grace Ellery (verb)', 'Grace Ellery (context)']],
      // ... not when the quote has an attribution of its own, nor when a sentence follows the report
      ['Grace Ellery said the choir was “hoarse as crows” by the end.\n\n“We slept in the trucks,” Owen Tate said.', ['Grace Ellery (verb)', 'Owen Tate (verb)']],
      ['Grace Ellery said the choir was “hoarse as crows” by the end. The shoot ran over by a month.\n\n“We slept in the trucks for a week.”', ['Grace Ellery (verb)', null]],
      ['Grace Ellery said that “the choir was hoarse as crows”.\n\n“We slept in the trucks for a week.”', ['Grace Ellery (verb)', null]],
      // a verb naming a thing puts a label on it, no statement going on
      ['Grace Ellery called the last week of the shoot “a long haul”.\n\n“We slept in the trucks for a week.”', ['Grace Ellery (verb)', null]],
    ],
  ],
  [
    'prior-sentence',
    [],
    [
      ['The singer Harriet Vance remembered her first tour. “We slept in the van every night.”', ['Harriet Vance (context)']],
      ['Harriet Vance and Jon Pike remembered the tour. “We slept in the van every night.”', [null]],
      ['The van broke down twice. “We slept in it every night.”', [null]],
      // a sentence that closes with its attribution
      ['The tour lost money every night, Ada Caldwell said. “We paid to play.”', ['Ada Caldwell (context)']],
      ['The tour lost money every night, said Ada Caldwell. “We paid to play.”', ['Ada Caldwell (context)']],
      ['The tour lost money every night, the promoter Ada Caldwell and her brother agreed. “We paid to play.”', [null]],
      // closing with "he" / "she said": the person the pronoun means there
      ['Singer Ruth Okafor runs the tour.\n\nThe tour lost money every night, she said. “We paid to play.”', ['Ruth Okafor (context)']],
      ['Singer Ruth Okafor and actress Dana Holt arrived.\n\nThe tour lost money every night, she said. “We paid to play.”', [null]],
      ['Singer Ruth Okafor runs the tour.\n\nThe tour lost money every night, he said. “We paid to play.”', [null]],
    ],
  ],
  [
    'prior-pronoun',
    [],
    [
      ['Harriet Vance joined the band in 1999. She remembered her first tour. “We slept in the van every night.”', ['Harriet Vance (context)']],
      ['Harriet Vance joined the band in 1999. But she later recalled the first tour. “We slept in the van every night.”', ['Harriet Vance (context)']],
      // two women it could mean, a name in the sentence, another verb, another subject, another gender
      ['Harriet Vance and Ilse Brandt joined the band in 1999. She remembered her first tour. “We slept in the van every night.”', [null]],
      ['Harriet Vance joined the band in 1999. She thanked Ilse Brandt for the songs. “We wrote them in the van.”', [null]],
      ['Harriet Vance joined the band in 1999. She bought a van. “We slept in it every night.”', [null]],
      ['Harriet Vance joined the band in 1999. The press said she was shy. “We slept in the van every night.”', [null]],
      ['Harriet Vance joined the band in 1999. He remembered her first tour. “She slept in the van every night.”', [null]],
    ],
  ],
  [
    'profile',
    ['verb', 'continuation'],
    [
      // every quote so far was hers: a quote after a sentence about her is hers too
      [
        'Marta Quill has a new film. “It was cold,” Quill says. “We froze.”\n\nShe gave up on singing lessons. “I am no singer.”',
        ['Quill (verb)', 'Quill (context)', 'Quill (context)'],
      ],
      ['Marta Quill has a new film. “It was cold,” Quill says. “We froze.”\n\nThe studio paid her late. “I am no singer.”', ['Quill (verb)', 'Quill (context)', 'Quill (context)']],
      // one quote only, or two voices, or another person, a pronoun of the other gender, or nobody meant
      ['Marta Quill has a new film. “It was cold,” Quill says.\n\nShe gave up on singing lessons. “I am no singer.”', ['Quill (verb)', null]],
      [
        'Marta Quill has a new film. “It was cold,” Quill says. “We froze,” said Ivo Brandt.\n\nShe gave up on singing lessons. “I am no singer.”',
        ['Quill (verb)', 'Ivo Brandt (verb)', null],
      ],
      ['Marta Quill has a new film. “It was cold,” Quill says. “We froze.”\n\nShe met Tom Brandt on set. “I am no singer.”', ['Quill (verb)', 'Quill (context)', null]],
      ['Marta Quill has a new film. “It was cold,” Quill says. “We froze.”\n\nHe gave up on singing lessons. “I am no singer.”', ['Quill (verb)', 'Quill (context)', null]],
      ['Marta Quill has a new film. “It was cold,” Quill says. “We froze.”\n\nThe lessons were dull. “I am no singer.”', ['Quill (verb)', 'Quill (context)', null]],
      // an attribution of its own after it: the other sieves' answer, not this one's
      ['Marta Quill has a new film. “It was cold,” Quill says. “We froze.”\n\nShe gave up on singing lessons. “I am no singer,” a critic said.', ['Quill (verb)', 'Quill (context)', null]],
    ],
  ],
];

describe('after the sieves', () => {
  it.each<Case>([
    // the attribution closes the last part of a quote run over paragraphs: every part is theirs
    ['The rain kept on.\n\n“We finished on time.\n\n“Nobody believed we would,” said Grace Ellery.', ['Grace Ellery (context)', 'Grace Ellery (verb)']],
    ['The rain kept on.\n\n“We finished on time.\n\n“Tickets sold out.\n\n“Nobody believed it,” said Grace Ellery.', ['Grace Ellery (context)', 'Grace Ellery (context)', 'Grace Ellery (verb)']],
    // a closed quote is not reopened by the next paragraph's
    ['The rain kept on.\n\n“We finished on time.”\n\n“Nobody believed we would,” said Grace Ellery.', [null, 'Grace Ellery (verb)']],
  ])('%j → %j', (text, want) => {
    expect(withSieves(text, ['verb'])).toEqual(want);
  });
});

for (const [sieve, before, cases] of tables) {
  describe(`the ${sieve} sieve`, () => {
    it.each(cases)('%j → %j', (text, want) => {
      expect(withSieves(text, [...before, sieve])).toEqual(want);
    });
  });
}
