/**
 * Review phrases whose polarity the word lexicon gets wrong or misses, read as whole phrases: the
 * phrase's score replaces the scores of the words inside it. A reviewer's set phrase means more
 * than its words ("worth" and "watching" say little alone, "worth watching" is a verdict), and an
 * idiom's words can mean the opposite of the phrase ("stole the show" is praise). Scores on wink's
 * scale.
 */

/** What a phrase says: the writer's verdict on the work, or an idiom that is no opinion of the work. */
export type PhraseKind = 'verdict' | 'idiom';

/**
 * Words around a phrase that make it none: `notAfter` right before it ("came highly recommended"
 * is someone else's praise), `notBefore` right after it ("I loved it when he fell" is about a
 * moment of the story, not the work).
 */
export interface PhraseGuard {
  notAfter?: readonly string[];
  notBefore?: readonly string[];
  /**
   * The phrase must open its sentence, after nothing but marks and {@link OPENING_LEADS}: an
   * imperative ("Watch it.", "So check it out") is advice to the reader, where the same words
   * inside a sentence tell what someone did ("I decided to check it out").
   */
  opening?: boolean;
}

/** Words that may come before an imperative that opens its sentence ("So watch it", "Just go see it"). */
export const OPENING_LEADS: readonly string[] = ['so', 'just', 'and', 'but', 'please', 'definitely', 'seriously', 'then', 'really', 'now', 'anyway', 'anyways'];

/** One phrase: its words' normal forms, its score, its kind, and the words around it that make it none. */
export type ReviewPhrase = readonly [words: readonly string[], score: number, kind: PhraseKind, guard?: PhraseGuard];

/**
 * The writer's own liking ("I loved it"): only with "I", as "My wife loved it" or "The villain
 * hated it" is someone else's; not after "to" ("I wanted to love this movie" is a wish) nor before
 * "when" ("I loved it when the hero fell" likes a moment, not the work).
 */
export const PERSONAL_GUARD: PhraseGuard = { notAfter: ['to'], notBefore: ['when', 'whenever'] };

/** "It came highly recommended" is praise the writer heard, not the writer's. */
export const REPORTED_PRAISE_GUARD: PhraseGuard = { notAfter: ['came', 'comes', 'come', 'was'] };

/** The work as the object of advice: "this one", "this film", "this show", … */
const WORK_NOUNS = ['movie', 'film', 'show', 'series', 'anime', 'manga', 'book', 'drama', 'one', 'entry', 'season', 'sequel', 'remake'];

/**
 * The writer's own judgement of the work, whatever words it is made of: "a must-see", "worth
 * watching", "a waste of time", "save your money", "I loved it". A sentence holding one is a
 * verdict: it counts as much as one opening with "Overall". A negator before one turns it round
 * ("not worth watching", "never a waste of time"), and so does a negated word of saying ("I would
 * not call it a must-see"); a negated or restricted verdict ("worth watching only for the score")
 * still scores but makes no verdict of its sentence.
 */
