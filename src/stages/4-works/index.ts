/**
 * Stage 4a: find works (titles of shows, films, books, webtoons).
 *
 * Evidence, each a general habit of review writers; the passes, in order (one file each, over
 * the title-case runs of `context.ts`, cut down by `cuts.ts`, judged by the shape tests of
 * `shapes.ts`):
 * 1. quote marks around one to eight title words (‘All Of Us Are Dead’, "Kids", "Mork & Mindy"; not one
 *    word "a" heads, `a "Ranger"`, nor one word shouted in capitals, `"GOAT"`, `shouted-word.ts`;
 *    `1-quoted.ts`), capitals in a text that is not shouting (`THE TERMINATOR`; `1-capitals.ts`),
 *    markdown emphasis or code marks around a title-case phrase (`*My Mister*`; `1-emphasis.ts`);
 * 2. the document title's subject: the longest title-case phrase of the title line that the body
 *    repeats in title case, or what a title line calls reviewed (`2-title-line.ts`);
 * 3. a cue word before it (`series called X`, `titled X`, `the webtoon X`, `watched X`, `the
 *    sequel to X`; `3-cue-words.ts`), a list after `movies like X, Y` or `films e.g. X, Y` (`3-lists.ts`), what a prize
 *    was won for (`best actor for X`; `3-awards.ts`), what a nominee is up for (`nominees include Ann
 *    Lee for X`; `3-nominee-for.ts`);
 * 4. the words around a run: a follower after it (`X season one`, `X, directed by Y`, `X (1952)`;
 *    `4-followers.ts`; a lone given name's possessive before it stays in it, `Dottie's X (1921)`;
 *    `possessive-lead.ts`), a maker's full name after "by" (`White Teeth by Zadie Smith`;
 *    `4-written-by.ts`), its repetition or its shape when it cannot be a name (`The Fourth Man`,
 *    `Nights of Cabiria`; `4-repeats.ts`), a last word that names a told story or a programme
 *    (`The Lantern Diaries`, `the Mara Quill Show`; `4-story-head.ts`), a sentence that calls it a work (`X is a thriller`;
 *    `4-called.ts`) or a bracket after it (`X (another Mike Nichols film)`; `4-bracket-kind.ts`), a subject of what only a work does or has (`X was released`, `X aired on`,
 *    `X had two directors`; `4-work-verbs.ts`), a bracket after a name or a kind of work (`a palace drama (X)`), the brackets
 *    of a list of actors each with a work (`A (X), B (Y) and C (Z)`; `4-filmography.ts`), a work's
 *    possessive before a player's full name in brackets after a part (`Ann Vale (X's Dana Moss)`;
 *    `4-star-bracket.ts`), a part, a crew noun or a maker around it (`her role in X`,
 *    `Friends actor X`, `Eastwood's X`; `4-neighbours.ts`), one word after the possessive of a maker
 *    reviews name by the surname or the text names with a maker's noun (`Hitchcock's Rope`, `the
 *    composer Vane's Lumen`; `4-maker-word.ts`), a prize's word before it (`the Oscar-winning
 *    X`, `Oscar nominee X`; `4-prize-lead.ts`), a prize category for works it took (`X won best
 *    foreign film`; `4-won-best.ts`), a count of prizes it took or holds, not of music's prizes
 *    (`X won nine Annies`, `X has seven nominations`; `4-prize-count.ts`), a prize for a kind of work
 *    that went to it (`the animation award went to X`; `4-went-to.ts`), a channel's or studio's possessive before
 *    it, one word enough (`HBO's X`, `Channel 4's X`), or its channel in brackets after it (`X (Netflix)`; `4-channel-possessive.ts`), a place in the takings in news of the
 *    box office (`X entered in third place`; `4-chart-place.ts`), a record noun right before it with
 *    no article or after a comma, or the chart place an act holds with it (`follows single X`,
 *    `their charity single, X`, `at number six with X`; `4-record-noun.ts`), a maker's possessive
 *    after a word of staging, performing or making a version (`conducted Bellini's X`, `a version of
 *    Ann Lee's X`; `4-owned-after-cue.ts`), an owner's kind of work beside it
 *    (`X, Martin Scorsese's biopic of`; `4-neighbours.ts`), "a" / "an" and a kind of work beside
 *    it (`X, a live-action adaptation of`; `4-kind-apposed.ts`), a title after an owner's kind of work
 *    and a comma, closing its phrase (`her first novel, X.`; `4-owned-kind-comma.ts`), a suffix of likeness (`a Pop Idol-style
 *    search`; `4-followers.ts`);
 *    a main title, a colon and a subtitle in mid-sentence or written twice (`Alien: Covenant`;
 *    `4-colon.ts`, added before the cue words so the subtitle is not taken alone), or opening the
 *    text or a line before a singular verb in a text with no other colon after a sentence's first
 *    words (`Harbour Tales: Salt Road is a slow film`), or a spaced dash
 *    and an article-led subtitle in mid-sentence (`the hit show X - The Musical`; `4-dash-pair.ts`), the main title
 *    maybe numbered as a sequel by one digit (`Harbour Lights 2: The Return`; `4-numbered-colon.ts`); a part only a
 *    work has, after its possessive or before "of" (`Bleach's finale`, `every episode of X`;
 *    `4-work-parts.ts`); a title readers know, named bare (`better than Star Wars`; the learned
 *    list of `src/data/work-titles-known.ts`, `4-known-titles.ts`); capitalised words joined by a
 *    romanised particle in a text about animation (`Kimetsu no Yaiba`; `4-romanised.ts`);
 *    a title-case run numbered as a sequel, by a Roman numeral or one digit (`Evil Dead II`, `Zombie 2`; `4-sequel-numeral.ts`),
 *    a hero's name joined by "and the" to a thing with its "of" phrase (`Ann Vale and the Temple of Glass`; `4-hero-and-the.ts`),
 *    and the same words without the number after "the first" (`the first Zombie`; `4-sequel-base.ts`);
 *    two capitalised words joined by "and" that take a singular verb, as one thing does (`Salt and
 *    Vinegar is`; `4-joined-pair.ts`); two capitalised words joined by a semicolon with no space, or
 *    one word twice around a lone `x` (`Word;Word`, `Word x Word`; `4-joined-shape.ts`);
 *    the subject of the first sentence of a text with no title line (`Copper Tide follows two
 *    brothers`; `4-opening-subject.ts`);
 * 5. titles the caller passes in `options.works`; the rivals a found work beat in a race for a
 *    prize or a chart (`X beat Y and Z to the drama prize`; `5-rivals.ts`); the title-case phrases a list joins to a title
 *    found (`Xena and Hercules`; `5-list-mates.ts`); a title found that the text writes twice
 *    with the same number after it, as that numbered title (`Skyline 2090`; `5-numbered-repeat.ts`); a title the text calls a band anywhere (`pop
 *    group X`, `X frontman`, `X's singer`, `the drummer of X`) is dropped (`band-names.ts`), and so is a name of two words or more an
 *    age in commas follows anywhere (`Ann Vale, 23,`: a person; `aged-names.ts`), and so is, in a text
 *    that capitalises two rated parts or more, a title made of part words only, or whose main part
 *    before a colon is (`OVERALL`, `Art & Sound`, `Sound: Good`: the review's labels; `part-label.ts`); then every occurrence of a found title is a
 *    mention (`5-mentions.ts`), a title written with capitals only where its content words are
 *    capitalised ("The End", not "the end"), and not where a passive casting phrase and a named actor
 *    follow it (`X would be played by A`: a part there, `cast-part-after.ts`); a mention of a title that is its hero's name where the
 *    words beside it tell the hero (`Naruto fights`, `played Wonder Woman`) is left to the names
 *    (`5-hero-mentions.ts`); a word written as the initials of a title of three words or more is its
 *    mention, never its title (`Attack on Titan` … `AoT`; `5-initials.ts`); a title's subtitle
 *    written alone is its mention too (`Harbour Tales: Salt Road` … `Salt Road`; `5-subtitle.ts`).
 * 6. after the names are tied (the pipeline calls it, `6-hero-titles.ts`): a character's name the
 *    words beside one of its mentions use as a work's title (`I watched Shrek with my kids`, `the
 *    first Shrek movie`, `300 episodes of Naruto`, `X is a tense thriller`) is the work named after it there; that mention
 *    moves from the character to the work.
 * Each pass hands back what it found ({@link Finding}); the titles are kept in the order above,
 * which decides which titles are searched when a text has very many.
 */
