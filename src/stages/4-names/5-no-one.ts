/**
 * Step 5, last: the entities that are no one. In news, a lone capitalised word no cue names, that
 * the story does not introduce, speak of as someone or give a title, and that does not speak is a
 * band, a firm or a place (a review wholly about animation keeps its one-word parts); in any text, an entity with no casting cue may be no one by the shape and use of its
 * forms (`PG-13`, `MGM`, `the Beatles`, `a Brazilian family`), by standing before a role noun
 * and one of its members (`Franz Ferdinand frontman Alex Kapranos`), beside a noun for a group
 * or a firm (`literary agency X`, `5-group.ts`), as `the` and a plural (`the X Mondays`), or as the
 * subject of a plural verb (`X are`).
 */
import { GIVEN_NAMES } from '../../data/given-names';
import { HONORIFICS, NAME_TITLES, NOT_REPORTED_LEADS, RANK_TITLES, REPORT_COURTESY_TITLES } from '../../data/honorifics';
import { OWNER_BLOCKING_DETERMINERS, PLACE_PREPOSITIONS, VERSUS_WORDS } from '../../data/name-cue-words';
import { CLOSE_QUOTES, OPEN_QUOTES } from '../../data/name-marks';
import { HYPHEN_PREFIXES } from '../../data/not-names';
import { ROLE_NOUNS } from '../../data/role-words';
import { SPEECH_VERBS } from '../../data/speech-verbs';
import { PRIZE_NAME_NOUNS, WORK_NOUNS } from '../../data/work-cues';
import { hasAsciiDigit, hasHyphen, hyphenParts, isInitialism } from '../../text/chars';
import { readsAsReport } from '../../text/voice';
import { isKoreanSyllable } from '../../text/korean';
import { firstAtOrAfter, forwardSearch } from '../../text/search';
import type { Word } from '../../text/words';
import type { PersonRole } from '../../types';
import type { Annotation, EntityDraft } from '../stage-types';
import { isHyphenatedName, isStopWord, namedAsHero, type NameContext } from './context';
import type { KindMention } from './kind-document';
import { animationParts } from './5-animation-parts';
import { actsInStory, readsAsReview, talksOfStory } from './story-actor';
import { introducedInStory, someoneAround, storyDocument } from './4-repetition';
import { namedAsGroup, namedAsTheGroup, pluralSubject } from './5-group';
import { calledBandWord } from './5-band-word';
import { listedWithGroups, namedAsOrg } from './5-org-shapes';
import { allWordForms, notSomeone } from './5-not-someone';
import { namesRatedPart, ratedParts } from './5-aspect-labels';
import { isAbbreviationShape } from './abbreviation-shape';
import { type NameEdges, designatesSomeone, nameEdges } from './5-designation';
import { onlyInTitleShapes, titleShapeAt } from './title-shape';
import { isQuoteDashSpeaker } from './quote-dash-speaker';

/** Times a lone name must be the subject of a speech verb to count as a character that speaks. */
const MIN_SPEECH_TURNS = 2;

/** Word endings of nationalities and languages ("Brazilian", "Latino", "Vietnamese", "Israeli"). */
const DEMONYM_ENDING = /^\p{L}{2,}(?:an|ino|ese|ish|i)$/u;

/** How many words an appositive before its `who` may hold (`X, a middle-aged man who`). */
const APPOSITIVE_REACH = 4;

/**
 * True when the text speaks of the lone word `k` as of someone: `X himself`, `X, who`, `X, whose`,
 * or `X, a … who` (`X, a clerk who spies`). A town, a band or a firm takes `which` or `where`.
 */
function spokenOfAsSomeone(ctx: NameContext, k: number): boolean {
  const { words, input } = ctx;
  const w = words[k] as Word;
  const next = words[k + 1];
  if (!next || w.possessive) return false;
  const gap = input.view.slice(w.end, next.start);
  if (gap === ' ') return next.lower === 'himself' || next.lower === 'herself';
  if (gap !== ', ') return false;
  if (next.lower === 'who' || next.lower === 'whose') return true;
  if (next.lower !== 'a' && next.lower !== 'an') return false;
  for (let j = k + 2; j < words.length && j <= k + 1 + APPOSITIVE_REACH; j++) {
    const x = words[j] as Word;
    if (ctx.sentenceStarts.has(x.start) || input.view.slice((words[j - 1] as Word).end, x.start) !== ' ') return false;
    if (x.lower === 'who') return true;
  }
  return false;
}

