/** Verbs that introduce or follow quoted words ("as On-Jo says", "said Mr Weitz"). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'ask', 'asks', 'asked', 'add', 'adds', 'added',
  'explain', 'explains', 'explained', 'reply', 'replies', 'replied', 'answer', 'answers', 'answered',
  'write', 'writes', 'wrote', 'tweet', 'tweets', 'tweeted', 'post', 'posted', 'state', 'states', 'stated',
  'elaborate', 'elaborates', 'elaborated', 'continue', 'continues', 'continued', 'note', 'notes', 'noted',
  'claim', 'claims', 'claimed', 'promise', 'promises', 'promised', 'announce', 'announces', 'announced',
  'declare', 'declares', 'declared', 'insist', 'insists', 'insisted', 'shout', 'shouts', 'shouted',
  'yell', 'yells', 'yelled', 'scream', 'screams', 'screamed', 'whisper', 'whispers', 'whispered',
  'cry', 'cries', 'cried', 'exclaim', 'exclaims', 'exclaimed', 'reveal', 'reveals', 'revealed',
  'admit', 'admits', 'admitted', 'comment', 'comments', 'commented', 'remark', 'remarks', 'remarked',
  'recall', 'recalls', 'recalled', 'describe', 'describes', 'described', 'call', 'calls', 'called',
  'joke', 'jokes', 'joked', 'warn', 'warns', 'warned', 'confirm', 'confirms', 'confirmed',
  'mutter', 'mutters', 'muttered', 'murmur', 'murmurs', 'murmured', 'beg', 'begs', 'begged',
  'respond', 'responds', 'responded', 'quip', 'quips', 'quipped', 'sing', 'sings', 'sang',
  // Voicing words aloud, as a crowd or a character does ("kept chanting “one more song”").
  'chant', 'chants', 'chanted', 'chanting', 'singing', 'shouting', 'yelling', 'screaming', 'whispering',
  // Narrative verbs of speech, as novels and long reviews use them. Forms that are also common
  // nouns ("thought", "object", "return", "cry") are left out.
  'returned', 'retorted', 'retorts', 'ejaculated', 'confessed', 'confesses', 'ventured', 'sobbed', 'laughed',
  'sighed', 'snapped', 'protested', 'demanded', 'demands', 'inquired', 'inquires', 'enquired', 'observed',
  'interrupted', 'urged', 'pleaded', 'suggested', 'suggests', 'agreed', 'repeated', 'groaned', 'gasped',
  'breathed', 'mused', 'reflected', 'persisted', 'resumed', 'concluded', 'concludes', 'assented', 'objected',
  'faltered', 'stammered', 'growled', 'grunted', 'hissed', 'roared', 'wailed', 'moaned', 'chuckled',
  'giggled', 'argued', 'argues', 'countered', 'reminded', 'reminds', 'assured', 'assures', 'began',
  'scolded', 'grumbled', 'sneered', 'insisted', 'exclaims',
]);

/**
 * Pronouns that point back to the last named person ("He said, “…”"). "They" is left out: it
 * speaks for groups and firms ("they added"), seldom for one named person.
 */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);

/** Auxiliaries and adverbs that may stand between a speaker and the verb ("Netflix has promised"). */
export const VERB_FILLERS: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'was', 'is', 'also', 'once', 'then', 'later', 'even', 'just', 'already', 'again',
  'finally', 'recently', 'previously', 'famously', 'simply', 'only', 'still', 'has', 'had', 'would', 'will',
  // "Sir William thus began", "Anne herself answered"
  'thus', 'herself', 'himself',
]);

/**
 * Verbs of judging someone or something in words; their object is never the speaker ("X praised
 * Y: “…”" is X's). Not "dubbed", "branded", "hailed": mostly passive ("Baywatch dubbed 'worst'").
 */
export const EVALUATIVE_VERBS: ReadonlySet<string> = new Set([
  'criticised', 'criticized', 'praised', 'slammed', 'slated', 'likened', 'likens',
]);

