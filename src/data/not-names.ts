import { FIRM_ENDINGS } from './work-cues';
/**
 * Capitalised words that are not the names of people: organisations, places, languages and
 * nationalities, calendar words, and words review writers capitalise for emphasis. Lower case.
 */

/** Organisations, channels and platforms review text names often. */
export const ORGANISATIONS: ReadonlySet<string> = new Set([
  'netflix', 'hbo', 'disney', 'disney+', 'amazon', 'prime', 'hulu', 'apple', 'youtube', 'twitter',
  'instagram', 'tiktok', 'facebook', 'reddit', 'imdb', 'bbc', 'cnn', 'nbc', 'abc', 'cbs', 'fox', 'itv',
  'kbs', 'mbc', 'sbs', 'tvn', 'jtbc', 'ocn', 'viki', 'wavve', 'tving', 'coupang', 'naver', 'kakao',
  'webtoon', 'marvel', 'dc', 'pixar', 'warner', 'universal', 'paramount', 'sony', 'lionsgate',
  'a24', 'nis', 'fbi', 'cia', 'nasa', 'un', 'oscars', 'oscar', 'emmy', 'emmys', 'bafta', 'baftas',
  'grammy', 'grammys', 'golden', 'globes', 'cannes', 'sundance', 'berlinale', 'google', 'spotify',
]);

/**
 * Studios, distributors and publishers reviews name by one word (`Toho made it`, `MAPPA's fights`):
 * no one, for the names stage only. The works stage does not read them: a film may bear a studio's
 * name (`Madhouse`). Not the studios that are English words too (`Bones`, `Sunrise`, `Trigger`), nor
 * those that are family names too (`Kadokawa`).
 */
export const STUDIOS: ReadonlySet<string> = new Set([
  'mappa', 'toho', 'madhouse', 'ghibli', 'ufotable', 'toei', 'gainax', 'kyoani', 'aniplex', 'crunchyroll',
  'funimation', 'dreamworks', 'lucasfilm', 'miramax', 'mgm', 'aardman', 'shochiku', 'nikkatsu',
  'shueisha', 'kodansha', 'shogakukan',
]);

/** Countries, regions, languages and nationalities. */
export const PLACES_AND_PEOPLES: ReadonlySet<string> = new Set([
  'korea', 'korean', 'koreans', 'south', 'north', 'seoul', 'busan', 'japan', 'japanese', 'china',
  'chinese', 'taiwan', 'taiwanese', 'thai', 'thailand', 'india', 'indian', 'hindi', 'asia', 'asian',
  'east', 'west', 'western', 'eastern', 'europe', 'european', 'america', 'american', 'americans',
  'usa', 'us', 'uk', 'britain', 'british', 'england', 'english', 'french', 'france', 'german',
  'germany', 'spanish', 'spain', 'italian', 'italy', 'scottish', 'irish', 'welsh', 'london', 'paris',
  'hollywood', 'bollywood', 'canada', 'canadian', 'australia', 'australian', 'mexico', 'mexican',
  'indonesia', 'indonesian', 'philippines', 'filipino', 'vietnam', 'vietnamese', 'russian', 'russia',
  'hallyu', 'kong', 'york', 'angeles', 'francisco', 'vegas', 'jersey', 'zealand', 'delhi', 'mumbai', 'tokyo', 'beijing', 'shanghai', 'britons', 'briton', 'europeans', 'scots', 'welsh', 'swedes', 'danes', 'latin', 'arab', 'arabic', 'african', 'africa', 'k-drama', 'k-dramas', 'kdrama', 'kdramas', 'k-pop', 'kpop', 'broadway', 'london’s',
  // Countries and nationalities news lists beside people ("Milan Kundera (Czech Republic)").
  'czech', 'poland', 'polish', 'colombia', 'albania', 'egypt', 'argentina', 'israel', 'israeli', 'brazil', 'sweden', 'swedish',
  'norway', 'denmark', 'danish', 'netherlands', 'belgium', 'switzerland', 'swiss', 'austria', 'greece', 'greek',
  'ireland', 'scotland', 'wales', 'portugal', 'portuguese', 'nigeria', 'kenya', 'pakistan', 'iran', 'iraq', 'afghanistan',
  'cuba', 'peru', 'ukraine', 'hungary', 'romania', 'finland', 'finnish', 'iceland', 'singapore', 'malaysia', 'scandinavia',
]);

/**
 * The world as a place a story's events happen on (`aliens invade Earth`, `sent back to Earth`):
 * never a name alone. Kept out of {@link PLACES_AND_PEOPLES}, which the works stage reads too,
 * where a film may be called by it. The other planets are names as well (`Bruno Mars`, `Pluto`
 * the dog), so only the world is here.
 */
export const WORLD_PLACES: ReadonlySet<string> = new Set(['earth']);

/**
 * Words of {@link PLACES_AND_PEOPLES} that end a place's name of two words (`Los Angeles`, `Hong
 * Kong`, `San Francisco`): the capitalised word right before one is the place's too, no name.
 */