/** How often a speech verb stands right before or after one of the entity's mentions. */
function speechTurns(ann: Annotation, entity: EntityDraft): number {
  let n = 0;
  for (const m of entity.mentions) {
    const t = firstAtOrAfter(ann.tokens, m.start);
    const after = ann.tokens[firstAtOrAfter(ann.tokens, m.end)];
    if (SPEECH_VERBS.has(ann.tokens[t - 1]?.normal ?? '') || SPEECH_VERBS.has(after?.normal ?? '')) n++;
  }
  return n;
}

/**
 * True when a titled mention `m` names a thing, not someone: after a determiner (`this Master
 * Stroke`; a title before a name takes none) or inside quote marks, as a work's title is written
 * (`"Queen Vale" (1998)`).
 */
function titleOfAThing(ctx: NameContext, m: KindMention): boolean {
  const before = ctx.words[m.first - 1];
  if (before !== undefined && OWNER_BLOCKING_DETERMINERS.has(before.lower)) return true;
  const { view } = ctx.input;
  const start = (ctx.words[m.first] as Word).start;
  const end = (ctx.words[m.last] as Word).end;
  const open = view[start - 1];
  const close = view[end];
  return open !== undefined && close !== undefined && OPEN_QUOTES.includes(open) && CLOSE_QUOTES.includes(close);
}

/**
 * True when mention `m` is a title and one name word (`Dr Okafor`, `Inspector Vance`) in a text
 * that tells a story rather than reports: a band, a firm or a place carries no such title, and a
 * review or a novel titles its characters. A report titles as many songs, shops, nicknames and
 * figures of legend (`Ms Jackson`, `Madame Tussauds`, `Father Christmas`) as people, so there
 * only a plain courtesy title counts (`Mr`, `Mrs`, `Ms`, `Miss`: news names the people it quotes
 * so), not after a verb of playing, `as` or `the`. Not when the name word is also a lower-case word of the
 * text (`Dr Who`'s `who`), a single letter, or the next sentence's opening; nor a possessive before a
 * capitalised word, which opens a work's title (`Captain Moreau's Daughter`). A rank that is also a
 * common noun (`Father`, `Captain`) counts only mid-sentence, where its capital marks a title. A
 * royal, family or trade title (`Princess`, `Master`, `General`, `Agent`), which as often opens a
 * work's, a band's or a venue's name, counts only in a text that reads as a review (`review`), and
 * not after `as` or a verb of playing, where the name is a cast part the casting passes read.
 */
function titledLoneName(ctx: NameContext, m: KindMention, review: () => boolean): boolean {
  if (!m.honorific || m.last !== m.first + 1) return false;
  const title = ctx.words[m.first] as Word;
  const name = ctx.words[m.last] as Word;
  if (!name.capitalised || name.end - name.start < 2 || ctx.lowerWords.has(name.lower) || ctx.sentenceStarts.has(name.start)) return false;
  if (name.possessive && ctx.words[m.last + 1]?.capitalised === true) return false;
  const before = ctx.words[m.first - 1];
  if (!NAME_TITLES.has(title.lower) && !(RANK_TITLES.has(title.lower) && !ctx.sentenceStarts.has(title.start))) {
    // After `as` or a verb of playing the casting passes read the part, and keep it themselves.
    return HONORIFICS.has(title.lower) && !(before !== undefined && NOT_REPORTED_LEADS.has(before.lower)) && !titleOfAThing(ctx, m) && review();
  }
  if (!readsAsReport(ctx.input.view)) return true;
  // A report's plain courtesy title (`Mr Vale said`) is how news names the people it quotes; not
  // after a verb of playing or `as`, where it names a part (`she played Mrs Vale`), nor after
  // `the`, where it names a type (`the Mr Nice of pop`).
  return REPORT_COURTESY_TITLES.has(title.lower) && !(before !== undefined && NOT_REPORTED_LEADS.has(before.lower));
}

