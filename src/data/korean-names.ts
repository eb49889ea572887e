/**
 * Korean family names in their common romanisations, lower case. Korean full names are a family
 * name and a given name of one or two syllables ("Kim Mi So", "Lee Byeong-Chan", "Park Seungho").
 */

/** Family names that are not English words: a family name and one given syllable is a name ("Kang Chul"). */
export const KOREAN_FAMILY_NAMES: ReadonlySet<string> = new Set([
  'kim', 'gim', 'lee', 'yi', 'rhee', 'ri', 'park', 'pak', 'bak', 'choi', 'choe', 'jung', 'jeong', 'chung',
  'jong', 'kang', 'gang', 'cho', 'jo', 'yoon', 'yun', 'jang', 'chang', 'lim', 'rim', 'shin', 'sin', 'kwon',
  'gwon', 'hwang', 'ahn', 'yoo', 'ryu', 'jeon', 'jun', 'chun', 'cheon', 'yang', 'sohn', 'bae', 'pae', 'baek',
  'paek', 'paik', 'heo', 'hur', 'huh', 'sim', 'shim', 'noh', 'roh', 'gwak', 'kwak', 'seong', 'sung', 'joo',
  'koo', 'ku', 'eom', 'chae', 'byun', 'byeon', 'pyun', 'yeom', 'yum', 'yeo', 'yuh', 'choo', 'seok', 'suk',
  'seol', 'sul', 'pyo', 'myung', 'myeong', 'geum', 'keum', 'yook', 'yuk', 'maeng', 'tak', 'guk', 'kook', 'eo',
  'pyeon', 'kyung', 'gyeong', 'hwangbo', 'namgoong', 'namgung', 'jegal', 'sunwoo', 'seonu', 'dokgo',
  'seomun', 'ryeo', 'seo', 'suh', 'goo', 'hyun', 'hyeon', 'kyeong', 'yeon', 'gyeon', 'jee', 'seon',
]);

/**
 * Family names that are also English words or names ("Song", "Moon", "Han"): they count only
 * before a two-syllable given name ("Song Joong Ki", "Moon Ga-young").
 */
export const KOREAN_FAMILY_NAMES_AMBIGUOUS: ReadonlySet<string> = new Set([
  'han', 'oh', 'o', 'im', 'an', 'song', 'yu', 'hong', 'go', 'ko', 'moon', 'mun', 'son', 'nam', 'no', 'ha',
  'cha', 'ju', 'chu', 'woo', 'u', 'gu', 'min', 'na', 'ra', 'jin', 'chin', 'ji', 'um', 'won', 'bang', 'pang',
  'gong', 'kong', 'ham', 'do', 'to', 'so', 'ma', 'gil', 'kil', 'wi', 'ki', 'gi', 'ban', 'pan', 'wang', 'ok',
  'in', 'je', 'mo', 'eun', 'yong', 'ye', 'bong', 'sa', 'bu', 'boo', 'tae', 'bok', 'mok', 'sun', 'lah', 'nah',
  'hahm', 'shi', 'si', 'sok', 'kye', 'gye', 'ryoo',
]);