const VERDICTS: readonly ReviewPhrase[] = [
  // As a noun only ("a must-see"): "if you must watch it" is no praise.
  [['a', 'must', 'see'], 0.6, 'verdict'],
  [['a', 'must', '-', 'see'], 0.6, 'verdict'],
  [['a', 'must', 'watch'], 0.6, 'verdict'],
  [['a', 'must', '-', 'watch'], 0.6, 'verdict'],
  [['worth', 'watching'], 0.6, 'verdict'],
  [['worth', 'seeing'], 0.6, 'verdict'],
  [['worth', 'a', 'watch'], 0.6, 'verdict'],
  [['worth', 'a', 'look'], 0.4, 'verdict'],
  [['worth', 'the', 'watch'], 0.6, 'verdict'],
  [['worth', 'the', 'price'], 0.6, 'verdict'],
  [['worth', 'every', 'penny'], 0.8, 'verdict'],
  [['worth', 'your', 'time'], 0.6, 'verdict'],
  [['worth', 'the', 'time'], 0.6, 'verdict'],
  [['highly', 'recommend'], 0.8, 'verdict'],
  [['highly', 'recommended'], 0.8, 'verdict', REPORTED_PRAISE_GUARD],
  [['i', 'loved', 'it'], 0.8, 'verdict', PERSONAL_GUARD],
  [['i', 'love', 'this', 'movie'], 0.8, 'verdict', PERSONAL_GUARD],
  [['i', 'love', 'this', 'film'], 0.8, 'verdict', PERSONAL_GUARD],
  [['i', 'loved', 'this', 'movie'], 0.8, 'verdict', PERSONAL_GUARD],
  [['i', 'loved', 'this', 'film'], 0.8, 'verdict', PERSONAL_GUARD],
  [['i', 'enjoyed', 'it'], 0.6, 'verdict', PERSONAL_GUARD],
  [['i', 'enjoyed', 'this', 'movie'], 0.6, 'verdict', PERSONAL_GUARD],
  [['i', 'enjoyed', 'this', 'film'], 0.6, 'verdict', PERSONAL_GUARD],
  [['i', 'hated', 'it'], -0.8, 'verdict', PERSONAL_GUARD],
  [['i', 'hated', 'this', 'movie'], -0.8, 'verdict', PERSONAL_GUARD],
  [['i', 'hated', 'this', 'film'], -0.8, 'verdict', PERSONAL_GUARD],
  [['made', 'my', 'day'], 0.6, 'verdict'],
  [['waste', 'of', 'time'], -0.8, 'verdict'],
  [['waste', 'of', 'money'], -0.8, 'verdict'],
  [['wastes', 'of', 'money'], -0.8, 'verdict'],
  [['wastes', 'of', 'time'], -0.8, 'verdict'],
  [['waste', 'of', 'film'], -0.8, 'verdict'],
  [['waste', 'of', 'celluloid'], -0.8, 'verdict'],
  [['waste', 'of', 'talent'], -0.6, 'verdict'],
  [['save', 'your', 'money'], -0.6, 'verdict'],
  [['save', 'your', 'time'], -0.6, 'verdict'],
  [['recommend', 'avoiding'], -0.6, 'verdict'],
  [['recommend', 'not', 'watching'], -0.6, 'verdict'],
  [['recommend', 'skipping'], -0.6, 'verdict'],
  [['avoid', 'it', 'at', 'all', 'costs'], -0.8, 'verdict'],
  [['avoid', 'this', 'at', 'all', 'costs'], -0.8, 'verdict'],
  ...adviceAgainst(),
  ...detoursUrged(),
  ...imperativeAdvice(),
  [['thumbs', 'up'], 0.6, 'verdict'],
  [['thumbs', 'down'], -0.6, 'verdict'],
  ...unstintedRecommendations(),
  ...urgedViewings(),
  // A refusal to recommend ("I would not recommend it", "I can't recommend this show") is the
  // writer's verdict against the work, stronger than the faint praise of "recommend" turned round.
  [['not', 'recommend'], -0.6, 'verdict'],
];

/**
 * "I can't recommend it enough", "cannot recommend this show highly enough": praise past any
 * measure, though its negator alone would make it the refusal "I can't recommend this". wink reads
 * "can't" and "cannot" as "can" and "not".
 */
function unstintedRecommendations(): ReviewPhrase[] {
  const works = ['movie', 'film', 'show', 'series', 'anime', 'manga', 'book', 'drama', 'one'];
  const objects: readonly (readonly string[])[] = [['it'], ['this'], ['them'], ...works.map((w) => ['this', w])];
  return objects.flatMap((object) =>
    [['enough'], ['highly', 'enough']].map((tail): ReviewPhrase => [['not', 'recommend', ...object, ...tail], 0.8, 'verdict']),
  );
}