/**
 * Reporting verbs that attribute a quote in news ("he complained", "she conceded") but are kept
 * out of {@link SPEECH_VERBS}, which also feeds the name-kind features and the quote kinds.
 */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'complained', 'complains', 'conceded', 'concedes', 'boasted', 'boasts', 'stressed', 'stresses', 'acknowledged', 'acknowledges',
  // Verbs of judging someone in words ("X criticised TV for being “too safe”"): the subject's words.
  ...EVALUATIVE_VERBS,
  // Narrative verbs of speech that novels use ("“…,” implored Anne").
  'admonished', 'sniffed', 'corroborated', 'queried', 'implored', 'mourned', 'confided', 'reiterated',
  'commanded', 'snorted', 'blurted', 'drawled', 'whimpered', 'stormed', 'chimed',
  'vowed', 'shrieked', 'scoffed', 'rebuked', 'questioned', 'entreated', 'advised', 'flashed', 'smiled', 'puffed', 'comforted',
  // Feature writing's present tense ("“…,” laughs Conti").
  'laughs', 'smiles', 'sighs', 'recounts', 'opined', 'opines',
  // Reports giving a feeling in the person's words ("She expressed her anger at the person who “…”").
  'expressed', 'expresses',
  // Reports of a position held in words ("X maintained the show was safe", "X contends that …").
  'maintained', 'maintains', 'contended', 'contends',
]);

/** Nouns for what someone said, as in "“…” was Marilla's dry response". */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set([
  'comment', 'response', 'answer', 'reply', 'rejoinder', 'remark', 'retort', 'suggestion', 'verdict', 'question', 'advice', 'greeting',
]);

/**
 * Participles naming someone or something in words ("X defended the film, calling it “…”",
 * "citing his hit as “…”"): the name after them is what they name, never the speaker.
 */
export const NAMING_PARTICIPLES: ReadonlySet<string> = new Set(['calling', 'describing', 'citing', 'branding', 'dubbing', 'hailing', 'labelling', 'labeling']);

/**
 * Verbs naming or judging someone or something in words ("X called the reviews “…”", "X described
 * it as “…”"): the words in marks are a label the subject put on a thing, not a clause reporting
 * a statement the next paragraph may go on with.
 */
export const NAMING_VERBS: ReadonlySet<string> = new Set([
  'call', 'calls', 'called', 'describe', 'describes', 'described', 'dub', 'dubs', 'dubbed', 'brand', 'brands', 'branded',
  'label', 'labels', 'labelled', 'labeled', 'hail', 'hails', 'hailed', ...NAMING_PARTICIPLES, ...EVALUATIVE_VERBS,
]);

/**
 * Participles that attribute a quote only after a comma ("Parker praised the film, joking: “…”"),
 * where the sentence's subject speaks; kept apart, since "was telling" or "writing" alone is no cue.
 */
export const PARTICIPLE_VERBS: ReadonlySet<string> = new Set([
  'saying', 'joking', 'adding', 'explaining', 'insisting', 'noting', 'warning', 'quipping', 'declaring', 'arguing',
  'admitting', 'recalling', 'revealing', 'stating', 'claiming', 'confessing', 'conceding', 'telling', 'writing',
  ...NAMING_PARTICIPLES,
]);

/**
 * Words right after a speech verb that make what follows the topic of the words, not the words
 * ("she wrote about the “lazy critics”": the phrase is the topic's name, held up).
 */
export const TOPIC_WORDS: ReadonlySet<string> = new Set(['about']);

/** Parts of speech of the words between a topic word and its quoted phrase: an article, an adjective, an adverb. */
export const TOPIC_PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'ADV']);

/**
 * Nouns naming a saying as a saying, before the saying in marks ("the phrase “…”", "the old
 * adage “…”"): the words are held up as words, whoever first said them.
 */
export const SAYING_NOUNS: ReadonlySet<string> = new Set(['phrase', 'expression', 'saying', 'idiom', 'adage', 'proverb']);

