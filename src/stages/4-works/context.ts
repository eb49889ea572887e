/**
 * What every pass of the works stage reads about the text, made once per text: the words, wink's
 * tags, the title-case runs, and what a pass hands back (a {@link Finding}).
 */
import { ARTICLES, COUNTED, GENRE_CUES, LEAD_DETERMINERS, RUN_BREAKERS, SENTENCE_LEADS, TITLE_CONNECTORS } from '../../data/work-cues';
import { WORK_MAKER_NOUNS, WORK_MAKER_VERBS } from '../../data/work-makers';
import { isDigitCode, isLetter, isWordChar, SPACE } from '../../text/chars';
import { isHonorific } from '../../text/honorific';
import { isListedFirstName } from '../../text/listed-first-name';
import type { CueWords } from '../../text/cue-index';
import { KeptArray } from '../../text/kept-array';
import { titleRuns, type Run } from '../../text/runs';
import type { Word } from '../../text/words';
import type { Span } from '../../types';
import type { Annotation, NormalizedText } from '../stage-types';
import type { WordFacts } from '../word-facts';

/** wink's tags of a word that opens a clause or a phrase before a name: a conjunction, a preposition, an adverb ("When", "After", "Then"). */
const CLAUSE_LEAD_TAGS: ReadonlySet<string> = new Set(['SCONJ', 'CCONJ', 'ADP', 'ADV']);

/**
 * A title a pass found, as the text writes it. Its kind says how much the quote marks around it
 * carry: a `quoted` title was found by its marks alone, with no work word near, so it is a term
 * held up ("go home" … “Home”) when the text also writes its words in lower case.
 */
export type Finding = { kind: 'title'; form: string } | { kind: 'quoted'; form: string };

/** A finding of the kind `title`. */
export const titleFinding = (form: string): Finding => ({ kind: 'title', form });

/**
 * {@link WorksContext}'s run index, kept from one text to the next: a context lives only while the
 * works stage runs on one text, and a long text's index is made for it alone.
 */
const RUN_INDEXES = new KeptArray((n) => new Int32Array(n));

/** Most capitalised words of a maker's name after the maker's noun ({@link WorksContext.namedAsMaker}). */
const MAKER_NAME_WORDS = 3;

/** The text as the works passes read it. */
export class WorksContext {
  readonly view: string;
  readonly lower: string;
  readonly words: readonly Word[];
  /** wink's tag of each word. */
  readonly pos: readonly string[];
  readonly ann: Annotation;
  /** Title-case runs, each without the word that opens its sentence ("But The Violent Men"). */
  readonly runs: readonly Run[];
  /** One more than the index of the run that starts at each word, 0 where none does. */
  private readonly runIndex: Int32Array;
  /** The capitalised words the text writes in mid-sentence, once {@link SCANS_BEFORE_SET} questions were asked. */
  private midSeen: Set<string> | null = null;
  private midScans = 0;
  /** Last words of the persons' names in the text, once {@link isSurname} was asked. */
  private surnames: Set<string> | null = null;
  /** Words the text writes as a capitalised run of their own, once {@link standsAlone} was asked. */
  private loneRunWords: Set<string> | null = null;
  /** First words of two or three capitalised words, once {@link leadsFullName} was asked. */
  private fullNameLeads: Set<string> | null = null;
  /** Last words of names led by a given name, possessive or not, once {@link endsGivenName} was asked. */
  private givenNameEnds: Set<string> | null = null;
  /** Capitalised words right after a given name, once {@link followsGivenName} was asked. */
  private givenNameNexts: Set<string> | null = null;
  /** Last words of names right after a maker's noun, once {@link namedAsMaker} was asked. */
  private makerNames: Set<string> | null = null;