/**
 * The writer urging the reader to watch: "give it a try", "give this show a chance", "you should
 * watch it", "go watch it". Advice to the reader is the writer's verdict, whatever its words score
 * alone ("try" and "chance" say nothing, "watch" nothing). Only with the work as the object: "you
 * should watch the first one instead" points elsewhere, "he should watch his back" is the story.
 */
function urgedViewings(): ReviewPhrase[] {
  const works = ['movie', 'film', 'show', 'series', 'anime', 'manga', 'book', 'drama', 'one'];
  const objects: readonly (readonly string[])[] = [['it'], ['this'], ['them'], ...works.map((w) => ['this', w])];
  const trials = ['try', 'chance', 'shot', 'go', 'watch'];
  const gives = objects.flatMap((object) => trials.map((trial): ReviewPhrase => [['give', ...object, 'a', trial], 0.6, 'verdict']));
  const leads: readonly (readonly string[])[] = [['you', 'should'], ['you', 'should', 'definitely'], ['you', 'should', 'really'], ['you', 'must'], ['you', 'must', 'definitely'], ['go']];
  const urges = leads.flatMap((lead) => objects.map((object): ReviewPhrase => [[...lead, 'watch', ...object], 0.6, 'verdict']));
  return [...gives, ...urges];
}

/**
 * The writer warning the reader off the work: "skip this one", "avoid this film", "stay away from
 * this show", "steer clear of it", "give it a miss", "give this one a wide berth", "pass on this
 * film", "I'd take a pass". Advice is the writer's verdict, though its words score little alone
 * ("skip", "pass") or are read as the story's ("avoid"). Skipping and avoiding need the work named
 * as such: "skip it" and "skip this" are as often said of a filler arc or a paragraph of the review
 * ("skip this paragraph if you have not seen it"), and after "to" they tell what someone did or
 * wanted ("I wanted to avoid this show at first"). Staying away and steering clear are advice
 * whatever follows "to" ("I advise you to stay away from this film"). "take a pass at" is an attempt.
 */
function adviceAgainst(): ReviewPhrase[] {
  const named: readonly (readonly string[])[] = WORK_NOUNS.map((w) => ['this', w]);
  const any: readonly (readonly string[])[] = [['it'], ['this'], ['them'], ...named];
  const notTold: PhraseGuard = { notAfter: ['to'] };
  return [
    ...named.flatMap((object) => [
      [['skip', ...object], -0.6, 'verdict', notTold] as ReviewPhrase,
      [['avoid', ...object], -0.6, 'verdict', notTold] as ReviewPhrase,
      [['pass', 'on', ...object], -0.6, 'verdict'] as ReviewPhrase,
    ]),
    ...any.flatMap((object) => [
      [['stay', 'away', 'from', ...object], -0.6, 'verdict'] as ReviewPhrase,
      [['steer', 'clear', 'of', ...object], -0.6, 'verdict'] as ReviewPhrase,
      // wink reads "miss." at a sentence's end as the title "Miss.", one token with its period.
      ...[['a', 'miss'], ['a', 'miss.'], ['a', 'pass'], ['a', 'wide', 'berth'], ['a', 'berth']].map((tail): ReviewPhrase => [['give', ...object, ...tail], -0.6, 'verdict']),
    ]),
    [['take', 'a', 'pass'], -0.4, 'verdict', { notBefore: ['at'] }],
  ];
}

/**
 * An imperative that opens its sentence and has the work as its object: "Watch it.", "See this
 * film.", "Rent it.", "Go see it", "Check it out", "Do yourself a favour and watch this one" urge
 * the reader to watch; "Skip it.", "Avoid this film." warn them off. Inside a sentence the same words
 * tell what someone did or will do ("I decided to check it out", "she told him to avoid it") or
 * name a part to skip ("if the filler bores you, just skip it"). Not before "is" ("See, it's
 * funny how …") nor "as" ("Watch it as a comedy" says how to take it, not whether to), nor
 * "Watch this space", which waits for news.
 */
