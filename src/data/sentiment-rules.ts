/** Word-level sentiment rules that wink's lexicon lacks. Each is a general habit of English. */
import { FIRST_PERSON_LOWER } from './pronouns';

/**
 * Prefixes that negate the stem: when the whole word is not in the lexicon but the stem is,
 * the word scores minus the stem ("unimportant" = -"important", "unfunny" = -"funny").
 */
export const NEGATING_PREFIXES: readonly string[] = ['un'];

/** Shortest word a negating prefix is read off (so "under", "until", "unit" are left alone). */
export const MIN_PREFIXED_LENGTH = 6;



/**
 * "too" before a word that is not praise marks excess, which in a review is a criticism
 * ("too many characters", "too long", "a bit too annoying"); "too good" and "me too" are left alone.
 */
export const EXCESS_WORDS: ReadonlySet<string> = new Set(['too', 'overly']);

/** The score an excess marker adds. */
export const EXCESS_SCORE = -0.4;

/**
 * Words review writers use to label the parts of a review ("Verdict", "Summary", "Recognition").
 * They name the structure, not an opinion, so their lexicon scores are dropped.
 */
export { ONE_WORD_HEADINGS as STRUCTURE_WORDS } from './heading-words';

/**
 * Words the lexicon scores that hold no opinion in a review: "left" tells where people went or what
 * remains ("she left him", "two guards are left"), "behind" where something is ("the story behind
 * it", "behind the camera"), "struck" what caught the writer's eye or what hit whom ("what struck
 * me", "struck by lightning"). Their hits are dropped; the blame "it left me
 * cold" holds is read as a phrase (src/data/sentiment-verdicts.ts), and a review blaming with
 * "left" alone ("I left halfway through") loses it: fewer reviews do so than tell the story with it.
 */
export const NOT_OPINION_WORDS: ReadonlySet<string> = new Set(['left', 'behind', 'struck', 'down']);

/**
 * Contrast words: the clause after "but" / "however" carries the writer's verdict ("The cast is
 * fine, but the plot is a mess"), so it weighs {@link CONTRAST_AFTER} and the clause before
 * {@link CONTRAST_BEFORE}. "though" is none: inside a sentence the clause after it concedes ("The
 * songs are lovely, though the plot drags"), and closing one it turns against the sentence before
 * ("The pacing is awful, though."), so neither makes the clause after it the point.
 */
export const CONTRAST_WORDS: ReadonlySet<string> = new Set(['but', 'however', 'yet', 'nevertheless', 'nonetheless', 'still']);

/** Concessive openers: "Although the acting is good, the film drags" (the first clause concedes). */
export const CONCESSIVE_OPENERS: ReadonlySet<string> = new Set(['although', 'though', 'while', 'whilst', 'despite', 'even']);

export const CONTRAST_BEFORE = 0.5;
export const CONTRAST_AFTER = 1.5;

/** Words that strengthen the opinion word right after them ("really good", "extremely boring"). */
export const INTENSIFIERS: ReadonlySet<string> = new Set([
  'very', 'really', 'so', 'extremely', 'absolutely', 'totally', 'incredibly', 'truly', 'highly', 'completely',
  'utterly', 'super', 'insanely', 'especially', 'particularly', 'remarkably', 'exceptionally', 'thoroughly', 'deeply',
]);

/** Words that soften it ("slightly boring", "somewhat good"). */
export const HEDGES: ReadonlySet<string> = new Set(['slightly', 'somewhat', 'fairly', 'rather', 'mildly', 'moderately', 'kinda', 'partly']);

export const INTENSIFIER_FACTOR = 1.5;
export const HEDGE_FACTOR = 0.6;

/**
 * Genre and plot vocabulary: words a plot summary uses for what happens ("zombies kill everyone",
 * "the police arrest him", "her son goes missing", "the final battle"), the suffering and strife it
 * is made of ("the hero's pain", "an evil king", "sworn enemies"), and the fear and darkness of
 * a story's mood ("a dark tale", "afraid of the house"), not what the writer thinks. Their lexicon scores count {@link PLOT_WEIGHT} times. Words that judge
 * as often as they describe ("poor", "disaster", "horror", "evil") are not here.
 */
