/**
 * Stage 4b, kind: the evidence vector of one entity, in {@link KIND_FEATURES} order, read from
 * all its mentions, and the one feature read across the document's entities. The learned model
 * that weighs the vector is in `kind-decision.ts`.
 */
import { isListedFirstName } from './context';
import { HONORIFICS } from '../../data/honorifics';
import { PLACE_LEADS } from '../../data/name-cue-words';
import { COURTESY_TITLES, KIND_FEATURES, MAKER_POSSESSIONS, NAMING_WORDS, OFFICE_NOUNS, PERSON_WORK_WORDS, THIRD_PERSON_PRONOUNS } from '../../data/name-kind-features';
import { DESCRIPTOR_NOUNS, ROLE_NOUNS } from '../../data/role-words';
import { SPEECH_VERBS } from '../../data/speech-verbs';
import { ARTICLES } from '../../data/work-cues';
import { readsAsReport } from '../../text/voice';
import type { Word } from '../../text/words';
import { breakBefore, gapBefore, lowerAt, nearestWord, type KindDocument, type KindMention } from './kind-document';
import { isKnownPartName, knownWordKind } from './known-parts';
import { makerFrame } from './kind-maker-frame';
import { storyLeadNamed } from './kind-story-lead';
import { storySubjectNamed } from './kind-story-subject';
import { nounBracketed } from './kind-noun-bracket';
import { PERFORMANCE, actorSide, characterNoun, characterNounBefore, characterPredicate, characterSide, describedAppositive, family, listed, namedIntroduced, personAppositive, plotVerbAfter, quoted } from './kind-readers';

/** How far the nearby-word features look, in words. */
const NEAR_WORDS = 6;
/** How far the same-sentence features look, in words (a sentence can be a whole paragraph). */
const SENTENCE_WORDS = 25;
/** How far the pronoun feature looks, in words. */
const PRONOUN_WORDS = 10;

/** Words that open a clause, after which a mention is the clause's subject (`… and Ms. Marvel saves`). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['and', 'but', 'then', 'while', 'when', 'until', 'so']);

/** Words before a name and a work noun that make the name the work's maker (`a Kubrick film`, `his Hitchcock picture`). */
const WORK_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'every', 'his', 'her', 'this', 'that']);

/** True when mention `m` opens its sentence or a clause. */
function opensClause(doc: KindDocument, m: KindMention): boolean {
  if (doc.sentenceStarts.has(m.start)) return true;
  return gapBefore(doc, m.first) === ' ' && CLAUSE_OPENERS.has(lowerAt(doc, m.first - 1));
}

/** Each feature's place in the vector, by name. */
export const FEATURE_INDEX: Readonly<Record<string, number>> = Object.fromEntries(KIND_FEATURES.map((f, i) => [f, i]));

/**
 * The feature vector of one entity from its mentions, in {@link KIND_FEATURES} order.
 * `mentions` are in document order.
 */
