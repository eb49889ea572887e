/**
 * The words of explicit ratings (read by src/stages/7-rating.ts): how reviewers write a number, a
 * scale and the act of scoring, and the words after a number that make it a count, not a score.
 */

/** Numbers written as words, as counts and scales are ("seven out of ten", "four stars"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  hundred: 100,
};

/** The scales reviewers score on: anything else after "/" or "out of" is a ratio, a date or a count. */
export const RATING_SCALES: readonly number[] = [4, 5, 10, 100];

/**
 * Verbs that score the work they take as object: "I give it a 7", "rated this film an 8", "I'd
 * grade it a B". Only with an object: "it is rated 8.1 on IMDb" is someone else's score.
 */
export const SCORING_VERBS: readonly string[] = ['give', 'gives', 'gave', 'giving', 'rate', 'rates', 'rated', 'rating', 'grade', 'grades', 'graded', 'award', 'awards', 'awarded', 'score', 'scored'];

/**
 * Verbs whose subject is the work that gets the score: "it gets a 9", "this film deserves a 8".
 * Only after one of {@link SCORED_OBJECTS}: "he got a 9 in maths" and "the school earns a 4" score
 * no work.
 */
export const GETTING_VERBS: readonly string[] = ['gets', 'got', 'earns', 'earned', 'deserves', 'deserved'];

/**
 * What a scoring verb takes as the work: "it", "this", "this film", "the series". A longer noun
 * phrase is left out: the score is read close to its verb or not at all.
 */
export const SCORED_OBJECTS: readonly string[] = ['it', 'this', 'that', 'this one', 'the film', 'the movie', 'the show', 'the series', 'the book', 'the drama', 'the season', 'the anime', 'the episode', 'this film', 'this movie', 'this show', 'this series', 'this drama', 'this anime', 'this season', 'this episode', 'this book', 'this flick'];

/**
 * Nouns that name a score and take it after them: "a score of 3", "My rating: 6", "Verdict - 8",
 * "Overall: 9" (the last line of a score card), "My vote is seven" (a site's users vote their
 * scores; only the writer's own vote, not "the vote was 5 to 4").
 */
export const SCORE_NOUNS: readonly string[] = ['score', 'rating', 'grade', 'verdict', 'mark', 'overall', 'my vote'];

/** Words between "a" and a score that only hedge it: "a solid 7", "a generous B-". */
export const SCORE_HEDGES: readonly string[] = ['solid', 'strong', 'generous', 'weak', 'low', 'high', 'firm', 'measly', 'mere', 'perfect', 'respectable', 'decent', 'fair', 'hard', 'easy', 'reasonable', 'well-deserved', 'very', 'healthy'];

/**
 * Words that may follow a score without making it a count: "a 7 for the cast", "8 out of 10
 * overall", "a 3 from me". Any other word after a bare cued number makes it a count or a size
 * ("a 2 hour film", "gave it 3 goals").
 */
export const SCORE_FOLLOWERS: readonly string[] = ['for', 'from', 'on', 'in', 'and', 'but', 'because', 'as', 'at', 'i', 'it', 'overall', 'if', 'though', 'although', 'only', 'with', 'imo', 'so', 'since', 'tops', 'max', 'easily', 'is', 'was', 'which', 'just', 'by', 'or', 'rating', 'score', 'even', 'then', 'too', 'purely', 'mostly', 'mainly', 'simply', 'myself'];

/**
 * Plural words after "N out of M" that are no counted thing: "8 out of 10 stars", "3 out of 5
 * points". Any other plural after it counts things ("4 out of 5 dentists", "won 3 out of 5
 * games"), as do {@link COUNTED_NOUNS}.
 */
export const SCALE_PLURALS: readonly string[] = ['stars', 'points', 'is', 'was', 'as', 'this', 'thus', 'plus', 'its', 'his', 'hers', 'yes', 'less', 'always', 'perhaps', 'unless', 'has'];

/** Counted things that are not plural in -s: "7 out of 10 people", "9 out of 10 times" (-s, caught anyway). */
export const COUNTED_NOUNS: readonly string[] = ['people', 'men', 'women', 'children', 'folk', 'viewers', 'times', 'of'];

/**
 * Who gives a score that is not the writer's, read in the clause before it: "IMDb readers gave it
 * a 7.8", "anyone giving the film a score of 10", "you gave it a perfect 10", "instead of
 * giving it a ten", "its rating of 6 and a half stars".
 */
export const OTHER_RATERS: readonly string[] = ['imdb', 'readers', 'users', 'critics', 'voters', 'audiences', 'anyone', 'everyone', 'people', 'others', 'they', 'you', 'metacritic', 'tomatoes', 'average', 'instead of', 'its', 'their'];

/**
 * Words of a match or a contest, read in the clause before a cued number: "won by a score of 4",
 * "the match score was 3". A number there is the result of a game, not the writer's rating.
 */
export const SPORT_WORDS: readonly string[] = ['won', 'lost', 'beat', 'beaten', 'match', 'goal', 'goals', 'scoreline', 'innings', 'wickets', 'half-time', 'halftime', 'league', 'fixture', 'penalty', 'penalties'];