export const PLOT_WORDS: ReadonlySet<string> = new Set([
  'kill', 'kills', 'killed', 'killing', 'killer', 'killers', 'dead', 'death', 'deaths', 'die', 'dies', 'died',
  'dying', 'murder', 'murders', 'murdered', 'murderer', 'zombie', 'zombies', 'virus', 'infected', 'infection',
  'war', 'wars', 'blood', 'crime', 'crimes', 'criminal', 'fight', 'fights', 'fighting', 'attack', 'attacks',
  'attacked', 'violence', 'victim', 'victims', 'monster', 'monsters', 'ghost', 'ghosts', 'demon', 'demons',
  'revenge', 'weapon', 'weapons', 'gun', 'guns', 'shoot', 'escape', 'escapes', 'survive', 'survival',
  'kidnapped', 'apocalypse', 'orphan', 'prison', 'suicide', 'cancer', 'grief', 'mourning', 'cure', 'cured', 'vaccine',
  'antidote', 'police', 'cop', 'cops', 'arrest', 'arrested', 'battle', 'battles', 'terror', 'terrorist', 'terrorists',
  'missing', 'suspect', 'suspects', 'fear', 'afraid', 'dark',
  'pain', 'sadness', 'suffered', 'suffering', 'struggle', 'struggles', 'conflict', 'combat', 'evil', 'enemy', 'enemies',
  'loss', 'hatred', 'tears',
]);
export const PLOT_WEIGHT = 0.5;

/**
 * Phrases that open a verdict: a conclusion ("Overall, …", "All in all, …", "On the whole, …") or
 * the writer weighing what came before and coming down on a side ("That said, …", "Even so, …",
 * "Apart from that, …", "Still, …": with its comma; "Still waiting" is time). Their sentence
 * counts {@link VERDICT_WEIGHT} times.
 */
export const VERDICT_OPENERS: readonly (readonly string[])[] = [
  ['overall'], ['in', 'conclusion'], ['all', 'in', 'all'], ['to', 'sum', 'up'], ['in', 'short'], ['bottom', 'line'],
  ['in', 'the', 'end'], ['verdict'], ['final', 'verdict'], ['final', 'thoughts'], ['in', 'summary'],
  ['on', 'the', 'whole'], ['all', 'things', 'considered'], ['to', 'conclude'], ['in', 'a', 'nutshell'], ['to', 'summarize'],
  ['to', 'summarise'], ['summing', 'up'], ['at', 'the', 'end', 'of', 'the', 'day'], ['on', 'balance'], ['all', 'told'],
  ['that', 'said'], ['having', 'said', 'that'], ['that', 'being', 'said'], ['all', 'that', 'said'], ['with', 'that', 'said'],
  ['even', 'so'], ['apart', 'from', 'that'], ['aside', 'from', 'that'], ['despite', 'that'], ['despite', 'this'],
  ['despite', 'all', 'that'], ['despite', 'all', 'this'], ['all', 'that', 'having', 'been', 'said'],
  ['still', ','],
];

/** Words that may stand before a verdict opener ("But overall, …", "And in the end, …"). */
export const VERDICT_OPENER_LEADS: ReadonlySet<string> = new Set(['but', 'and', 'so', 'still']);
export const VERDICT_WEIGHT = 2.5;

/**
 * A sentence that holds quoted speech is partly someone else's: the praise or blame inside the
 * marks is the speaker's, not the writer's verdict (news quoting a star's delight, a review quoting
 * a character's threat or a critic's line), and the words around it mostly frame it. Its weight is
 * multiplied by this.
 */
export const QUOTING_SENTENCE_WEIGHT = 0.7;
/**
 * What a sentence reporting others' view of the work (`SentenceScore.others`: "people say it
 * drags") weighs in a stretch where plot description weighs less: nothing. The view is someone
 * else's, which a review names to answer it; the writer's answer, in the sentences around it,
 * decides. A text that says nothing else is read from it all the same.
 */
export const OTHERS_VIEW_WEIGHT = 0;