export const PLACE_NAME_ENDS: ReadonlySet<string> = new Set(['angeles', 'kong', 'york', 'francisco', 'vegas', 'jersey', 'zealand']);

/**
 * Points of the compass, words of {@link PLACES_AND_PEOPLES}, that lead a place's name when they
 * open it (`North Carolina`, `South Dakota`, `East Blue`): the capitalised word right after one is
 * the place's too, no name. Not `Western` or `Eastern`, which name a genre before a title.
 */
export const COMPASS_LEADS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west']);

/**
 * Words of {@link PLACES_AND_PEOPLES} that are family names too, right after a listed first name
 * ("Kanye West", "Jack London", "Dawn French", "Jimmy Wales"): there they end a full name, not a
 * place. No word naming a people in the plural, nor a country read after a given name as often as
 * a surname ("India", "China").
 */
export const PLACE_SURNAMES: ReadonlySet<string> = new Set(['west', 'north', 'south', 'london', 'english', 'french', 'york', 'ireland', 'wales', 'england']);

/**
 * Stop words that end a full name right after a first name: the place words of
 * {@link PLACE_SURNAMES}, a rank that is a common family name ("Stephen King"), and the calendar
 * words that are common family names: a month ("Brian May"; not before a day's number, where it
 * dates) and a saint's day whose holiday is written with its possessive and `Day` ("Karen
 * Valentine"; the bare word after a given name is the family name).
 */
export const STOP_WORD_SURNAMES: ReadonlySet<string> = new Set([...PLACE_SURNAMES, 'king', 'may', 'valentine']);

/**
 * The words of {@link STOP_WORD_SURNAMES} that are common family names and name no town or nation
 * (`West`, `King`, `May`): after a rarer first name the piece finder joined them to (`Kanye West`),
 * they are the surname, not a place or a rank that makes the run a place's name (`Dallas London`).
 */
export const FAMILY_STOP_SURNAMES: ReadonlySet<string> = new Set(['west', 'north', 'south', 'king', 'may', 'valentine']);

/**
 * The words of {@link PLACE_SURNAMES} that name a country: after a first name that is also a word
 * or a rare one, often an old word itself, they name the place ("Tudor England"), not a surname.
 */
export const NATION_SURNAMES: ReadonlySet<string> = new Set(['ireland', 'wales', 'england']);

/**
 * Days of the week: US reports date an attribution with a bare weekday after the name ("said
 * Spielberg Tuesday"), which is never a surname's last word there.
 */
export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Calendar words: the days of the week, the months and the holidays. */
export const CALENDAR: ReadonlySet<string> = new Set([
  ...WEEKDAYS, 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'christmas', 'easter', 'halloween', 'valentine', 'valentine’s', 'thanksgiving',
]);

/**
 * Capitalised words that are common nouns, interjections or title words, never a name on
 * their own ("God!", "Season 2", "Episode 3", "Part").
 */
export const COMMON_CAPITALISED: ReadonlySet<string> = new Set([
  'god', 'gosh', 'omg', 'lol', 'wow', 'yes', 'no', 'ok', 'okay', 'oh', 'hey', 'hi', 'hello', 'thanks',
  'season', 'seasons', 'episode', 'episodes', 'ep', 'part', 'chapter', 'act', 'volume', 'vol', 'book',
  'film', 'movie', 'series', 'show', 'drama', 'dramas', 'webtoon', 'manhwa', 'novel', 'review',
  'reviews', 'spoiler', 'spoilers', 'note', 'edit', 'update', 'ps', 'tl;dr', 'imo', 'imho', 'btw',
  'mr', 'mrs', 'ms', 'dr', 'the', 'a', 'an', 'i', 'i’m', "i'm", 'i’ve', "i've", 'i’d', "i'd", 'i’ll', "i'll",
  'me', 'my', 'we', 'you', 'he', 'she', 'they', 'it', 'his', 'her', 'their', 'our', 'your', 'this',
  'that', 'these', 'those', 'there', 'here', 'what', 'who', 'why', 'how', 'when', 'where', 'which',
  'if', 'but', 'and', 'or', 'so', 'then', 'also', 'just', 'even', 'all', 'every', 'some', 'any',
  'zombie', 'zombies', 'king', 'queen', 'ceo', 'tv', 'dvd', 'cgi', 'ost', 'hd', 'bts',
  // Contractions written without their apostrophe open many a sentence in fan reviews written in
  // haste ("Lets just say …", "Dont watch it"); after a name they would read as its surname.
  // Not "im" and "ive": Im and Ive are surnames too (Im Kwon-taek, Jony Ive).
  'youre', 'youve', 'theyre', 'hes', 'shes', 'thats', 'whats', 'theres', 'heres', 'lets',
  'dont', 'doesnt', 'didnt', 'cant', 'wont', 'isnt', 'wasnt', 'arent', 'werent', 'havent', 'hasnt',
  'hadnt', 'couldnt', 'wouldnt', 'shouldnt',
]);