/** Verbs that give a person's view, whose clause may carry their words ("X believes the film will “…”"). */
export const VIEW_VERBS: ReadonlySet<string> = new Set(['believes', 'believed', 'feels', 'felt', 'thinks', 'reckons', 'reckoned']);

/**
 * Verbs of a stance taken in words, whose object carries the words the subject used ("X thanked the
 * crew and “a network who took a chance on me”", "X apologised for a “moment of madness”", "X
 * attacked “lazy” critics"): read as {@link VIEW_VERBS} are, third person only.
 */
export const STANCE_VERBS: ReadonlySet<string> = new Set([
  'thanked', 'apologised', 'apologized', 'apologises', 'apologizes', 'condemned', 'condemns', 'attacked', 'attacks',
  'denounced', 'denounces',
]);

/**
 * Verbs of criticism or of a stance taken against what someone has or holds (`X attacked Y's “…”`,
 * `X mocked Y's “…”`): the quoted words after the possessive are the subject's name for the thing
 * reacted to, not a line the possessor is heard saying. Not `quoted`, `cited`, `echoed`: those
 * repeat the possessor's own words.
 */
export const REACTION_VERBS: ReadonlySet<string> = new Set([
  ...EVALUATIVE_VERBS, ...STANCE_VERBS,
  'mocked', 'mocks', 'ridiculed', 'ridicules', 'derided', 'derides', 'dismissed', 'dismisses', 'blasted', 'blasts',
  'questioned', 'questions', 'rejected', 'rejects', 'lambasted', 'lambasts', 'scorned', 'scorns',
]);

/** The nouns among {@link LINE_WORDS} that name a spoken line themselves ("Delia's line “…”"), not only describe it. */
export const LINE_NOUNS: ReadonlySet<string> = new Set(['line', 'lines', 'catchphrase', 'catch-phrase', 'quip', 'retort', 'mantra', 'motto']);

/**
 * Nouns set after a possessive's quoted words that make them that person's line, besides
 * {@link SPEECH_NOUNS} and {@link LINE_NOUNS} ("Orla's “you'll never catch me” routine",
 * "Vex's “this world is mine” speech"): a bit or a speech someone keeps giving.
 */
export const LINE_AFTER_NOUNS: ReadonlySet<string> = new Set([...LINE_NOUNS, 'routine', 'shtick', 'schtick', 'spiel', 'speech', 'rant', 'monologue']);

/**
 * Words between a speaker's possessive and their quoted line ("Arnold's famous “I'll be back”",
 * "Reese's line “Come with me”"): a line's kind and how it is known.
 */
export const LINE_WORDS: ReadonlySet<string> = new Set([
  'line', 'lines', 'catchphrase', 'catch-phrase', 'quip', 'retort', 'mantra', 'motto', 'words', 'famous', 'immortal', 'classic',
  'memorable', 'iconic', 'legendary', 'oft-quoted', 'signature', 'final', 'last', 'parting', 'closing', 'opening',
]);

/**
 * Verbs that, after "how" and a name, take back the words just quoted as that person's
 * ("“…” That was how Ida put it", "“…,” is how Ida describes it").
 */
export const HOW_PUT_VERBS: ReadonlySet<string> = new Set(['put', 'puts', 'described', 'describes', 'summed', 'sums', 'phrased', 'phrases', 'explained', 'explains']);

/** Words that may open the taking back before "how" ("That was how", "this is how", "is how"). */
export const HOW_PUT_POINTERS: ReadonlySet<string> = new Set(['that', 'this']);

/** The linking verb between the quote (or its pointer) and "how" ("“…” was how", "“…,” is how"). */
export const HOW_PUT_LINKS: ReadonlySet<string> = new Set(['is', 'was', "'s"]);

/** Possessives that make a line noun someone's ("Tyrion's line", "his line"). */
export const LINE_OWNER_MARKS: ReadonlySet<string> = new Set(["'s", '’s', "'", 'his', 'her', 'their', 'my', 'your', 'our']);