import type { Run } from '../../text/runs';
import type { Heading } from '../../types';
import type { NormalizedText, WorkDraft } from '../stage-types';
import type { WordFacts } from '../word-facts';
import { capitalTitles } from './1-capitals';
import { emphasisedTitles } from './1-emphasis';
import { quotedTitles, readQuotedRun } from './1-quoted';
import { TitleLine } from './2-title-line';
import { cuedTitles } from './3-cue-words';
import { readCalled } from './4-called';
import { readWorkVerb } from './4-work-verbs';
import { readFollower, readGenreLead, readMadeBy, readPart, readStyleSuffix, readYear } from './4-followers';
import { readChartPlace } from './4-chart-place';
import { readChartWith, readRecordNoun } from './4-record-noun';
import { readOwnedAfterCue } from './4-owned-after-cue';
import { readPlayedIn } from './4-played-in';
import { joinedShapeTitles } from './4-joined-shape';
import { readMakerWord } from './4-maker-word';
import { readOwnedKindComma } from './4-owned-kind-comma';
import { readChannelBracket, readChannelPossessive } from './4-channel-possessive';
import { colonTitles, openingColonTitles, readColonPair, type ColonPair } from './4-colon';
import { readNumberedColon } from './4-numbered-colon';
import { readDashPair } from './4-dash-pair';
import { readAppositive, readBracket, readCrewOrSeries, readKindBracket, readMakerPossessive, readRoleIn } from './4-neighbours';
import { readPrizeLead } from './4-prize-lead';
import { readWonBest } from './4-won-best';
import { readPrizeCount } from './4-prize-count';
import { readWentTo } from './4-went-to';
import { readYearPossessive } from './4-year-possessive';
import { readKindApposed } from './4-kind-apposed';
import { readRepeatable, readShape, repeatedTitles } from './4-repeats';
import { readWorkPartOf, readWorkPartOwner } from './4-work-parts';
import { readWrittenBy } from './4-written-by';
import { knownTitles, readKnownTitle } from './4-known-titles';
import { readRomanised, romanisedTitles } from './4-romanised';
import { readSequelNumeral } from './4-sequel-numeral';
import { readHeroAndThe } from './4-hero-and-the';
import { sequelBaseTitles } from './4-sequel-base';
import { readStarBracket } from './4-star-bracket';
import { readBracketKind } from './4-bracket-kind';
import { joinedPairTitles, readJoinedPair } from './4-joined-pair';
import { openingWordStart, readOpeningSubject } from './4-opening-subject';
import { filmographyTitles } from './4-filmography';
import { readHostedShow } from './3-apposed-show';
import { readStoryHead } from './4-story-head';
import { listMates } from './5-list-mates';
import { rivalTitles } from './5-rivals';
import { heroMentionsApart } from './5-hero-mentions';
import { TitleList, workMentions } from './5-mentions';
import { initialsMentions } from './5-initials';
import { subtitleMentions } from './5-subtitle';
import { numberedRepeats } from './5-numbered-repeat';
import { BOX_OFFICE } from '../../data/work-cues';
import { titleFinding, WorksContext, type Finding } from './context';
import { bandKey, bandNames } from './band-names';
import { agedNames } from './aged-names';
import { namesReviewPart, ratesPartByPart } from './part-label';