/**
 * Lines that open the readers' comments below a post ("Comments", "12 Responses", "Leave a
 * Reply"), as their words read with numbers and punctuation left out: what follows is not the
 * writer's. A line that goes on ("Comments on the last episode") is the writer's own heading.
 */
export const COMMENTS_OPENERS: readonly (readonly string[])[] = [
  ['comments'], ['comment'], ['responses'], ['replies'], ['reader', 'comments'], ['readers', 'comments'],
  ['leave', 'a', 'reply'], ['leave', 'a', 'comment'], ['post', 'a', 'comment'], ['add', 'a', 'comment'],
  ['join', 'the', 'discussion'], ['what', 'readers', 'say'],
];
/**
 * The first words of a comments line that names the post after them ("12 thoughts on “Title”",
 * "3 responses to “Title”"): a number must come before them.
 */
export const COMMENTS_LEADS: readonly (readonly string[])[] = [['thoughts', 'on'], ['responses', 'to'], ['comments', 'on'], ['replies', 'to']];

/** How much an explicit rating ("8/10") counts in the document's score, against the text's. */
export const RATING_WEIGHT = 0.7;

/**
 * A rating above this and up to {@link MIDDLE_RATING_HIGH}, as a score from -1 to 1 ("5/10",
 * "2.5/5", "5.4/10", "6/10", "3/5", "60/100"), is middling: beside any praise and any blame in the
 * text the writer comes down on neither side, and the document is `mixed`. "4.5/10" leans to blame.
 */
export const MIDDLE_RATING_LOW = -0.1;

/**
 * The top of the middling ratings: "6/10" is one, "6.5/10" and "7/10" lean to praise. The band
 * sits above the scale's middle because reviewers grade high: on MyAnimeList, where each writer
 * also says whether they recommend the show, nearly every review scored 6 says "Mixed Feelings",
 * as do most scored 5, while those scored 7 say "Recommended" and those scored 4 "Not Recommended".
 */
export const MIDDLE_RATING_HIGH = 0.2;

/**
 * Negative expressions count this many times. Lexicon scores lean positive: writers wrap criticism
 * in positive words ("not good", "good actors wasted", "the only good thing") far more often than
 * the reverse, and reviewers hedge their complaints. Lexicon-based systems weigh negative words up
 * to correct for it (Taboada et al. 2011, "Lexicon-Based Methods for Sentiment Analysis",
 * Computational Linguistics 37(2), weigh every negative expression by 1.5).
 */
export const NEGATIVE_WEIGHT = 1.5;

/**
 * A negated word of blame counts this share of its score, turned round: "not bad", "isn't the
 * worst", "not too boring" are faint praise or a concession, never the praise "good" or "the best"
 * would be. Negation shifts a word's score towards the other side rather than mirroring it
 * (Taboada et al. 2011, as above); negated praise ("not good", "not funny") keeps its full weight,
 * as reviewers wrap their complaints in it.
 */
export const NEGATED_BLAME_WEIGHT = 0.5;


/**
 * Verbs of a warning to the reader: "Don't buy it", "Do not waste your time", "Never order here".
 * Warning readers off is a review's plainest blame; plain negation would flip "waste" to praise.
 * Verbs whose warning is as often advice ("don't go in expecting …", "don't miss it") are left out.
 */
export const WARNING_VERBS: ReadonlySet<string> = new Set(['buy', 'waste', 'bother', 'watch', 'rent', 'order', 'purchase', 'trust']);

/** Words that may open a warning before "don't" / "do not" / "never" ("Please don't buy it"). */
export const WARNING_LEADS: ReadonlySet<string> = new Set(['please', 'so', 'just', 'and', 'but', 'seriously']);

/** Words that may stand between "don't" / "do not" / "never" and a warning's verb ("Don't even bother", "Never ever buy it"). */
export const WARNING_ADVERBS: ReadonlySet<string> = new Set(['even', 'ever']);

/** The score of a warning. */
export const WARNING_SCORE = -0.6;