function imperativeAdvice(): ReviewPhrase[] {
  const objects: readonly (readonly string[])[] = [['it'], ['this'], ['them'], ...WORK_NOUNS.map((w) => ['this', w])];
  const guard: PhraseGuard = { opening: true, notBefore: ['is', 'was', 'as', 'space'] };
  const urges: readonly (readonly string[])[] = [['watch'], ['see'], ['rent'], ['buy'], ['catch'], ['go', 'see'], ['go', 'and', 'see'], ['do', 'yourself', 'a', 'favor', 'and', 'watch'], ['do', 'yourself', 'a', 'favor', ',', 'and', 'watch'], ['do', 'yourself', 'a', 'favor', 'and', 'see']];
  const urged = objects.flatMap((object) => [
    ...urges.map((verb): ReviewPhrase => [[...verb, ...object], 0.6, 'verdict', guard]),
    [['check', ...object, 'out'], 0.6, 'verdict', { opening: true }] as ReviewPhrase,
    [['go', 'check', ...object, 'out'], 0.6, 'verdict', { opening: true }] as ReviewPhrase,
  ]);
  // A bare "this" is no object of skipping: "Skip this paragraph if you have not seen it".
  const warned = objects.filter((object) => object.length > 1 || object[0] !== 'this');
  return [...urged, ...warned.flatMap((object) => [['skip', ...object], ['avoid', ...object]].map((words): ReviewPhrase => [words, -0.6, 'verdict', guard]))];
}

/**
 * "go out of your way to see it": the writer urging the reader to make an effort for the work;
 * with a negator before it ("don't go out of your way to see this film") it turns round into
 * advice against it, as any verdict phrase does.
 */
function detoursUrged(): ReviewPhrase[] {
  return ['see', 'watch', 'find', 'catch'].map((verb): ReviewPhrase => [['go', 'out', 'of', 'your', 'way', 'to', verb], 0.6, 'verdict']);
}

/**
 * Verbs of one work outdoing another, in the passive: a part "never been bettered", "yet to be
 * equalled" is praise, though the lexicon reads the negator as turning the verb's praise round, or
 * scores the verb nothing. Not "improved" (a flaw that "has yet to be improved" is blame) nor
 * "beaten" (a hero "never been beaten" is the story).
 */
export const OUTDONE_VERBS: readonly string[] = [
  'equalled', 'equaled', 'matched', 'bettered', 'surpassed', 'topped', 'bested', 'rivalled', 'rivaled', 'outdone', 'eclipsed',
];

/**
 * "never been bettered", "yet to be matched", … as praise: only what has stood unbeaten so far.
 * Not "let alone surpassed" (it praises whichever work the sentence compares against, often not the
 * one reviewed) nor "will never be matched" (a wish: "this boredom will never be matched, I hope").
 */
function unbeatenParts(): ReviewPhrase[] {
  const leads: readonly (readonly string[])[] = [['never', 'been'], ['yet', 'to', 'be']];
  return leads.flatMap((lead) => OUTDONE_VERBS.map((verb): ReviewPhrase => [[...lead, verb], 0.6, 'idiom']));
}

/**
 * Idioms whose words the lexicon reads the wrong way or misses: "stole the show" is praise of an
 * actor, not a theft; "no wonder" ("no wonder I liked it") holds no opinion; "edge of my seat" is
 * suspense the writer enjoyed; "falls flat" blames a part (a joke, a plan in the story), not the
 * whole work; the buyer's remedy ("sent it back") is blame of a product. A score of 0 only takes
 * the words' own scores away.
 */