/**
 * News style: a lone capitalised word repeated there that no cue calls a character or gives a
 * role, that the story neither introduces (`her cousin X`, `the main character, X`) nor speaks of
 * as someone (`X, who`, `X himself`) nor tells a story of (`X's sister`, `X kills`; a firm has no
 * family, plot or powers) nor gives a title (`Dr Okafor`; in a review written in this voice, one
 * that talks of a story or reads as a review by its words, {@link readsAsReview}, any title:
 * `Princess Odalie`), that is neither a given name nor a romanised one, and does
 * not speak ("insisted Marilla", `"…" – Marilla`) as a character in a story does, nor acts in a
 * review that retells its story in this voice ({@link actsInStory}, {@link talksOfStory}), is a band,
 * firm or place: its mentions are dropped. Not in a review wholly about animation when the word reads as one of its
 * parts ({@link animationParts}).
 */
export function dropNewsWords(ctx: NameContext, entities: readonly EntityDraft[], mentionsOf: readonly KindMention[][]): void {
  const doc = storyDocument(ctx);
  const animationPart = animationParts(ctx, doc);
  // A review retelling its story in the third person reads as news by its voice alone: asked once,
  // and only when a word acts.
  let review: boolean | undefined;
  const retold = (): boolean => (review ??= !readsAsReport(ctx.input.view) && talksOfStory(ctx.words));
  // A review by its story or by its voice, where any title makes a part: asked once, and only
  // when a lone name has a title.
  let titles: boolean | undefined;
  const titledInReview = (): boolean => (titles ??= !readsAsReport(ctx.input.view) && (talksOfStory(ctx.words) || readsAsReview(ctx.words)));
  entities.forEach((entity, e) => {
    const mentions = mentionsOf[e] as KindMention[];
    if (entity.roles.length > 0 || mentions.some((m) => m.characterCue || m.last > (m.honorific ? m.first + 1 : m.first)) || namedAsHero(ctx, entity.mentions)) return;
    // A text about animation names its characters by one word: see `5-animation-parts.ts`.
    if (animationPart?.(mentions) === true) return;
    // Someone the story introduces, speaks of as someone or titles is no band, firm or place.
    if (mentions.some((m) => introducedInStory(ctx, m) || spokenOfAsSomeone(ctx, m.last) || someoneAround(doc, m) || titledLoneName(ctx, m, titledInReview) || isQuoteDashSpeaker(ctx, m.first, m.last))) return;
    if (actsInStory(ctx, mentions) && retold()) return;
    const forms = entity.mentions.map((m) => ctx.input.view.slice(m.start, m.end));
    if (!forms.some((f) => (hasHyphen(f) && isHyphenatedName(f)) || GIVEN_NAMES.has(f.toLowerCase())) && speechTurns(ctx.ann, entity) < MIN_SPEECH_TURNS) {
      entity.mentions = [];
    }
  });
}

/**
 * True when at least half the mentions stand right before a role noun and a name (`Franz Ferdinand
 * frontman Alex Kapranos`, `Friends actress Jane Doe`): that is how a
 * band, a work or a firm is put before one of its members, never how a person is named.
 */
function namesAMember(ctx: NameContext, mentions: readonly KindMention[]): boolean {
  const { words } = ctx;
  let n = 0;
  for (const m of mentions) {
    const last = words[m.last] as Word;
    const role = words[m.last + 1];
    const next = words[m.last + 2];
    if (last.possessive || !role || role.capitalised || !role.spaceBefore || !ROLE_NOUNS.has(role.lower)) continue;
    if (next && next.capitalised && next.spaceBefore && !ctx.sentenceStarts.has(next.start)) n++;
  }
  return n > 0 && n * 2 >= mentions.length;
}

/** What {@link notAName} reads about the text, made once per text. */
interface NotANameContext {
  words: readonly Word[];
  /** Word index at each mention start. */
  wordAt: (start: number) => number;
  lowerWords: ReadonlySet<string>;
  pos: readonly string[];
  /** Lower-case forms of the capitalised words written right before a prize noun (`Brit award`). */
  prizeNames: () => ReadonlySet<string>;
}

/**
 * The lower-case forms of capitalised words right before a prize noun, in either case (`Bafta
 * nominations`, `Brit Awards`): one walk over the words.
 */
function prizeNamesOf(words: readonly Word[]): Set<string> {
  const out = new Set<string>();
  for (let k = 0; k + 1 < words.length; k++) {
    const w = words[k] as Word;
    const next = words[k + 1] as Word;
    if (w.capitalised && !w.possessive && next.spaceBefore && PRIZE_NAME_NOUNS.has(next.lower)) out.add(w.lower);
  }
  return out;
}