/**
 * Words of absence: the opinion word right after them, or one word later ("lacks charm", "without
 * any tension", "devoid of humour"), is negated, as it is after a negator ({@link NEGATORS}).
 * "less" lowers what it comes before ("less and less captivating", "less than memorable"); after a
 * negator it turns back ("no less impressive", "nothing less than amazing").
 */
export const ABSENCE_WORDS: ReadonlySet<string> = new Set(['lack', 'lacks', 'lacked', 'lacking', 'without', 'devoid', 'absent', 'absence', 'less']);

/**
 * Words of absence that are none right after a given word: "more or less coherent" says about
 * coherent, with "less" a part of the hedge, not a lowering.
 */
export const ABSENCE_UNLESS_AFTER: ReadonlyMap<string, string> = new Map([['less', 'or']]);

/**
 * Negators: an opinion word is negated when one of these stands at most {@link NEGATION_SCOPE}
 * words before it in its sentence ("not good", "never really liked", "hardly a dull moment"), as
 * VADER reads negation. wink negates every word up to the next punctuation, which reaches too far
 * ("no complaints about the sound quality").
 */
export const NEGATORS: ReadonlySet<string> = new Set([
  'not', 'no', 'never', 'none', 'nobody', 'nothing', 'nowhere', 'neither', 'nor', 'cannot', 'hardly', 'barely', 'scarcely',
]);
export const NEGATION_SCOPE = 3;

/**
 * Subject pronouns that open a clause of their own after a punctuation mark: a negator before
 * that mark does not reach an opinion word after it ("I won't lie, I loved it"; "I expected it
 * to be dull and it wasn't, I was hooked"). A list after a negator keeps it ("not funny, clever
 * or moving"): only a new subject ends the scope.
 */
export const CLAUSE_SUBJECTS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they']);

/**
 * Verbs of judging that carry a negator before them onto the clause they take ("I didn't find the
 * jokes funny", "I don't think the ending is good", "it doesn't seem like a clever twist"): the
 * negation of a "neg-raising" verb denies its complement (Horn 1989, "A Natural History of
 * Negation"), however many words later the opinion word stands. So does "saying", the writer
 * denying a judgement ("I'm not saying the pacing is bad"); not "say", as "I can't say enough
 * good things about it" praises. "expect" and "imagine" are none:
 * "I didn't expect it to be this good" praises. Followed by "of" the verb recalls rather than
 * judges ("I can't think of a better way"), unless an "as" names the judgement ("I never thought
 * of it as great art").
 */
export const NEG_RAISING_VERBS: ReadonlySet<string> = new Set([
  'think', 'thinks', 'thought', 'believe', 'believes', 'believed', 'find', 'finds', 'found', 'consider', 'considers',
  'considered', 'feel', 'feels', 'felt', 'seem', 'seems', 'seemed', 'suppose', 'reckon', 'saying',
]);
/** How many words before an opinion word the negated verb of {@link NEG_RAISING_VERBS} may stand. */
export const NEG_RAISING_SPAN = 8;
/**
 * Words that end the carried negation: one that opens another clause ("I didn't think so, but the
 * ending is great"; "I don't find it odd when the hero wins"), or "ever", which the negation
 * licenses and which takes it over: "I don't think I've ever seen a better film" praises. "or"
 * is none: it joins the objects of the verb more often than clauses ("I didn't find the jokes or
 * the gags funny").
 */
export const NEG_RAISING_STOPS: ReadonlySet<string> = new Set([
  'but', 'and', 'because', 'although', 'though', 'while', 'when', 'since', 'so', 'yet', 'if', 'unless', 'until', 'which',
  'who', 'where', 'how', 'ever',
]);
/**
 * Modals that make a negated verb of judging a surprise, not a denial, after "never" or with "so"
 * before the opinion word: "I never thought I would love it", "I didn't think it would be so
 * funny" say the writer does.
 */
export const NEG_RAISING_SURPRISE_MODALS: ReadonlySet<string> = new Set(['would', 'could']);
/**
 * Modals before a negated "believe" that make it astonishment, not a denial: "I couldn't believe
 * how good it was", "I can't believe I enjoyed it" (the tokenizer splits "can't" into "ca" + "n't").
 */