export { MAX_WORKS } from './5-mentions';
export { heroTitledWorks } from './6-hero-titles';
export { calledUntakenWorks } from './6-called-untaken';
export type { Finding } from './context';

/** What the passes found in one text, each pass apart, before the titles are ordered. */
interface PassFindings {
  ctx: WorksContext;
  titleLine: TitleLine;
  quoted: Finding[];
  followers: Finding[];
  genreLeads: Finding[];
  madeBy: Finding[];
  writtenBy: Finding[];
  years: Finding[];
  repeatable: Run[];
  shapes: Finding[];
  called: Finding[];
  workVerbs: Finding[];
  brackets: Finding[];
  roles: Finding[];
  crew: Finding[];
  makers: Finding[];
  makerWords: Finding[];
  channels: Finding[];
  parts: Finding[];
  charted: Finding[];
  records: Finding[];
  apposed: Finding[];
  styled: Finding[];
  colons: ColonPair[];
  workParts: Finding[];
  known: Run[];
  romanised: Run[];
  numbered: Finding[];
  heroes: Finding[];
  opening: Finding[];
  pairs: Run[];
}

/** One walk over the runs hands each run to every pass that reads runs; each keeps what it found apart. */
function readRuns(input: NormalizedText, facts: WordFacts, title: Heading | null): PassFindings {
  const ctx = new WorksContext(input, facts);
  const f: PassFindings = {
    ctx, titleLine: new TitleLine(ctx, title), quoted: [], followers: [], genreLeads: [], madeBy: [], writtenBy: [], years: [], repeatable: [], shapes: [], called: [], workVerbs: [],
    brackets: [], roles: [], crew: [], makers: [], makerWords: [], channels: [], parts: [], charted: [], records: [], apposed: [], styled: [], colons: [], workParts: [], known: [], romanised: [], numbered: [], heroes: [], opening: [], pairs: [],
  };
  // News of the takings ranks films: asked of the text once, so other texts pay one search.
  const boxOffice = BOX_OFFICE.test(ctx.lower);
  const opening = openingWordStart(ctx, title);
  for (const run of ctx.runs) {
    readQuotedRun(ctx, run, f.quoted);
    f.titleLine.read(run);
    readFollower(ctx, run, f.followers);
    readGenreLead(ctx, run, f.genreLeads);
    readMadeBy(ctx, run, f.madeBy);
    readWrittenBy(ctx, run, f.writtenBy);
    readHostedShow(ctx, run, f.writtenBy);
    readYear(ctx, run, f.years);
    readRepeatable(ctx, run, f.repeatable);
    readShape(ctx, run, f.shapes);
    readStoryHead(ctx, run, f.shapes);
    readCalled(ctx, run, f.called);
    readWorkVerb(ctx, run, f.workVerbs);
    readBracket(ctx, run, f.brackets);
    readStarBracket(ctx, run, f.brackets);
    readKindBracket(ctx, run, f.brackets);
    readBracketKind(ctx, run, f.brackets);
    readRoleIn(ctx, run, f.roles);
    readCrewOrSeries(ctx, run, f.crew);
    readPrizeLead(ctx, run, f.crew);
    readWonBest(ctx, run, f.called);
    readPrizeCount(ctx, run, f.called);
    readWentTo(ctx, run, f.called);
    readYearPossessive(ctx, run, f.called);
    readMakerPossessive(ctx, run, f.makers);
    readMakerWord(ctx, run, f.makerWords);
    readChannelPossessive(ctx, run, f.channels);
    readChannelBracket(ctx, run, f.channels);
    readPart(ctx, run, f.parts);
    readAppositive(ctx, run, f.apposed);
    readKindApposed(ctx, run, f.apposed);
    readOwnedKindComma(ctx, run, f.apposed);
    readStyleSuffix(ctx, run, f.styled);
    readColonPair(ctx, run, f.colons);
    readNumberedColon(ctx, run, f.colons);
    readDashPair(ctx, run, f.colons);
    readWorkPartOwner(ctx, run, f.workParts);
    readWorkPartOf(ctx, run, f.workParts);
    readKnownTitle(ctx, run, f.known);
    readRomanised(ctx, run, f.romanised);
    readSequelNumeral(ctx, run, f.numbered);
    readHeroAndThe(ctx, run, f.heroes);
    readJoinedPair(ctx, run, f.pairs);
    readOpeningSubject(ctx, run, opening, f.opening);
    if (boxOffice) readChartPlace(ctx, run, f.charted);
    readRecordNoun(ctx, run, f.records);
    readChartWith(ctx, run, f.records);
    readOwnedAfterCue(ctx, run, f.records);
    readPlayedIn(ctx, run, f.records);
  }
  return f;
}