export function kindFeatures(doc: KindDocument, mentions: readonly KindMention[]): number[] {
  const x = new Array<number>(KIND_FEATURES.length).fill(0);
  const set = (f: string): void => {
    x[FEATURE_INDEX[f] as number] = 1;
  };
  const firsts = new Set<string>();
  const lasts = new Set<string>();
  const alone = new Set<string>();
  let sentenceInitial = true;
  let first = '';
  // Word number of the first word of the first full name: an initial there stands for a given name.
  let firstAt = -1;
  let givenShaped = true;
  let titledOnly = true;
  let courtesyOnly = true;
  // Mentions in a maker's frame and in a story's (a plot verb, kin or a life, speech): the name's
  // place read across the document, as one stray frame either way is common.
  let makerMentions = 0;
  let storyMentions = 0;
  // The given name of a full name in brackets after a common noun phrase (`a judge (X Y)`), if any.
  let bracketGiven = '';
  for (const m of mentions) {
    const core = m.honorific ? m.first + 1 : m.first;
    if (core < m.last && !m.givenApart) {
      set('multiWord');
      firsts.add(lowerAt(doc, core));
      lasts.add(lowerAt(doc, m.last));
      if (!first) {
        first = lowerAt(doc, core);
        firstAt = core;
      }
    } else {
      alone.add(lowerAt(doc, m.last));
      if (!m.hyphenatedGiven && !m.givenApart && !isListedFirstName(lowerAt(doc, m.last))) givenShaped = false;
    }
    const beforeGap = gapBefore(doc, m.first);
    const before = doc.words[m.first - 1];
    // A descriptor before a bracket reads as a cast list's part (`English Teacher (X)`) whatever
    // the noun; an office noun before a bare name is how news names real people too.
    if (before && DESCRIPTOR_NOUNS.has(before.lower) && /^ ?\(? ?$/.test(beforeGap)) {
      // A text that casts elsewhere writes its actors in brackets after their parts, and a plot
      // names a part by a common noun the same way (`with her father (X)`, `a young man (X) who`):
      // a full name there is the actor, while a one-word one is still often the part (`his
      // brother (Ed)`); a title-case descriptor heads a cast list's line (`English Teacher (X)`).
      if (beforeGap.includes('(') && doc.casts && !before.capitalised && core < m.last && !m.characterCue) set('bracketedActor');
      else set(OFFICE_NOUNS.has(before.lower) && !beforeGap.includes('(') ? 'officeBefore' : 'descriptorBefore');
    }
    // A story noun before the name (`the main character X`, `The heroine, X,`) describes the part as plainly.
    else if (characterNounBefore(doc, m)) set('descriptorBefore');
    // A name apposed to the story's lead (`X, our main protagonist,`) is that part.
    else if (storyLeadNamed(doc, m)) set('descriptorBefore');
    // A courtesy title is a writer's, not the story's: it tells no part (`courtesyTitle` reads it).
    const courtesy = m.honorific && COURTESY_TITLES.has(lowerAt(doc, m.first));
    if (!m.honorific || m.last !== m.first + 1) titledOnly = false;
    // A story's own `Ms.` is introduced by a noun (`their teacher Ms. Frizzle`) or opens a clause
    // as the one the plot follows (`Ms. Marvel fights …`): then the title is the story's, not a courtesy.
    if (!courtesy || (before && beforeGap === ' ' && DESCRIPTOR_NOUNS.has(before.lower)) || (opensClause(doc, m) && plotVerbAfter(doc, m))) courtesyOnly = false;
    if (m.characterCue) set('characterCue');
    if (m.actorCue) set('actorCue');
    if (m.crewCue) set('crewCue');
    const b1 = doc.words[m.first - 1];
    if (m.honorific || (b1 && b1.capitalised && HONORIFICS.has(b1.lower) && gapBefore(doc, m.first).length <= 2)) set('honorific');
    if (characterSide(doc, m)) set('characterSide');
    if (actorSide(doc, m)) set('actorSide');
    const inFamily = family(doc, m);
    if (inFamily) set('family');
    const lastWord = doc.words[m.last] as Word;
    const afterGap = gapBefore(doc, m.last + 1);
    const plotVerb = plotVerbAfter(doc, m);
    if (plotVerb) set('plotVerbAfter');
    const speech = (!lastWord.possessive && (afterGap === ' ' || afterGap === ', ') && SPEECH_VERBS.has(lowerAt(doc, m.last + 1))) || (beforeGap === ' ' && SPEECH_VERBS.has(lowerAt(doc, m.first - 1)) && !NAMING_WORDS.has(lowerAt(doc, m.first - 1)));
    if (speech) set('speechVerb');
    if (makerFrame(doc, m)) makerMentions++;
    else if (inFamily || plotVerb || speech) storyMentions++;
    for (let k = m.last + 1; k <= Math.min(doc.words.length - 1, m.last + PRONOUN_WORDS); k++) {
      if (breakBefore(doc, k)) break;
      if (THIRD_PERSON_PRONOUNS.has(lowerAt(doc, k))) {
        set('pronounAfter');
        break;
      }
    }
    const trimmedAfter = afterGap.trimStart();
    if (beforeGap.trimEnd().endsWith('(') && (trimmedAfter.startsWith(')') || trimmedAfter.startsWith(','))) set('inBrackets');
    if (listed(doc, m, true) && listed(doc, m, false)) set('nameList');
    const a1 = lowerAt(doc, m.last + 1);
    if (lastWord.possessive && (PERSON_WORK_WORDS.has(a1) || MAKER_POSSESSIONS.has(a1) || PERSON_WORK_WORDS.has(lowerAt(doc, m.last + 2)))) set('possessiveWork');
    if (!lastWord.possessive && afterGap === ' ' && PERSON_WORK_WORDS.has(a1)) {
      set('workNounAfter');
      if (WORK_DETERMINERS.has(lowerAt(doc, m.first - 1))) set('possessiveWork');
    }
    const b2 = lowerAt(doc, m.first - 2);
    if (ROLE_NOUNS.has(lowerAt(doc, m.first - 1)) || (ROLE_NOUNS.has(b2) && !breakBefore(doc, m.first) && !breakBefore(doc, m.first - 1))) set('roleNounNear');
    if (afterGap.trim() === ',' && ARTICLES.has(a1) && (ROLE_NOUNS.has(lowerAt(doc, m.last + 2)) || ROLE_NOUNS.has(lowerAt(doc, m.last + 3)))) set('roleNounNear');
    if (characterNoun(doc, m)) set('characterNounNear');
    if (characterPredicate(doc, m)) set('characterPredicate');
    if (describedAppositive(doc, m)) set('describedAppositive');
    if (personAppositive(doc, m)) set('personAppositive');
    if (quoted(doc, m)) set('quotedName');
    const form = doc.view.slice(m.start, (doc.words[m.last] as Word).end);
    if (m.last > m.first) {
      if (isKnownPartName(form)) set('knownPart');
    } else if (!m.honorific) {
      const known = knownWordKind(form);
      if (known === 'part') set('knownPart');
      // A known surname right after a word of place is the place (`his native Holland`).
      else if (known === 'person' && !PLACE_LEADS.has(lowerAt(doc, m.first - 1))) set('knownPerson');
    }
    if (namedIntroduced(doc, m)) set('namedIntroduced');
    if (storySubjectNamed(doc, m)) set('storySubject');
    // A title's words spell no acting (`Star Wars`, `A Star Is Born`).
    const performance = nearestWord(doc, m, SENTENCE_WORDS, PERFORMANCE, true);
    if (performance <= NEAR_WORDS) set('performanceNear');
    if (performance <= SENTENCE_WORDS) set('performanceSentence');
    if (!doc.sentenceStarts.has(m.start)) sentenceInitial = false;
    if (!bracketGiven && nounBracketed(doc, m)) bracketGiven = lowerAt(doc, m.first);
  }
  // A part named by a common noun with a full name in brackets (`a judge (X)`): the bracket holds
  // the actor in a review, cast elsewhere or not, unless the text names that part by its given
  // name alone too (`the player (X Y) … X finds`), as a plot summary names its hero; a lone
  // surname is how a review names its actors.
  if (bracketGiven && !alone.has(bracketGiven)) set('bracketedActor');
  for (const w of alone) {
    if (firsts.has(w)) set('firstAlone');
    if (lasts.has(w)) set('surnameAlone');
  }
  if (titledOnly && mentions.length > 0) set(courtesyOnly ? 'courtesyTitle' : 'titledOnly');
  if (makerMentions > storyMentions) set('makerFrame');
  if (mentions.length >= 2) set('twoMentions');
  x[FEATURE_INDEX.logMentions as number] = Math.log(1 + mentions.length);
  // Only a full name: one that only ever opens sentences is how a writer brings in a real person
  // (`X is back on form`), while a lone given name opening a sentence is how a plot summary names
  // its subject (`X runs.`); the training reviews hold too few of the latter to tell the two apart,
  // so read across both the feature would carry the full names' weight over to a one-word part.
  if (sentenceInitial && mentions.length > 0 && x[FEATURE_INDEX.multiWord as number] === 1) set('sentenceInitialOnly');
  const m0 = mentions.length > 0 ? mentions[0] : undefined;
  if (!first && m0) first = lowerAt(doc, m0.honorific ? m0.first + 1 : m0.first);
  // Initials stand for given names (`W.C. Fields`, `F. Murray Abraham`).
  const lead = firstAt >= 0 ? doc.words[firstAt] : undefined;
  const initialled = lead !== undefined && lead.end - lead.start === 1 && lead.capitalised && doc.view[lead.end] === '.';
  if (isListedFirstName(first) || initialled) set('givenName');
  if (doc.news) set('newsVoice');
  if (mentions.length > 0 && readsAsReport(doc.view)) set('reportedNews');
  if (givenShaped && firsts.size === 0 && mentions.length > 0) set('loneGivenName');
  return x;
}

/**
 * Sets the document-wide feature on every entity's vector once all are read: how many of the
 * other names read as characters.
 */
export function addDocumentFeatures(vectors: readonly number[][]): void {
  const role = ['loneGivenName', 'characterCue', 'characterSide'].map((f) => FEATURE_INDEX[f] as number);
  const isRole = (x: readonly number[]): number => (role.some((i) => x[i] === 1) ? 1 : 0);
  let roles = 0;
  for (const x of vectors) roles += isRole(x);
  for (const x of vectors) {
    x[FEATURE_INDEX.charactersAround as number] = vectors.length > 1 ? (roles - isRole(x)) / (vectors.length - 1) : 0;
  }
}