export const DISBELIEF_MODALS: ReadonlySet<string> = new Set(['ca', 'can', 'cannot', 'could', 'couldn']);
/** "that" as the tokenizer may give it ("thats", written without its apostrophe, is one word): it may open a relative clause, which ends the carried negation. */
export const RELATIVE_THAT: ReadonlySet<string> = new Set(['that', 'thats']);
/** Words that, right before an opinion word, say how much ("so dreadful", "that funny"): neither a clause's start nor its end. */
export const DEGREE_WORDS: ReadonlySet<string> = new Set(['so', 'that', 'thats']);

/**
 * A negated "can" with "enough" after it is praise beyond words, no negation: "I can't say enough
 * good things", "I can't praise it enough", "I cannot thank them enough". The modal's words as the
 * tokenizer gives them ("can't" is "ca" + "n't", "cannot" one word), and how many words past the
 * opinion word "enough" may stand.
 */
export const EMPHATIC_MODALS: ReadonlySet<string> = new Set(['ca', 'can', 'cannot', 'could', 'couldn']);
export const EMPHATIC_ENOUGH_AFTER = 4;
/** The verbs of that praise, right after the negator: saying it, urging it, thanking; not "get" ("could not get a strong enough signal"). */
export const EMPHATIC_VERBS: ReadonlySet<string> = new Set(['say', 'praise', 'recommend', 'thank', 'stress', 'emphasize', 'emphasise', 'rave', 'express', 'applaud', 'commend']);

/**
 * Two-word negators: "far from" denies what follows it as "not" does ("far from perfect" is blame,
 * "far from boring" praise, "far from the worst" faint praise), read at its "from", which must
 * come right after "far". Each entry maps that last word to the word before it.
 */
export const NEGATOR_PAIRS: ReadonlyMap<string, string> = new Map([['from', 'far']]);

/**
 * A negator before a partitive scopes over the noun phrase the partitive opens: "not one of his
 * best", "hardly among the year's finest", "never been one of my favourites" deny the praise word
 * inside it, however far it stands from the negator. The partitive opens with "one of" or "among";
 * "one" must come right before "of" ("none of the good guys" names people, it judges nothing).
 */
export const PARTITIVE_OPENERS: ReadonlySet<string> = new Set(['among', 'amongst']);
/** The word that makes "of" a partitive when it stands right before it ("one of"). */
export const PARTITIVE_OF_LEADS: ReadonlySet<string> = new Set(['one']);
/**
 * Negators that deny a partitive after them. Not the quantifiers ("no", "none", "nobody",
 * "nothing"): "nobody among the good guys" names people, and "no one of" is rare and mostly "nobody".
 */
export const PARTITIVE_NEGATORS: ReadonlySet<string> = new Set(['not', 'never', 'nor', 'cannot', 'hardly', 'barely', 'scarcely']);
/**
 * Words that may stand between the negator and the partitive: a copula ("never been one of") or a
 * softener ("not quite among"). Not "only" or "just": "not only one of the best" praises.
 */
export const PARTITIVE_BRIDGES: ReadonlySet<string> = new Set(['be', 'been', 'really', 'quite', 'exactly', 'even', 'necessarily', 'truly']);
/**
 * The parts of speech of a partitive's noun phrase before the opinion word ("the year 's", "the
 * most", "Marvel 's"), besides the possessives of {@link PARTITIVE_POSSESSIVES}: a verb, another
 * pronoun ("that", "who" open a clause), adposition, conjunction or punctuation ends it, so "not
 * one of the scenes was dull" and "not one of the films that bored me" deny nothing.
 */
export const PARTITIVE_PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'ADV', 'NOUN', 'PROPN', 'PART', 'NUM']);
/** The pronouns a partitive's noun phrase may hold: possessives ("one of his best"). */
export const PARTITIVE_POSSESSIVES: ReadonlySet<string> = new Set(['my', 'his', 'her', 'its', 'their', 'our', 'your']);
/**
 * The parts of speech of an opinion word a negated partitive denies: the praise word of a ranking
 * ("best", "favourites", "highlights", "most memorable"); a noun only as the head of the phrase
 * ("one of the fan moments" judges nothing); no adverb ("one of the most well known" ranks fame).
 */