/**
 * True when an entity with no casting cue is no one at all, by the shape and use of its forms (a
 * code with a digit is read apart, by {@link designatesSomeone}): one word that is an acronym in capitals (`MGM`), an
 * acronym's plural or a joined abbreviation (`OPs`, `HxH`: {@link isAbbreviationShape}); a hyphenated word
 * with a part that is a common word (`Has-Beens`, `Invisible-man`, `African-American`); a word
 * after "the" in half its mentions or more, plural or after a place preposition (`the Beatles`, `in the Casbah`); a word
 * the text also writes in lower case; a nationality used as an adjective (`a Brazilian family`).
 * A listed given name is never dropped.
 */
function notAName(c: NotANameContext, forms: readonly string[], starts: readonly number[], roles: readonly PersonRole[]): boolean {
  if (forms.some((f) => f.includes(' '))) return false;
  const lowerForms = forms.map((f) => f.toLowerCase());
  if (lowerForms.some((f) => GIVEN_NAMES.has(f))) return false;
  if (forms.every(isInitialism)) return true;
  // A firm named after `released by` may get the role `author`; a cue makes any other word a name.
  if (roles.length > 0) return false;
  if (forms.every(isAbbreviationShape)) return true;
  // A plural whose singular or itself the text writes before a prize noun (`the Brits` beside
  // `Brit Awards`, `Brits winners`) is the prize's yearly event.
  if (lowerForms.every((f) => f.length > 3 && f.endsWith('s') && !f.endsWith('ss'))) {
    const prizes = c.prizeNames();
    if (lowerForms.every((f) => prizes.has(f) || prizes.has(f.slice(0, -1)))) return true;
  }
  const parts = lowerForms.filter(hasHyphen).flatMap((f) => hyphenParts(f));
  if (parts.length > 0 && !parts.every(isKoreanSyllable)) {
    const lower = c.lowerWords;
    if (parts.some((p) => isStopWord(p) || HYPHEN_PREFIXES.has(p) || lower.has(p))) return true;
  }
  const afterThe = (s: number): boolean => {
    const k = c.wordAt(s);
    return k > 0 && (c.words[k - 1] as Word).lower === 'the' && (c.words[k] as Word).spaceBefore;
  };
  // After "the" in half its mentions or more, and a plural (a band, a family, a people, a prize's
  // event: `the Baftas`) or a place one is in or goes to; not a lone title-like character ("the
  // Grinch steals Christmas").
  const inPlace = (s: number): boolean => {
    const k = c.wordAt(s);
    return k > 1 && PLACE_PREPOSITIONS.has((c.words[k - 2] as Word).lower);
  };
  const plural = lowerForms.every((f) => f.endsWith('s') && !f.endsWith('ss'));
  if (starts.filter(afterThe).length * 2 >= starts.length && (plural || starts.some((s) => afterThe(s) && inPlace(s)))) return true;
  if (lowerForms.some((f) => c.lowerWords.has(f))) return true;
  // "-man" ends names and heroes ("Newman", "Batman"), not nationalities.
  if (lowerForms.every((f) => DEMONYM_ENDING.test(f) && !f.endsWith('man'))) {
    let adjectival = 0;
    for (const s of starts) {
      const k = c.wordAt(s);
      const w = c.words[k] as Word;
      const next = c.words[k + 1];
      if (w.possessive) return false;
      // The tagger takes `vs` for a noun, but a nationality never stands before it: `Todoroki vs X`
      // sets a name against another.
      if (next && !next.capitalised && next.spaceBefore && !WORK_NOUNS.has(next.lower) && !VERSUS_WORDS.has(next.lower) && (c.pos[k + 1] === 'NOUN' || c.pos[k + 1] === 'ADJ')) adjectival++;
    }
    if (adjectival * 2 >= starts.length) return true;
  }
  return false;
}

/**
 * The entities that are no one by shape and use ({@link notAName}; a code with a digit, `PG-13`,
 * unless the words around it make it someone's designation, {@link designatesSomeone}), and the places, peoples, ranks
 * and powers of a story ({@link notSomeone}), a word only written inside a title's shape (`Word x
 * Word`, `Word;Word`: {@link onlyInTitleShapes}); in news (`news`), the names listed beside groups
 * ({@link listedWithGroups}); never one a casting cue names or the works stage reads as a work's
 * hero (`namedAsHero`: `Naruto's team` where the text also writes `naruto`).
 * Their mentions are dropped after the kinds are weighed.
 */