/**
 * The raters of {@link OTHER_RATERS} that name a crowd, a site or a critic, read before every
 * reading ("IMDb users gave it 8/10", "critics rate it 4 stars", "everyone gives it ten out of
 * ten"). The pronouns are left out there: "I loved its score, 8/10" is the writer's.
 */
export const NAMED_RATERS: readonly string[] = ['imdb', 'readers', 'users', 'critics', 'voters', 'audiences', 'everyone', 'metacritic', 'tomatoes', 'instead of'];

/**
 * Review sites and outlets whose name right after a score makes it theirs: "8.1 IMDb", "10/10
 * IGN" (a joke rating in the outlet's name, not the writer's). With a word between ("9/10 for
 * IMDb", "8/10 on IMDb") the score may still be the writer's, so only the name itself counts.
 */
export const RATERS_AFTER: readonly string[] = ['ign', 'imdb', 'metacritic', 'myanimelist', 'letterboxd', 'anilist', 'rotten tomatoes'];

/**
 * A refusal to recommend, read in the same sentence right after a rating: "10/10 would not
 * recommend". The rating there is a joke, and the refusal is the verdict.
 */
export const REFUSALS_AFTER: readonly string[] = ['would not recommend', "wouldn't recommend", 'wouldn’t recommend', 'would never recommend', 'never recommend', 'do not recommend', "don't recommend", 'don’t recommend', 'cannot recommend', "can't recommend", 'can’t recommend'];

/**
 * Plural nouns right after a score that make it a score others gave: "all the 10/10 reviews",
 * "the 9/10 ratings it gets". The writer's own score names no reviews.
 */
export const OTHERS_SCORE_NOUNS: readonly string[] = ['reviews', 'ratings', 'scores', 'reviewers', 'votes'];

/**
 * Parts of a work a review scores one by one ("Story: 8/10", "Sound 4/10", "Voice acting is
 * 10/10", "Everything else (2/10)"): a score right after one is the part's. The verdict on the
 * whole is a score that names no part, whichever comes last.
 */
export const SCORED_PARTS: readonly string[] = [
  'story', 'plot', 'art', 'art style', 'animation', 'sound', 'music', 'soundtrack', 'ost', 'character', 'characters',
  'cast', 'acting', 'voice acting', 'visuals', 'enjoyment', 'pacing', 'writing', 'direction', 'cinematography',
  'effects', 'dialogue', 'script', 'world building', 'worldbuilding', 'everything else', 'opening', 'ending',
  'themes', 'production', 'cg', 'cgi', 'graphics', 'fights',
];

/**
 * Things a work holds many of, named in the plural right after a score: the score rates them, not
 * the work ("a 7/10 show with 12/10 moments", "some 10/10 characters", "10/10 fights"). The verdict
 * on the whole is the other score, if any. Read in lower case only: a capitalised word after a
 * score opens the next line of a list ("Story 8/10 Characters 9/10").
 */
export const SCORED_PLURALS: readonly string[] = [
  'moments', 'scenes', 'episodes', 'chapters', 'arcs', 'songs', 'tracks', 'performances', 'characters', 'villains',
  'fights', 'battles', 'visuals', 'effects', 'graphics', 'themes', 'jokes', 'twists', 'openings', 'endings', 'vibes',
];

/**
 * Genre words that name a scored part only when a mark joins them to the score ("Comedy: 6/10",
 * "Romance (3/10)"): bare before a score they describe the whole work ("a fun romantic comedy 8/10").
 */
export const SCORED_GENRE_PARTS: readonly string[] = ['action', 'comedy', 'romance'];


/**
 * Besides {@link SCORED_PARTS}, what a score scores when "for" names it after the score: a stretch
 * of the work ("8/10 for the first season", "a 9 for the early arcs") or one quality of it ("a 10
 * for effort", "10/10 for nostalgia"). The whole work is scored "for me" or "for this show".
 */
export const PARTS_AFTER_FOR: readonly string[] = [
  'first', 'second', 'third', 'last', 'final', 'early', 'earlier', 'later', 'rest', 'opening', 'beginning', 'start',
  'filler', 'fillers', 'dub', 'sub', 'manga', 'effort', 'nostalgia', 'originality', 'concept', 'premise', 'idea', 'fight', 'fight scenes', 'villain', 'villains',
];

/** The giving verbs a denial before a score governs ("can't give it a 9", "never rates it"). */
export const DENIED_GIVING_VERBS: readonly string[] = ['give', 'gives', 'rate', 'rates', 'score', 'scores', 'grade', 'grades'];

/** Words after a giving verb that make a bound, so the score is the writer's own ("can't give it less than 9"). */
export const GIVING_BOUND_WORDS: readonly string[] = ['than', 'more', 'less', 'anything'];

/** Whole words that deny the giving verb after them ("I will not rate it", "cannot give it"); the contraction "n't" is read apart. */
export const GIVING_DENIALS: readonly string[] = ['not', 'never', 'cannot'];

/** The articles that may stand right before a score ("give it a 9", "an 8"). */
export const SCORE_ARTICLES: readonly string[] = ['a', 'an'];

/** Determiners between "for" and a scored part ("10 for the soundtrack", "8 for its villain alone"). */
export const PART_DETERMINERS: readonly string[] = ['the', 'its', 'his', 'her', 'their', 'my', 'this', 'that'];