const IDIOMS: readonly ReviewPhrase[] = [
  ...letDowns(),
  [['falls', 'flat'], -0.6, 'idiom'],
  [['fell', 'flat'], -0.6, 'idiom'],
  [['fall', 'flat'], -0.6, 'idiom'],
  [['money', 'back'], -0.6, 'idiom'],
  [['send', 'it', 'back'], -0.6, 'idiom'],
  [['sent', 'it', 'back'], -0.6, 'idiom'],
  [['sending', 'it', 'back'], -0.6, 'idiom'],
  [['returned', 'it'], -0.4, 'idiom'],
  [['stole', 'the', 'show'], 0.6, 'idiom'],
  [['steals', 'the', 'show'], 0.6, 'idiom'],
  [['steal', 'the', 'show'], 0.6, 'idiom'],
  [['stole', 'every', 'scene'], 0.6, 'idiom'],
  [['steals', 'every', 'scene'], 0.6, 'idiom'],
  [['no', 'wonder'], 0, 'idiom'],
  [['edge', 'of', 'my', 'seat'], 0.6, 'idiom'],
  [['edge', 'of', 'your', 'seat'], 0.6, 'idiom'],
  // A work or a part that "falls apart" fails; the lexicon reads nothing bad in "apart".
  [['falls', 'apart'], -0.6, 'idiom'],
  [['fell', 'apart'], -0.6, 'idiom'],
  [['fall', 'apart'], -0.6, 'idiom'],
  [['falling', 'apart'], -0.6, 'idiom'],
  // A work that "left me cold" failed to move its viewer; "left" alone tells the story and scores
  // nothing (NOT_OPINION_WORDS), "cold" alone is weather.
  [['left', 'me', 'cold'], -0.6, 'idiom'],
  [['left', 'us', 'cold'], -0.6, 'idiom'],
  [['leaves', 'me', 'cold'], -0.6, 'idiom'],
  [['leaves', 'you', 'cold'], -0.6, 'idiom'],
  [['leave', 'you', 'cold'], -0.6, 'idiom'],
  // A viewer who left halfway through ("walked out halfway through", "left half way through")
  // blames the work by leaving; "left" or "walked out" alone tells where people went, and "left
  // halfway up the hill" tells the story. wink's normal form of "through" is "thru".
  [['left', 'halfway', 'thru'], -0.6, 'idiom'],
  [['left', 'half', 'way', 'thru'], -0.6, 'idiom'],
  [['walked', 'out', 'halfway', 'thru'], -0.6, 'idiom'],
  [['walked', 'out', 'half', 'way', 'thru'], -0.6, 'idiom'],
  [['walk', 'out', 'halfway', 'thru'], -0.6, 'idiom'],
  // Being "blown away" is being overwhelmed with admiration; the words alone score nothing.
  [['blown', 'away'], 0.6, 'idiom'],
  [['blew', 'me', 'away'], 0.6, 'idiom'],
  [['blew', 'us', 'away'], 0.6, 'idiom'],
  [['blows', 'you', 'away'], 0.6, 'idiom'],
  [['blow', 'you', 'away'], 0.6, 'idiom'],
  // What "stands out" is praised; the lexicon reads "stand" as a complaint ("I can't stand it").
  [['stand', 'out'], 0.4, 'idiom'],
  [['stands', 'out'], 0.4, 'idiom'],
  [['stood', 'out'], 0.4, 'idiom'],
  [['stand', '-', 'out'], 0.4, 'idiom'],
  // "Badass" and "kick-ass" are swearing that admires ("the hero is a badass", "a kick-ass
  // score") or names a type of character in the story ("the badass mercenary"), never the writer's
  // blame the lexicon reads in "bad" and "ass": they score nothing.
  [['badass'], 0, 'idiom'],
  [['bad', 'ass'], 0, 'idiom'],
  [['bad', '-', 'ass'], 0, 'idiom'],
  [['badassery'], 0, 'idiom'],
  [['kickass'], 0, 'idiom'],
  [['kick', '-', 'ass'], 0, 'idiom'],
  [['kick', 'ass'], 0, 'idiom'],
  // A viewer "hooked" on the work is held by it; someone hooked on a drug is not: only with the
  // writer or the reader as the one hooked.
  [['me', 'hooked'], 0.6, 'idiom'],
  [['us', 'hooked'], 0.6, 'idiom'],
  [['you', 'hooked'], 0.6, 'idiom'],
  [['i', 'was', 'hooked'], 0.6, 'idiom'],
  [['we', 'were', 'hooked'], 0.6, 'idiom'],
  [['i', 'got', 'hooked'], 0.6, 'idiom'],
  [['be', 'hooked'], 0.6, 'idiom'],
  // Discourse phrases, no opinion: "needless to say" is "of course", "no matter what" concedes,
  // "pretty much" is "almost".
  [['needless', 'to', 'say'], 0, 'idiom'],
  [['no', 'matter'], 0, 'idiom'],
  [['pretty', 'much'], 0, 'idiom'],
  // A "supporting" part is a kind of role, not support: no opinion ("the supporting cast").
  ...supportingParts(),
  // Praise by a comparison nothing has won: "second to none", a part that "has yet to be
  // matched" or "has never been bettered".
  [['second', 'to', 'none'], 0.6, 'idiom'],
  ...unbeatenParts(),
  // Negators that do not negate what follows them. "Nothing short of stunning" is "stunning" said
  // with force, as "nothing short of a disaster" is a disaster; "can't help but laugh" laughs. The
  // phrase scores nothing and keeps its negator from turning the word after it round.
  [['nothing', 'short', 'of'], 0, 'idiom'],
  [['not', 'help', 'but'], 0, 'idiom'],
  // Praise in a negator's form: a viewer who "can't get enough of" a work or "can't wait" for more
  // of it is eager for it (waiting for a work to end is told otherwise: "wanted it to end"), and
  // one who "can't fault" a part finds nothing wrong with it.
  [['not', 'get', 'enough', 'of'], 0.6, 'idiom'],
  [['can', 'not', 'wait'], 0.4, 'idiom'],
  [['could', 'not', 'wait'], 0.4, 'idiom'],
  [['can', 'not', 'fault'], 0.6, 'idiom'],
  [['could', 'not', 'fault'], 0.6, 'idiom'],
  // "X at best" caps the praise of X ("decent at best", "a mediocre story at best"): faint blame,
  // where the lexicon reads "best" as praise.
  [['at', 'best'], -0.5, 'idiom'],
  // "I can't believe how good it is" exclaims: the negator belongs to the phrase and turns nothing.
  [['not', 'believe', 'how'], 0, 'idiom'],
  [['not', 'believe', 'what'], 0, 'idiom'],
  // The lexicon scores "live up to" as praise, so "does not live up to the hype" is blame by
  // negation; it lacks the verb's other forms ("it never lived up to the first one", "it lives up
  // to the hype"), and reads "failed to live up to" as praise.
  ...fallingShort(),
  // A comparison the work loses: "a step down from the first season", "not a patch on the book".
  [['step', 'down', 'from'], -0.4, 'idiom'],
  [['not', 'a', 'patch', 'on'], -0.6, 'idiom'],
  // A work that "falls short" fails to reach what it aimed at or is compared with; "short" alone is
  // a length. One that "can't hold a candle to" another, or that "doesn't cut it", is no match for
  // it: the negator is the phrase's, and the lexicon scores "cut" and "candle" nothing of the kind.
  [['falls', 'short'], -0.6, 'idiom'],
  [['fell', 'short'], -0.6, 'idiom'],
  [['fall', 'short'], -0.6, 'idiom'],
  [['falling', 'short'], -0.6, 'idiom'],
  [['not', 'hold', 'a', 'candle'], -0.6, 'idiom'],
  [['not', 'cut', 'it'], -0.6, 'idiom'],
  // "for sure" says the writer is certain, not that anything is bad (the lexicon scores it as blame).
  [['for', 'sure'], 0, 'idiom'],
  // A work that made its viewer cry moved them: praise, though the lexicon reads crying as sorrow.
  // Not "cry out" ("made me cry out in pain").
  ...movedToTears(),
];