export const PARTITIVE_HIT_POS: ReadonlySet<string> = new Set(['ADJ', 'NOUN']);
/**
 * Determiners that make the partitive a kind, not a rank: "not one of those bad movies you laugh at"
 * says which kind the work is not, and denies no praise.
 */
export const PARTITIVE_KIND_DETERMINERS: ReadonlySet<string> = new Set(['those', 'these']);
/** The most words of that noun phrase between the partitive and the opinion word. */
export const PARTITIVE_SPAN = 5;

/**
 * Modals that, before "have been", tell what did not happen ("it could have been great", "the
 * ending should have been better"): an opinion word in the clause after them is unrealised, and
 * says the opposite of the work ("could have been great" is blame, "could have been worse" faint
 * praise), as irrealis markers block or turn an opinion in lexicon-based scoring (Taboada et al.
 * 2011). "must have been" guesses at what did happen ("it must have been amazing in the cinema"),
 * so "must" is none of them.
 */
export const COUNTERFACTUAL_MODALS: ReadonlySet<string> = new Set(['could', 'would', 'should', 'might', 'coulda', 'woulda', 'shoulda']);
/** Words after "have been" ("been" alone after "coulda") that a counterfactual modal reaches, up to the clause's punctuation. */
export const COUNTERFACTUAL_SCOPE = 4;

/**
 * The score of a sentence without opinion words that holds a negator ("It does not stay on my
 * ear", "Never got it"). Negation is itself a mark of negative opinion in reviews: it is used far
 * more in low-rated reviews than in high-rated ones (Potts 2011, "On the negativity of negation",
 * Semantics and Linguistic Theory 20). A weak cue, so it only tips a sentence that has no other.
 */
export const NEGATION_CUE_SCORE = -0.1;

/**
 * A sentence that neither speaks in the first person nor names the work or a part of it reads as
 * plot description, not verdict: it counts this many times in its stretch.
 */
export const PLOT_SENTENCE_WEIGHT = 0.6;
/**
 * In the whole document plot description weighs less again: a long post that retells a dark story
 * (deaths, war, crime) and likes the work is judged by the writer's own sentences, while inside a
 * section, a short stretch on one topic, what happens in a scene is often what the section judges.
 */
export const PLOT_DOCUMENT_WEIGHT = 0.4;
/** Plot description is told from verdict only in a stretch of at least this many scored sentences. */
export const PLOT_MIN_SENTENCES = 3;

/** First-person words: the writer speaks for themself. */
export const FIRST_PERSON_WORDS: readonly string[] = ['i', ...FIRST_PERSON_LOWER];

/**
 * First-person plural words: a column speaks for its readers or for viewers at large ("we learn
 * why", "our hero"), while news keeps them inside the quotes of the people it reports. "US" in
 * capitals is the country, not the pronoun.
 */
export const FIRST_PERSON_PLURAL_WORDS: readonly string[] = ['we', 'us', 'our', 'ours', 'ourselves'];

/**
 * Linking verbs: with an adjective after them ("the pacing is slow", "it feels rushed", "the
 * leads were a delight to watch") a sentence says what something is like, the shape of an
 * evaluation; news tells what people did. A possessive "'s" is no linking verb.
 */
export const LINKING_VERBS: readonly string[] = [
  'is', 'was', 'are', 'were', 'be', 'been', 'being', "'s", '’s', "'re", '’re', 'seem', 'seems', 'seemed', 'feel', 'feels', 'felt',
  'look', 'looks', 'looked', 'remain', 'remains', 'remained', 'sound', 'sounds', 'sounded', 'become', 'becomes', 'became',
];
/**
 * Words for other people as a crowd ("people", "haters", "critics"): followed by one of
 * {@link OTHERS_VIEW_VERBS} they report what others think of the work, which a review mostly sets up
 * to answer ("People say it is too long, but …"), not the writer's own verdict.
 */