  /** @param facts - The facts of the text's words the names stage reads too, made once per text. */
  constructor(
    input: NormalizedText,
    private readonly facts: WordFacts,
  ) {
    const { words } = facts;
    this.words = words;
    this.pos = facts.pos;
    this.ann = facts.ann;
    this.view = input.view;
    this.lower = input.lower;
    const runs = titleRuns(words, this.view);
    this.runIndex = RUN_INDEXES.take(words.length);
    const kept = leadsWrittenMidSentence(words, this.lower, runs);
    for (let k = 0; k < runs.length; k++) {
      const full = runs[k] as Run;
      const run = kept?.has(this.lower.slice(full.start, full.end)) ? full : withoutSentenceLead(words, full);
      runs[k] = run;
      this.runIndex[run.first] = k + 1;
    }
    this.runs = runs;
  }

  /** The run that starts at word `i`, if any. */
  runAt(i: number): Run | undefined {
    const k = i >= 0 && i < this.words.length ? (this.runIndex[i] as number) : 0;
    return k > 0 ? this.runs[k - 1] : undefined;
  }

  /**
   * The run that starts at word `i`, or the rest of the run that holds it from `i` on ("the Oscar
   * for X": "for" is a title's connector, so "Oscar for X" is one run); undefined when word `i` is
   * not capitalised after a space.
   */
  runFrom(i: number): Run | undefined {
    const at = this.runAt(i);
    if (at) return at;
    const { words } = this;
    const w = words[i];
    if (!w || !w.capitalised || !w.spaceBefore || RUN_BREAKERS.has(w.lower)) return undefined;
    let last = i;
    for (let k = i + 1; k < words.length; k++) {
      const x = words[k] as Word;
      if (!x.spaceBefore || (words[k - 1] as Word).possessive) break;
      if (x.capitalised && !RUN_BREAKERS.has(x.lower)) last = k;
      else if (x.capitalised || !TITLE_CONNECTORS.has(x.lower) || k - last > 2) break;
    }
    return { first: i, last, start: w.start, end: (words[last] as Word).end };
  }

  /** The word at index `i` (the caller knows it exists). */
  word(i: number): Word {
    return this.words[i] as Word;
  }

  /** The lower-case text of a word or of a run of words (a run's key). */
  lowerText(w: Word | Span): string {
    return 'lower' in w ? w.lower : this.lower.slice(w.start, w.end);
  }

  /** A title as written, with the sequel or part number after it ("Shrek 2"). */
  formOf(span: Span): string {
    return this.view.slice(span.start, numberAfter(this.view, span.end));
  }

  /** wink's POS tag of the token that starts at `at` ('' when none does). */
  posAt(at: number): string {
    return this.facts.posAt(at);
  }

  /** The word numbers of `cue`'s words in the text, rising. */
  cuePlaces(cue: CueWords): readonly number[] {
    return this.facts.cues.of(cue);
  }

  /** True when the text writes the lower-case word `lower` in lower case somewhere ("bad" … "BAD"). */
  writesLower(lower: string): boolean {
    return this.facts.lowerWords.has(lower);
  }