/**
 * "lives up to", "lived up to" as praise, turned round by a negator as any hit is; "fails to live
 * up to", "failed to live up to" as blame.
 */
function fallingShort(): ReviewPhrase[] {
  const failures = ['fails', 'failed', 'fail', 'failing'].flatMap((fail) => ['live', 'lives', 'lived'].map((verb): ReviewPhrase => [[fail, 'to', verb, 'up', 'to'], -0.6, 'idiom']));
  return [...failures, [['lives', 'up', 'to'], 0.6, 'idiom'], [['lived', 'up', 'to'], 0.6, 'idiom']];
}

/** "made me cry", "makes me cry", "I cried": the viewer moved, not in sorrow over the work. */
function movedToTears(): ReviewPhrase[] {
  const guard: PhraseGuard = { notBefore: ['out'] };
  return [['made', 'me', 'cry'], ['makes', 'me', 'cry'], ['make', 'me', 'cry'], ['i', 'cried']].map((words): ReviewPhrase => [words, 0.5, 'idiom', guard]);
}

/** "supporting cast", "supporting actress", "supporting role", … as no opinion. */
function supportingParts(): ReviewPhrase[] {
  const parts = ['cast', 'actor', 'actors', 'actress', 'actresses', 'role', 'roles', 'character', 'characters', 'lead', 'leads', 'player', 'players', 'part', 'parts', 'performance', 'performances'];
  return parts.map((part): ReviewPhrase => [['supporting', part], 0, 'idiom']);
}