export const OTHERS_WORDS: readonly string[] = [
  'people', 'haters', 'critics', 'others', 'viewers', 'fans', 'folks', 'reviewers', 'detractors', 'naysayers',
];
/**
 * Verbs of saying or holding a view that, after one of {@link OTHERS_WORDS}, report others' view:
 * in any tense, as a participle too ("people complaining about the pacing", "haters saying it is
 * too long"), where the group names who holds the view without a finite verb.
 */
export const OTHERS_VIEW_VERBS: readonly string[] = [
  'say', 'says', 'said', 'saying', 'think', 'thinks', 'thought', 'thinking', 'claim', 'claims', 'claimed', 'claiming',
  'complain', 'complains', 'complained', 'complaining', 'call', 'calls', 'called', 'calling', 'find', 'finds', 'found',
  'criticise', 'criticize', 'criticised', 'criticized', 'criticising', 'criticizing', 'argue', 'argues', 'argued', 'arguing',
  'consider', 'hate', 'hates', 'hated', 'hating', 'dislike', 'disliked', 'whine', 'whining', 'moan', 'moaning', 'bash', 'bashing',
  'believe', 'feel', 'felt',
];
/**
 * Quantifiers that stand for a group of people when a verb of {@link OTHERS_VIEW_VERBS} follows them
 * at once, or after one of {@link OTHERS_PRONOUN_MODALS}: "Some say it drags", "many would argue the
 * ending is rushed", "most will call it overlong". Before anything else they are determiners ("some
 * scenes feel rushed" is the writer's own), so only the verb right after makes them the speaker.
 */
export const OTHERS_PRONOUNS: readonly string[] = ['some', 'many', 'most'];
/** Modals that may stand between one of {@link OTHERS_PRONOUNS} and its verb of saying ("some might say"). */
export const OTHERS_PRONOUN_MODALS: readonly string[] = ['will', 'would', 'might', 'may', 'could', 'can', 'do', 'did', 'probably'];
/**
 * Words that, between one of {@link OTHERS_WORDS} and its verb, make it the writer's forecast, not
 * others' view reported: "fans will find plenty to love" recommends the work to them. A first-person
 * word there joins the writer to the group ("viewers like me find it dull"), so it ends the group too.
 */
export const OTHERS_FORECAST_WORDS: readonly string[] = ['will', "'ll", '’ll', 'should'];
/**
 * Words that, right before one of {@link OTHERS_WORDS}, make the group the audience the writer
 * speaks of, not the speaker: "worth the time for people who think about plot" is the writer's verdict.
 */
export const OTHERS_AUDIENCE_WORDS: readonly string[] = ['for', 'to'];
/**
 * The group must open its sentence, within this many words ("A lot of people complain …"): as the
 * subject of the sentence it makes the whole sentence their view, while a group named later reports
 * a side clause beside the writer's own words.
 */
export const OTHERS_LEAD_WORDS = 5;
/** Words that may stand between one of {@link OTHERS_WORDS} and its verb ("people who say", "critics might call", "people tend to criticise"). */
export const OTHERS_VIEW_GAP = 2;

/** Adverbs and determiners a linking verb's adjective may stand after ("is not very good", "was a truly great"). */
export const PREDICATE_GAP = 3;

/**
 * Parts of a work a verdict names (with the work nouns: "film", "show", …): a sentence about "the
 * pacing" or "the cast" judges the work, one about what its people do tells the story.
 */
export const EVALUATIVE_WORDS: readonly string[] = [
  'acting', 'plot', 'script', 'performance', 'performances', 'cast', 'writing', 'dialogue', 'dialog', 'direction',
  'cinematography', 'soundtrack', 'pacing', 'visuals', 'effects', 'animation',
];

/** Words that report what someone else said: a sentence holding one is not the writer's opinion. */
export const REPORTING_WORDS: readonly string[] = [
  'said', 'says', 'told', 'tells', 'according', 'added', 'adds', 'explained', 'stated', 'announced', 'claimed',
  'insisted', 'reported', 'quoted', 'wrote', 'writes',
];