/** Words that make a capitalised phrase a place or institution ("Hyosan High School"). */
export const INSTITUTION_WORDS: ReadonlySet<string> = new Set([
  'school', 'university', 'college', 'academy', 'hospital', 'station', 'church', 'company',
  'corporation', 'inc', 'ltd', 'street', 'road', 'avenue', 'city', 'town', 'village', 'province',
  'county', 'island', 'mountain', 'river', 'tower', 'building', 'room', 'restaurant',
  'cafe', 'hotel', 'prison', 'police', 'army', 'agency', 'office', 'ministry', 'department', 'entertainment',
  'studios', 'studio', 'pictures', 'films', 'records', 'network', 'channel', 'festival', 'awards', 'award',
  'theatre', 'theater', 'square', 'center', 'centre', 'museum', 'gallery', 'stadium', 'arena', 'institute',
  'foundation', 'images', 'factory', 'league', 'club', 'orchestra', 'tech', 'guard', 'airport', 'library', 'cathedral', 'palace',
  'products', 'productions', 'industries', 'enterprises', 'holdings',
  // A firm's last words, so the names stage drops `Ann Vale Media` as the works stage does.
  ...FIRM_ENDINGS,
]);

/**
 * Words of {@link INSTITUTION_WORDS} that are family names too (`Charlotte Church`): as the last
 * word of a run led by a given name, with no determiner before it, they end a person's name, since
 * bodies of that kind are named after a saint or a place, not after someone's given and family
 * names. Lower case.
 */
export const SURNAME_INSTITUTION_WORDS: ReadonlySet<string> = new Set(['church']);

/**
 * Letters written with full stops that abbreviate a place, a body, a time or a phrase, never a
 * person's initials (`U.S.`, `L.A.`, `P.S.`, `G.I.`, `T.V.`): the letters in lower case, run together.
 */
export const DOTTED_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'us', 'usa', 'uk', 'un', 'eu', 'ussr', 'uss', 'la', 'dc', 'ny', 'nyc', 'nj', 'gi', 'ps', 'pps', 'tv', 'am', 'pm', 'bc', 'ad',
  'da', 'dj', 'md', 'rip', 'ko', 'ok', 'ie', 'eg', 'nb', 'cv', 'ai', 'ig', 'mc', 'fbi', 'cia', 'nsa', 'mi', 'ufo', 'rsvp', 'wwii', 'ww',
]);

/** First parts of hyphenated words that are not names ("Anti-Hero", "Co-Star", "Sci-Fi"). */
export const HYPHEN_PREFIXES: ReadonlySet<string> = new Set([
  'anti', 'co', 're', 'non', 'pre', 'post', 'self', 'well', 'half', 'semi', 'sci', 'ex', 'x', 'mid',
  'multi', 'all', 'over', 'under', 'super', 'ultra', 'e', 'k', 'j', 'c', 'u', 't', 'must', 'long',
  'short', 'high', 'low', 'old', 'new', 'one', 'two', 'three', 'first', 'second', 'third', 'top',
  'in', 'out', 'on', 'off', 'up', 'down', 'by', 'life', 'time', 'full', 'part', 'much', 'never', 'ever',
  'mini', 'mega', 'neo', 'pro', 'cross', 'near', 'open', 'close', 'hand', 'heart', 'mind', 'game',
]);

/** Hyphenated words shaped like romanised names that are not names. Lower case. */
export const HYPHENATED_NON_NAMES: ReadonlySet<string> = new Set([
  'hip-hop', 'k-pop', 'co-op', 'yo-yo', 'no-no', 'so-so', 'bo-bo', 'ye-ye', 'wi-fi', 'hi-fi', 'lo-fi', 'sci-fi', 'ping-pong', 'ding-dong', 'mo-mo',
]);

/**
 * Words naming what someone does or is, with no ending that says so ({@link JOB_WORD_ENDING}):
 * before a full name at a sentence's start ("Sidekick Ann Vale", "Comic Ben Ode") they only tell
 * who the named one is. Not the titles a name carries as its own (`Judge`, `Captain`),
 * which the honorifics list.
 */
export const JOB_LEAD_WORDS: ReadonlySet<string> = new Set([
  'comic', 'sidekick', 'magistrate', 'attorney', 'chef', 'pilot', 'cop', 'coach', 'clerk', 'nanny', 'maid', 'monk', 'priest',
  'guard', 'spy', 'thief', 'heir', 'model', 'pupil', 'tycoon', 'mogul', 'diplomat', 'athlete', 'candidate', 'graduate',
  'delegate', 'advocate', 'cadet', 'medic', 'surgeon', 'physician', 'veteran', 'icon', 'legend', 'villain', 'hero', 'heroine',
  'victim', 'suspect', 'patient', 'colleague', 'rival', 'friend', 'diva', 'idol', 'champion', 'rookie', 'nurse', 'bride',
  'groom', 'widow', 'orphan', 'hostage', 'convict', 'star', 'co-star', 'rocker',
]);

/**
 * The endings of nouns that name someone by what they do (`employee`, `sprinter`, `conductor`,
 * `guitarist`, `comedian`, `contestant`, `chairman`, `actress`), in the singular or the plural.
 */
export const JOB_WORD_ENDING = /(?:ee|er|or|ist|ian|ant|ent|man|men|ess)(?:e?s)?$/u;