/** All the phrases read as wholes. */
export const SENTIMENT_PHRASES: readonly ReviewPhrase[] = [...VERDICTS, ...IDIOMS];

/**
 * Words that narrow a verdict to a part or to some readers ("worth watching only for the score",
 * "a must-see if you like horror", "not a must-see for everyone"): within
 * {@link RESTRICTOR_SCOPE} words of the phrase, in its sentence, the verdict scores
 * {@link RESTRICTED_VERDICT_WEIGHT} of itself and does not make its sentence a verdict.
 */
export const VERDICT_RESTRICTORS: readonly (readonly string[])[] = [['only'], ['just'], ['if'], ['for', 'everyone'], ['for', 'all']];
export const RESTRICTOR_SCOPE = 4;
export const RESTRICTED_VERDICT_WEIGHT = 0.5;

/**
 * Words of saying or judging: negated before a verdict phrase in its sentence ("I would not say it
 * is a must-see", "I don't think it is worth watching"), they negate the verdict however many words
 * lie between.
 */
export const REPORTING_VERBS: readonly string[] = ['say', 'call', 'think', 'consider', 'describe', 'find', 'believe'];

/**
 * Words that open a clause of its own after a negated word of saying, where the negation stops:
 * "I didn't think I would like it, but I loved it" praises.
 */
export const SAYING_SCOPE_ENDS: readonly string[] = ['but', 'however', 'yet', 'though', 'although', 'nevertheless', 'nonetheless'];

/**
 * "let down", "let me down", "went downhill", "dumbed down", "watered down": blame the lexicon
 * reads through "down" alone, which in most sentences gives a direction ("sit down", "down the
 * road", "slows down") and no opinion.
 */
function letDowns(): ReviewPhrase[] {
  const lets = ['let', 'lets', 'letting'];
  const objects: readonly (readonly string[])[] = [[], ['me'], ['us'], ['you'], ['them'], ['everyone'], ['fans'], ['viewers']];
  const slides = ['went', 'goes', 'go', 'going', 'gone'].flatMap((verb): ReviewPhrase[] => [
    [[verb, 'downhill'], -0.6, 'idiom'],
    [[verb, 'down', 'hill'], -0.6, 'idiom'],
  ]);
  const thinned = ['dumbed', 'watered'].map((verb): ReviewPhrase => [[verb, 'down'], -0.4, 'idiom']);
  return [...lets.flatMap((verb) => objects.map((object): ReviewPhrase => [[verb, ...object, 'down'], -0.6, 'idiom'])), ...slides, ...thinned];
}