/**
 * Almost no opinion: one sentence at most with opinion words of the writer's own, at most this
 * many of them, and fewer than {@link NEUTRAL_MAX_DENSITY} per word of the stretch, make it
 * `neutral` ("I watched it with my sister, who is keen on zombie films"). A short verdict
 * ("It was good.") is dense, and two verdicts are more than almost none: they keep their label.
 */
export const NEUTRAL_MAX_HITS = 2;
export const NEUTRAL_MAX_DENSITY = 0.1;

/** `mixed`: the smaller of praise and blame is at least this share of the larger. */
export const MIXED_RATIO = 0.74;
/** Stretches with at most this many opinion sentences need no more than balance for `mixed`. */
export const MIXED_SHORT_SENTENCES = 3;
/** Longer stretches: each side sums to this much (in sentence means), … */
export const MIXED_LONG_MASS = 1.5;
/** … to this much per opinion sentence, … */
export const MIXED_LONG_PER_SENTENCE = 0.15;
/** … and the score stays within this band. */
export const MIXED_LONG_SCORE_BAND = 0.1;
/**
 * A whole document is `mixed` only when each side sums to this much, and its score stays within
 * {@link MIXED_DOCUMENT_SCORE_BAND}: a review of a dozen sentences that praises and blames is still
 * read for its verdict, while a long post that gives as much to each side (the best and the worst
 * of a season) is mixed. A section keeps the bar of {@link MIXED_LONG_MASS}: an answer of a few
 * sentences that weighs both sides is mixed.
 */
export const MIXED_DOCUMENT_MASS = 8;
export const MIXED_DOCUMENT_SCORE_BAND = 0.2;

/**
 * Confidence of `positive` / `negative`: a logistic curve in |score| and the balance of the
 * writer's praise and blame (the smaller side over the larger, 0..1: a reading whose two sides come
 * close is less sure of its sign), fitted (`node scripts/eval-sentiment.mjs --fit`) on half A of
 * the IMDb reviews (less the dev set's rows) to whether the score's sign matches the reader's
 * label. The number of opinion words is no term: its fitted weight could not be told from zero,
 * and a term the data cannot pin down moves the others whenever a few reviews change.
 */
export const SURE_INTERCEPT = 1.38;
/** The curve's weight on |score| (see {@link SURE_INTERCEPT}). */
export const SURE_SCORE_WEIGHT = 5.14;
/** The curve's weight on the balance of praise and blame (see {@link SURE_INTERCEPT}). */
export const SURE_BALANCE_WEIGHT = -1.31;

/**
 * The report model (see `reportFeatures`, same order): logistic regression fitted
 * (`node scripts/eval-sentiment.mjs --fit`) on half A of the IMDb reviews (less the dev set's rows) and the fan
 * reviews at even rows of the corpus's `reviews-by-work/mal-bigthree.csv` (less the labelled sets' rows), which
 * judge in the third person more often, against every other BBC entertainment article of the corpus, outside the
 * development set (reports). A document
 * at or above {@link REPORT_THRESHOLD} is `neutral`: its writer reports and holds no opinion.
 */
export const REPORT_FEATURE_WEIGHTS: readonly number[] = [-7.21, 11.56, 5.26, -5.33, -8.28, -4.87, 10.61, 34.19, -4.78, -8.71, 2.45, -8.41, -12.5, -1.41];
export const REPORT_INTERCEPT = -1.99;
export const REPORT_THRESHOLD = 0.5;
/**
 * A writer who judges in the first person in at least {@link FIRST_PERSON_OPINION_MIN} of their
 * own opinion sentences, and in at least {@link FIRST_PERSON_OPINION_SHARE} of them, gives an
 * opinion, whatever else the voice of the text says: "I found the ending cheap" is no report. A
 * news article's first person is mostly in its quotes, or once in passing.
 */
export const FIRST_PERSON_OPINION_MIN = 3;
/** See {@link FIRST_PERSON_OPINION_MIN}. */
export const FIRST_PERSON_OPINION_SHARE = 0.25;
/** The closing sentences of a text whose judgements the report model reads as its verdict. */
export const CLOSING_SENTENCES = 3;
/** Body sentences a document needs before its voice can tell a report (shorter: never a report). */
export const REPORT_MIN_SENTENCES = 5;