/**
 * The titles of one text that a strong cue names a work: quote marks with a work word near,
 * emphasis, a cue word before ("the anime X"), a follower ("X season 2", "X, directed by"), a
 * year in brackets, a maker's possessive, a numbered part, a series noun ("the X franchise"), a
 * role in it, a main title and subtitle, a part only a work has. Each once, as first written.
 * `scripts/learn-work-titles.mjs` counts these over many texts to learn the titles of
 * {@link KNOWN_WORK_TITLES}; the weaker cues (a shape, a repetition, the title line) are left out.
 */
export function stronglyCuedTitles(input: NormalizedText, facts: WordFacts, title: Heading | null): string[] {
  const f = readRuns(input, facts, title);
  const { cued } = cuedTitles(f.ctx);
  const found = [
    ...f.quoted, ...quotedTitles(f.ctx), ...emphasisedTitles(f.ctx), ...colonTitles(f.colons), ...cued, ...f.followers, ...f.madeBy, ...f.years,
    ...f.roles, ...f.crew, ...f.makers, ...f.channels, ...f.parts, ...f.workParts,
  ];
  const out = new Map<string, string>();
  for (const x of found) {
    const form = x.form.trim();
    if (x.kind === 'title' && !out.has(form.toLowerCase())) out.set(form.toLowerCase(), form);
  }
  return [...out.values()];
}

