// A description opening a sentence as the subject of a speech verb ("The veteran actor smiled and
// said", "The 71-year-old also said") is the person named just before it, when that person opened
// a sentence of their own or was named by a speech verb of theirs ("…, Tom Brandt said.") and
// nobody else was named since, or the one person the sentence right before names wherever it
// stands, names in a relative clause about them aside; a group opening a sentence ("Judges
// said") is nobody; and a firm or body the names stage did not list, opening the sentence before
// its speech verb, is that verb's subject, so the name after the verb opens what was reported.
// A name the names stage did not list is still the speaker between commas after a noun for a
// person ("Their lawyer, X, said"), and a title in capitals before it is not part of it.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

type Case = [text: string, speakers: (string | null)[]];

const speakersOf = (text: string): (string | null)[] => analyzeReview(text).quotes.map((q) => q.speaker?.name ?? null);

const cases: Case[] = [
  // a description opening the sentence, then the verb that leads into the quote
  ['Tom Brandle won the prize last night. The actor thanked his family and said: “This is for my mother.”', ['Tom Brandle']],
  ['Lena Fairbrook won the award on Sunday. The veteran singer smiled and told reporters: “I never expected it.”', ['Lena Fairbrook']],
  ['Lena Fairbrook won the award on Sunday.\n\nThe singer waved to the crowd and said: “I never expected it.”', ['Lena Fairbrook']],
  // a noun for someone in the news for what they did, not for fame
  ['Tom Brandle is suing the channel over its quiz show. He said the show made him ill. The retired teacher said the channel was “cruel to its contestants”.', ['Tom Brandle']],
  // an auxiliary or "also" between the description and its verb
  ['Marlo Kent has criticised modern cinema. The 71-year-old also said he had lost his “drive” for acting.', ['Marlo Kent']],
  // a source named by their own speech verb is nearer than the subject of the words they reported
  ['Director Jane Holt said the shoot had been hard. Her co-star Nina Pell had been upset by the delays, Tom Brandt said. The veteran comedian said: “We all wanted to go home.”', ['Tom Brandt']],
  ['Greta Lind was furious about the edit, Paul Ostrow told reporters. The veteran producer said: “It was not her film any more.”', ['Paul Ostrow']],
  // a source alone is the one described
  ['“The roof leaked all winter,” said Ivo Marek.\n\nThe 60-year-old drummer also said the band would record again “once the money comes in”.', ['Ivo Marek', 'Ivo Marek']],
  // a source with a role of their own speaks for the subject, who is the one described
  ['Maria Lowe was kept in hospital overnight, her agent Tobias Hale said. The singer said in a statement: “I am fine, thank you all.”', ['Maria Lowe']],
  ['Katie Moran won the prize, her publicist Dan Webb confirmed. The comedian said: “I still cannot believe it.”', ['Katie Moran']],
  ['“The tour is off,” said Lee Parkes, the band’s manager. The frontman said: “I need to rest my voice.”', ['Lee Parkes', null]],
  // the one person the sentence before names, even after its verb, past a relative clause about them
  ['The young cast was represented by Ada Quill, who plays Mia in the Harbour films. The 12-year-old said she had skipped school and joked that “homework can wait”.', ['Ada Quill']],
  // but a "he" in that sentence is its subject, the one meant
  ['Tom Hale won best actor on Sunday. He thanked his co-star Ana Reyes. The 45-year-old said: “I owe her everything.”', ['Tom Hale']],
  // controls: nobody named before, another person named since, a description of the other gender
  ['The young cast was represented by Ada Quill and Ben Roe. The 12-year-old said: “Homework can wait.”', [null]],
  ['The actor thanked his family and said: “This is for my mother.”', [null]],
  ["Tom Brandle's friend Peter Smith spoke to the press. The actor refused and said: “Never again.”", [null]],
  ['Tom Brandle won the prize. The actress smiled and said: “He deserved it.”', [null]],
  // a group opening the sentence is no one's name
  ['Judges said the film handled its subject with “great care”.', [null]],
  ['The trial opened on Monday. Prosecutors said the singer had been “reckless”.', [null]],
  // a firm the names stage did not list is the subject; the name after the verb is reported on
  ['Halvorsen Media said Brandle had turned his show into a “long advert”.', ['Halvorsen Media']],
  // an unlisted name between commas after a noun for a person
  ['The case was adjourned. Their lawyer, Majid Norrapal, said: “We will appeal.”', ['Majid Norrapal']],
  ['The case was adjourned. The woman, Ruta Kalnisova, said: “I was never paid.”', ['Ruta Kalnisova']],
  // a title in capitals before an unlisted name is the job
  ['Studio Vice Chairman Kerim Ostrowicz said: “We are thrilled to have him back.”', ['Kerim Ostrowicz']],
  ['The Royal Academy of Dance said: “Fewer children take exams.”', ['Royal Academy of Dance']],
];

describe('described subjects, groups and unlisted bodies before a speech verb', () => {
  it.each(cases)('%j → %j', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});