export function noOnes(ctx: NameContext, entities: readonly EntityDraft[], mentionsOf: readonly KindMention[][], news: boolean): number[] {
  const { words } = ctx;
  const actors = new Set<number>();
  for (const entity of entities) if (entity.playedBy !== null) actors.add(entity.playedBy);
  const wordIndexAt = forwardSearch(words);
  let prizeNames: Set<string> | null = null;
  const c: NotANameContext = {
    words,
    wordAt: (start) => wordIndexAt(start),
    lowerWords: ctx.lowerWords,
    pos: ctx.pos,
    prizeNames: () => {
      prizeNames ??= prizeNamesOf(words);
      return prizeNames;
    },
  };
  const out: number[] = [];
  // The entities found to be a group, a firm or a venue by the words around them.
  const groups = new Set<number>();
  let wordForms: Set<string> | null = null;
  let parts: ReadonlySet<string> | null = null;
  // Where the names with no digit stand, read only when a form with one comes.
  let plainNames: NameEdges | null = null;
  const namesWithoutDigits = (): NameEdges => {
    plainNames ??= nameEdges(entities.filter((x) => !x.mentions.some((m) => hasAsciiDigit(ctx.input.view.slice(m.start, m.end)))).flatMap((x) => x.mentions));
    return plainNames;
  };
  // The names the text uses outside a title shape (`Word x Word`, `Word;Word`), read once, when
  // an `x` shape first needs them.
  let freeForms: Set<string> | null = null;
  const namesOutsideShapes = (): Set<string> => {
    freeForms ??= new Set(
      entities.flatMap((x) => x.mentions.filter((m) => titleShapeAt(ctx.input.view, m) === null).map((m) => ctx.input.view.slice(m.start, m.end).toLowerCase())),
    );
    return freeForms;
  };
  entities.forEach((entity, e) => {
    if (entity.mentions.length === 0 || entity.playedBy !== null || actors.has(e)) return;
    const mentions = mentionsOf[e] as KindMention[];
    // A plural verb outweighs a role noun's cue (`chart stars X are to appear`): only a casting
    // link, checked above, ties a name to someone.
    if (pluralSubject(ctx, mentions)) {
      out.push(e);
      groups.add(e);
      return;
    }
    if (mentions.some((m) => m.actorCue || m.characterCue) || namedAsHero(ctx, entity.mentions)) return;
    const forms = entity.mentions.map((m) => ctx.input.view.slice(m.start, m.end));
    if (namesAMember(ctx, mentions) || namedAsGroup(ctx, mentions) || namedAsOrg(ctx, mentions) || calledBandWord(ctx, mentions)) {
      out.push(e);
      groups.add(e);
    } else if (namedAsTheGroup(ctx, mentions)) {
      // Not a group for the lists below: a list after `the X Ys` names any act, a rapper's
      // one-word name among them (`the X Ys, Jo-Q and Kay Lee`).
      out.push(e);
    } else if (forms.some(hasAsciiDigit)) {
      if (!designatesSomeone(ctx, mentions, namesWithoutDigits())) out.push(e);
    } else if (notAName(c, forms, entity.mentions.map((m) => m.start), entity.roles)) out.push(e);
    else if (forms.every((f) => f === forms[0]) && onlyInTitleShapes(ctx.input.view, forms[0] as string, entity.mentions, namesOutsideShapes)) out.push(e);
    else if (entity.roles.length === 0) {
      wordForms ??= allWordForms(words);
      parts ??= ratedParts(words);
      if (namesRatedPart(forms, parts) || notSomeone(ctx, forms, mentions, wordForms)) out.push(e);
    }
  });
  // In news, a name listed beside groups found above by a group's evidence is one too, when
  // nothing makes it someone. A review lists its characters beside its places and powers.
  if (!news) return out;
  const undecided = (e: number): boolean => {
    const entity = entities[e] as EntityDraft;
    const mentions = mentionsOf[e] as KindMention[];
    return entity.mentions.length > 0 && entity.playedBy === null && !actors.has(e) && entity.roles.length === 0 && !mentions.some((m) => m.actorCue || m.characterCue || m.crewCue) && !namedAsHero(ctx, entity.mentions);
  };
  out.push(...listedWithGroups(ctx, mentionsOf, groups, undecided));
  return out;
}