/** Stage 4a: every work and its mentions, in order of first mention. */
export function findWorks(input: NormalizedText, facts: WordFacts, title: Heading | null, extra: readonly string[]): WorkDraft[] {
  const f = readRuns(input, facts, title);
  const { words } = facts;
  const { ctx } = f;
  const titles = new TitleList();
  // 1. Quote marks, capitals, emphasis.
  titles.addAll(f.quoted);
  titles.addAll(quotedTitles(ctx));
  titles.addAll(capitalTitles(ctx), true);
  titles.addAll(emphasisedTitles(ctx));
  // 2. The title line's subject.
  titles.addAll(f.titleLine.subject(), true);
  // A main title and its subtitle, before any pass that would take the subtitle alone.
  titles.addAll(colonTitles(f.colons));
  titles.addAll(openingColonTitles(ctx, f.colons));
  // 3. Cue words; the lists they open are added after the followers.
  const { cued, listed } = cuedTitles(ctx);
  titles.addAll(cued);
  // 4. The words around each run.
  titles.addAll(f.followers);
  titles.addAll(listed);
  titles.addAll(f.genreLeads);
  titles.addAll(f.madeBy);
  titles.addAll(f.writtenBy);
  titles.addAll(f.years);
  titles.addAll(repeatedTitles(ctx, f.repeatable), true);
  titles.addAll(f.shapes, true);
  titles.addAll(joinedShapeTitles(ctx), true);
  titles.addAll(f.called);
  titles.addAll(f.workVerbs);
  titles.addAll(f.opening);
  titles.addAll(f.brackets);
  titles.addAll(f.roles);
  titles.addAll(f.crew);
  titles.addAll(f.makers);
  titles.addAll(f.makerWords);
  titles.addAll(f.channels);
  titles.addAll(f.parts);
  titles.addAll(f.charted);
  titles.addAll(f.records);
  titles.addAll(f.apposed);
  titles.addAll(f.styled);
  titles.addAll(f.workParts);
  titles.addAll(knownTitles(ctx, f.known));
  titles.addAll(romanisedTitles(ctx, f.romanised));
  titles.addAll(f.numbered);
  titles.addAll(f.heroes);
  titles.addAll(sequelBaseTitles(ctx, titles.entries.map((e) => e.key)));
  titles.addAll(joinedPairTitles(ctx, f.pairs));
  titles.addAll(filmographyTitles(ctx));
  // 5. Titles the caller knows, the titles listed with a title a cue found, then the mentions of all.
  for (const t of extra) titles.add(titleFinding(t));
  // The works a found work beat in a race for a prize or a chart, before the lists are read, so their list mates count too.
  titles.addAll(rivalTitles(ctx, new Set(titles.entries.map((e) => e.key))));
  titles.addAll(listMates(ctx, titles.cuedKeys(), new Set(titles.entries.map((e) => e.key))));
  // A title the text writes twice with the same number after it is that numbered title.
  titles.addAll(numberedRepeats(ctx, new Set(titles.entries.map((e) => e.key))));
  // A name the text calls a band anywhere names no work in it ("pop group X" … "X star Y").
  const bands = bandNames(ctx);
  // A name an age follows is a person's ("Ann Vale, 23,").
  const aged = agedNames(ctx);
  // In a review rated part by part, a title of part words only is a part's label ("OVERALL", "Sound: Good").
  const labels = ratesPartByPart(words);
  const kept = bands.size || aged.size || labels ? titles.entries.filter((e) => !bands.has(bandKey(e.key)) && !aged.has(e.key) && !(labels && namesReviewPart(e.key))) : titles.entries;
  return subtitleMentions(ctx.view, ctx.lower, facts, initialsMentions(ctx.view, facts, heroMentionsApart(ctx.view, words, workMentions(ctx.view, ctx.lower, words, kept))));
}
