/**
 * Words that judge a work, a product or a meal in reviews and that wink's general lexicon lacks
 * (it scores "dull", "superb", "binge-worthy", but not "mediocre", "predictable" or "tasty").
 * Chosen by hand as review vocabulary, not learned from any evaluation set; scores on wink's scale
 * (an AFINN score over 5): ±0.4 for a plain judgement, ±0.6 for a strong one, 0.8 for the
 * strongest. Words as often neutral as evaluative ("dated", "cheesy", "wooden", "rushed", "flat")
 * are left out. Used only where wink found no hit on the word; the sentiment stage's negation still applies.
 */
export const REVIEW_LEXICON: ReadonlyMap<string, number> = new Map([
  // The work: story, writing, acting, pace.
  ['mediocre', -0.4], ['predictable', -0.4], ['tedious', -0.6], ['overlong', -0.4], ['overrated', -0.4],
  ['overhyped', -0.4], ['unwatchable', -0.6], ['cliched', -0.4], ['clichéd', -0.4], ['cliche', -0.4],
  ['cliché', -0.4], ['cliches', -0.4], ['clichés', -0.4], ['formulaic', -0.4], ['derivative', -0.4],
  ['bland', -0.4], ['contrived', -0.4], ['convoluted', -0.4], ['implausible', -0.4], ['nonsensical', -0.4],
  ['laughable', -0.6], ['cringey', -0.4], ['cringy', -0.4], ['cringeworthy', -0.6], ['abysmal', -0.8],
  ['trash', -0.4], ['slog', -0.4], ['choppy', -0.4], ['corny', -0.4], ['stilted', -0.4], ['clunky', -0.4],
  ['overacted', -0.4], ['overacting', -0.4], ['melodramatic', -0.4], ['meandering', -0.4], ['shallow', -0.4],
  ['unconvincing', -0.4], ['unlikable', -0.4], ['unlikeable', -0.4], ['grating', -0.4], ['subpar', -0.4],
  ['sub-par', -0.4], ['second-rate', -0.6], ['third-rate', -0.6], ['half-baked', -0.4], ['underwhelming', -0.4],
  ['underwhelmed', -0.4], ['letdown', -0.4], ['slow', -0.2],
  ['riveted', 0.4], ['compelling', 0.4], ['immersive', 0.4], ['witty', 0.4], ['nuanced', 0.4],
  ['masterfully', 0.6], ['genius', 0.6], ['underrated', 0.4], ['convincing', 0.4], ['believable', 0.4],
  ['unforgettable', 0.6], ['stellar', 0.6], ['spot-on', 0.4], ['addicting', 0.4], ['bingeworthy', 0.6],
  ['depth', 0.4], ['underdeveloped', -0.4], ['impeccable', 0.6], ['electrifying', 0.6], ['suspenseful', 0.4],
  ['unique', 0.4], ['standout', 0.4], ['lackluster', -0.4], ['lacklustre', -0.4], ['bingeable', 0.6],
  ['rewatchable', 0.4], ['re-watchable', 0.4], ['unmissable', 0.6], ['hackneyed', -0.4], ['schmaltzy', -0.4],
  ['mawkish', -0.4], ['saccharine', -0.4], ['meh', -0.4], ['snoozefest', -0.6], ['trainwreck', -0.6],
  // Products and service.
  ['overpriced', -0.4], ['ripoff', -0.6], ['flimsy', -0.4], ['malfunctioned', -0.4], ['malfunctions', -0.4],
  ['unresponsive', -0.4], ['laggy', -0.4], ['glitchy', -0.4], ['buggy', -0.4],
  ['sturdy', 0.4], ['intuitive', 0.4], ['cozy', 0.4], ['cosy', 0.4],
  // Food.
  ['stale', -0.4], ['soggy', -0.4], ['greasy', -0.4], ['overcooked', -0.4],
  ['tasty', 0.4], ['flavorful', 0.4], ['flavourful', 0.4],
]);

/**
 * Verb lemmas whose lexicon score belongs to the noun: a film that "stars" or "starred" someone
 * tells its cast, not the writer's praise of it ("a star turn" keeps its score as a noun). wink's
 * own lexicon scores "starring"; that hit is left to it: dropping it made the label confidence
 * worse on the reviews it is fitted on ("a starring role" is often praise).
 */
export const UNSCORED_VERB_LEMMAS: ReadonlySet<string> = new Set(['star']);