  /**
   * True when the text writes the word `lower` as a capitalised run of its own somewhere ("Staunton
   * said") or after a title alone ("Ms Staunton said"), as a person named by surname is.
   */
  standsAlone(lower: string): boolean {
    if (!this.loneRunWords) {
      this.loneRunWords = new Set<string>();
      for (const run of this.runs) {
        const titled = run.last === run.first + 1 && isHonorific(this.word(run.first).lower);
        if (run.first === run.last || titled) this.loneRunWords.add(this.word(run.last).lower.replace(/['’]s?$/, ''));
      }
    }
    return this.loneRunWords.has(lower);
  }

  /** Where each word starts, by its lower-case form, once {@link startsOf} was asked. */
  private wordStarts: Map<string, number[]> | null = null;

  /** The offsets where the text writes the word `lower` (any case), in order; built at the first question. */
  startsOf(lower: string): readonly number[] {
    if (!this.wordStarts) {
      this.wordStarts = new Map<string, number[]>();
      for (const w of this.words) {
        const at = this.wordStarts.get(w.lower);
        if (at) at.push(w.start);
        else this.wordStarts.set(w.lower, [w.start]);
      }
    }
    return this.wordStarts.get(lower) ?? [];
  }

  /** Words the text writes as a capitalised run of their own with no possessive, once {@link namesAlone} was asked. */
  private loneNotOwning: Set<string> | null = null;

  /**
   * True when the text writes the word `lower` as a capitalised run of its own, not as an owner
   * ("Aizen attacks" … "Aizen's theme"): a character or a person, whose possessive owns what follows.
   */
  namesAlone(lower: string): boolean {
    if (!this.loneNotOwning) {
      this.loneNotOwning = new Set<string>();
      for (const run of this.runs) if (run.first === run.last && !this.word(run.first).possessive) this.loneNotOwning.add(this.word(run.first).lower);
    }
    return this.loneNotOwning.has(lower);
  }

  /** Words the text writes capitalised with no other capitalised word beside them, once {@link namesAloneMidSentence} was asked. */
  private loneMidSentence: Set<string> | null = null;

  /**
   * True when the text writes the word `lower` capitalised, possessive or not, with no capitalised
   * word after it and none before it but a sentence's first word that is no article ("then Anakin
   * leaves", "When Anakin leaves", "Poe's ship"), and never in lower case: a word of a name the
   * text uses alone. A sentence's first word is capitalised whatever it is, so it says nothing
   * itself, and a word of the language ("Love", "Thing") may stand capitalised for many reasons.
   */
  namesAloneMidSentence(lower: string): boolean {
    if (!this.loneMidSentence) {
      this.loneMidSentence = new Set<string>();
      const { words } = this;
      for (let i = 1; i < words.length; i++) {
        const w = words[i] as Word;
        if (!w.capitalised || !w.spaceBefore || this.opensSentence(w.start)) continue;
        const next = words[i + 1];
        if (next && next.capitalised && next.spaceBefore && !w.possessive) continue;
        const prev = words[i - 1] as Word;
        if (prev.capitalised && (!this.opensSentence(prev.start) || ARTICLES.has(prev.lower))) continue;
        this.loneMidSentence.add(w.lower);
      }
    }
    return this.loneMidSentence.has(lower) && !this.writesLower(lower);
  }

  /**
   * True when the text writes `lower` as the last of two or three capitalised words, as a surname
   * ends a full name ("Tom Hanks"). A function word that opens a sentence and joins one word to its
   * run is no given name ("When Titanic made", "But Bleach has"): that word stays free. Gathered once.
   */
  isSurname(lower: string): boolean {
    if (!this.surnames) {
      this.surnames = new Set<string>();
      for (const run of this.runs) {
        const first = this.word(run.first);
        const last = this.word(run.last);
        if (run.last === run.first + 1 && this.functionLead(first)) continue;
        if (run.last > run.first && run.last - run.first <= 2 && !last.possessive && !ARTICLES.has(first.lower)) this.surnames.add(last.lower);
      }
    }
    return this.surnames.has(lower);
  }

  /**
   * True for a sentence's first word that leads a clause or a phrase (a conjunction, a preposition
   * or an adverb: by its tag or {@link SENTENCE_LEADS}), capitalised only by its place. Not a
   * determiner: the capitalised word after "This" or "Every" is its noun ("This Anime was").
   */
  private functionLead(w: Word): boolean {
    return !w.spaceBefore && this.opensSentence(w.start) && (SENTENCE_LEADS.has(w.lower) || CLAUSE_LEAD_TAGS.has(this.posAt(w.start)));
  }

  /**
   * True when the text writes `lower` as the first of two or three capitalised words, a given
   * name before a surname ("Marilyn Monroe" … "Marilyn's next film"). Gathered once.
   */
  leadsFullName(lower: string): boolean {
    if (!this.fullNameLeads) {
      this.fullNameLeads = new Set<string>();
      for (const run of this.runs) {
        const first = this.word(run.first);
        if (run.last > run.first && run.last - run.first <= 2 && !first.possessive && !ARTICLES.has(first.lower)) this.fullNameLeads.add(first.lower);
      }
    }
    return this.fullNameLeads.has(lower);
  }

  /**
   * True when the text writes `lower` as the last of two or three capitalised words led by a given
   * name, possessive or not ("Robert Altman's western" … "Altman's cast"). Gathered once.
   */
  endsGivenName(lower: string): boolean {
    if (!this.givenNameEnds) {
      this.givenNameEnds = new Set<string>();
      for (const run of this.runs) {
        const first = this.word(run.first);
        if (run.last > run.first && run.last - run.first <= 2 && (isListedFirstName(first.lower))) this.givenNameEnds.add(this.word(run.last).lower);
      }
    }
    return this.givenNameEnds.has(lower);
  }

  /**
   * True when the text writes `lower` capitalised right after a capitalised given name, one space
   * apart, in a run of any length ("Jamie Foxx and Hilary Swank"): a surname. Gathered once.
   */
  followsGivenName(lower: string): boolean {
    if (!this.givenNameNexts) {
      this.givenNameNexts = new Set<string>();
      const { view, words } = this;
      for (let k = 1; k < words.length; k++) {
        const w = words[k] as Word;
        const before = words[k - 1] as Word;
        if (w.capitalised && before.capitalised && !before.possessive && before.end + 1 === w.start && view.charCodeAt(before.end) === SPACE && isListedFirstName(before.lower)) this.givenNameNexts.add(w.lower);
      }
    }
    return this.givenNameNexts.has(lower);
  }

  /**
   * True when the text writes `lower` as the last capitalised word of a name of one to
   * {@link MAKER_NAME_WORDS} words right after a maker's noun ({@link WORK_MAKER_NOUNS}) or a
   * participle of making and "by" ({@link WORK_MAKER_VERBS}), one space apart, possessive or not
   * ("the composer Vane's", "director Ann Vale", "directed by Ann Vale"): a maker's surname.
   * Gathered once.
   */
  namedAsMaker(lower: string): boolean {
    if (!this.makerNames) {
      this.makerNames = new Set<string>();
      const { words } = this;
      for (let k = 0; k + 1 < words.length; k++) {
        const noun = words[k] as Word;
        if (noun.capitalised) continue;
        const made = k > 0 && noun.lower === 'by' && WORK_MAKER_VERBS.has((words[k - 1] as Word).lower);
        if (!made && !WORK_MAKER_NOUNS.has(noun.lower)) continue;
        let last = -1;
        for (let j = k + 1; j <= k + MAKER_NAME_WORDS && j < words.length; j++) {
          const w = words[j] as Word;
          if (!w.capitalised || !w.spaceBefore) break;
          last = j;
          if (w.possessive) break;
        }
        if (last > k) this.makerNames.add((words[last] as Word).lower);
      }
    }
    return this.makerNames.has(lower);
  }

  /** True when the text's own words are anime or manga talk ({@link WordFacts.readsAsAnime}). */
  aboutAnime(): boolean {
    return this.facts.readsAsAnime();
  }

  /** True when the text's own words say it is about animation ({@link WordFacts.readsAsAnimation}). */
  aboutAnimation(): boolean {
    return this.facts.readsAsAnimation();
  }

  /** True when the text's own words say it is about music and not a story ({@link WordFacts.readsAsMusic}). */
  aboutMusic(): boolean {
    return this.facts.readsAsMusic();
  }

  /**
   * True when the word at `start` is the first word of its sentence by the annotation's sentence
   * split (a quote mark or a bullet before it changes nothing; a colon opens no sentence).
   */
  opensSentence(start: number): boolean {
    return this.facts.sentenceStarts.has(start);
  }

  /** True when the text writes the word `lower` capitalised in mid-sentence ("the Veteran actor" would). */
  writesCapitalisedMidSentence(lower: string): boolean {
    if (this.midSeen) return this.midSeen.has(lower);
    if (this.midScans++ < SCANS_BEFORE_SET) {
      for (const w of this.words) if (w.lower === lower && w.capitalised && w.spaceBefore) return true;
      return false;
    }
    this.midSeen = new Set<string>();
    for (const w of this.words) if (w.capitalised && w.spaceBefore) this.midSeen.add(w.lower);
    return this.midSeen.has(lower);
  }
}

/**
 * Questions about the text's words answered by a scan of the words before a set of them is built:
 * most texts ask one or two, and a scan costs less than hashing every word; the set keeps a text
 * that asks many linear.
 */
const SCANS_BEFORE_SET = 4;


/** Denominators of a rating ("7/10", "4/5", "85/100"). */
const RATING_SCALES: ReadonlySet<string> = new Set(['4', '5', '10', '20', '100']);

/**
 * The end of a pair of numbers that is part of a title ("Fahrenheit 9/11", "24/7"): the digits
 * from `from` to the slash at `slash`, the slash, one to three digits and no word after them; not a
 * rating ("7/10"), whose second number is a scale. `from - 1` (the title's end) when it is no such pair.
 */
function pairAfter(view: string, from: number, slash: number): number {
  let k = slash + 1;
  while (k < view.length && k - slash <= 4 && isDigitCode(view.charCodeAt(k))) k++;
  const digits = k - slash - 1;
  if (digits < 1 || digits > 3 || isWordChar(view[k]) || view[k] === '/' || RATING_SCALES.has(view.slice(slash + 1, k))) return from - 1;
  return k;
}

/**
 * The end of a title with the sequel or part number written after it ("Shrek 2", "Ring 2", "Cruel
 * Intentions 3"): one to three digits after one space, then no more digits, no rating ("7/10", "7
 * out of 10") and no unit ("3%"), or a pair of numbers that is no rating ("Fahrenheit 9/11");
 * `end` itself when none follows.
 */
export function numberAfter(view: string, end: number): number {
  if (view[end] !== ' ') return end;
  let k = end + 1;
  while (k < view.length && k - end <= 4 && isDigitCode(view.charCodeAt(k))) k++;
  const digits = k - end - 1;
  if (digits < 1 || digits > 3) return end;
  const next = view[k];
  if (next === undefined) return k;
  if (next === '/') return pairAfter(view, end + 1, k);
  if (isWordChar(next) || next === '%' || next === ':' || view.startsWith(' out of', k)) return end;
  // "25 years ago", "3 times": a count, not a part.
  if (next === ' ') {
    let e = k + 1;
    while (e < view.length && isLetter(view[e] as string)) e++;
    if (COUNTED.has(view.slice(k + 1, e).toLowerCase())) return end;
  }
  // "3.5", "1,000": a decimal or a thousands mark.
  if ((next === '.' || next === ',') && isDigitCode(view.charCodeAt(k + 1))) return end;
  return k;
}

/**
 * The lower-case texts of the runs that start mid-sentence with a word that may open a sentence
 * ("recommend No Game No Life"): the same run opening a sentence keeps that word, as it is part
 * of the title. Null when no run starts so, as in most texts.
 */
function leadsWrittenMidSentence(words: readonly Word[], lower: string, runs: readonly Run[]): Set<string> | null {
  let out: Set<string> | null = null;
  for (const run of runs) {
    const lead = words[run.first] as Word;
    if (run.last > run.first && lead.spaceBefore && SENTENCE_LEADS.has(lead.lower)) (out ??= new Set<string>()).add(lower.slice(run.start, run.end));
  }
  return out;
}

/**
 * A run without the word that opens its sentence ("But The Violent Men" → "The Violent Men",
 * "In Bonanza" → "Bonanza", "Comedy Fat Albert" → "Fat Albert", "Most One Piece fans" → "One
 * Piece"), and one article after it ("As the Star Wars prequels" → "Star Wars"): a sentence
 * opening after punctuation or a line break, before a capitalised word.
 */
export function withoutSentenceLead(words: readonly Word[], run: Run): Run {
  const lead = words[run.first] as Word;
  if (run.last === run.first || lead.spaceBefore || !(SENTENCE_LEADS.has(lead.lower) || GENRE_CUES.has(lead.lower) || LEAD_DETERMINERS.has(lead.lower))) return run;
  let k = run.first + 1;
  if (k < run.last && !(words[k] as Word).capitalised && ARTICLES.has((words[k] as Word).lower)) k++;
  const next = words[k];
  if (!next?.capitalised) return run;
  return { first: k, last: run.last, start: next.start, end: run.end };
}
