/**
 * Small hand-made analyses for the index tests: only the parts buildIndex reads (characters,
 * people, works, sections, quotes), so each test says exactly which names a document carries.
 */
import { buildIndex } from '../../src/review-index';
import { textChecksum } from '../../src/text/checksum';
import type { Character, Person, PersonRole, Quote, ReviewAnalysis, SentimentLabel } from '../../src/types';

/** A character of a made-up document: its forms (the first is its name) and what else it says. */
export interface CharSpec {
  forms: string[];
  /** Character kind confidence (default 0.8). */
  confidence?: number;
  /** The first form of a person in the same document who plays it. */
  playedBy?: string;
  /** Its sentiment label and score (default neutral 0). */
  label?: SentimentLabel;
  score?: number;
  /** Lines it says, as speech found with a verb. */
  says?: string[];
}

/** A person of a made-up document. */
export interface PersonSpec {
  forms: string[];
  confidence?: number;
  roles?: PersonRole[];
}

/** One made-up document: characters, people, and the works it names. */
export interface DocSpec {
  characters?: CharSpec[];
  people?: PersonSpec[];
  works?: string[];
}

const span = { start: 0, end: 1 };
const neutral = { score: 0, label: 'neutral' as const, confidence: 1 };

/** The analysis a {@link DocSpec} stands for; every entity is named in the one section. */
export function analysisOf(spec: DocSpec): ReviewAnalysis {
  const chars = spec.characters ?? [];
  const people = spec.people ?? [];
  const personId = (form: string | undefined): string | null => {
    const at = people.findIndex((p) => p.forms[0] === form);
    return at === -1 ? null : `p${at}`;
  };
  const quotes: Quote[] = [];
  const characters: Character[] = chars.map((c, i) => {
    for (const text of c.says ?? []) {
      quotes.push({ id: `q${quotes.length}`, start: 0, end: text.length, text, kind: 'speech', speaker: { name: c.forms[0] as string, characterId: `c${i}`, personId: null, via: 'verb' }, sectionId: 's0', sentiment: neutral });
    }
    return {
      id: `c${i}`,
      name: c.forms[0] as string,
      aliases: c.forms.slice(1),
      mentions: c.forms.map(() => span),
      descriptors: [],
      playedBy: personId(c.playedBy),
      kindConfidence: c.confidence ?? 0.8,
      sentiment: { score: c.score ?? 0, label: c.label ?? 'neutral', confidence: 1 },
    };
  });
  const persons: Person[] = people.map((p, i) => ({
    id: `p${i}`,
    name: p.forms[0] as string,
    aliases: p.forms.slice(1),
    mentions: p.forms.map(() => span),
    roles: p.roles ?? ['other'],
    plays: characters.filter((c) => c.playedBy === `p${i}`).map((c) => c.id),
    kindConfidence: p.confidence ?? 0.8,
  }));
  return {
    schemaVersion: 1,
    title: null,
    sections: [{ id: 's0', start: 0, end: 10, heading: null, paragraphs: [{ start: 0, end: 10 }], sentiment: neutral, characterIds: characters.map((c) => c.id), quoteIds: quotes.map((q) => q.id) }],
    characters,
    people: persons,
    works: (spec.works ?? []).map((title, i) => ({ id: `w${i}`, title, aliases: [], mentions: [span] })),
    quotes,
    sentiment: neutral,
    rating: null,
    stats: { characters: 10, words: 2, sentences: 1, paragraphs: 1 },
    warnings: [],
    textChecksum: '0000000000000000',
  };
}

/** Inputs for buildIndex: every document about `work`, ids d0, d1, … */
export function inputsOf(work: string, docs: readonly DocSpec[]): Array<{ id: string; work: string; analysis: ReviewAnalysis }> {
  return docs.map((d, i) => ({ id: `d${i}`, work, analysis: analysisOf(d) }));
}

/** A document naming each of `names` as a character with no other form. */
export const naming = (...names: string[]): DocSpec => ({ characters: names.map((n) => ({ forms: [n] })) });

/**
 * An analysis of `text` naming each of `characters` as one character, its mentions at every place
 * the text writes it, and naming `works`: for the index steps that read the texts themselves.
 */
export function textAnalysisOf(text: string, characters: readonly string[], works: string[] = []): ReviewAnalysis {
  const base = analysisOf({ characters: characters.map((c) => ({ forms: [c] })), works });
  const spans = (name: string): Array<{ start: number; end: number }> => {
    const out: Array<{ start: number; end: number }> = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) out.push({ start: at, end: at + name.length });
    return out;
  };
  return { ...base, characters: base.characters.map((c) => ({ ...c, mentions: spans(c.name) })), stats: { ...base.stats, characters: text.length }, textChecksum: textChecksum(text) };
}

/** The groups of forms (each sorted, then all sorted) of the index of `docs`: each a text and the names its analysis found, all of one work. */
export async function formGroupsOf(work: string, docs: ReadonlyArray<readonly [string, readonly string[]]>): Promise<string[][]> {
  const index = await buildIndex(docs.map(([text, names], i) => ({ id: `r${i}`, work, text, analysis: textAnalysisOf(text, names) })));
  const found = index.works[0];
  return [...(found?.characters ?? []), ...(found?.people ?? [])].map((e) => e.forms.map((f) => f.text).sort()).sort();
}
