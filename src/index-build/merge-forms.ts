/**
 * Step 4 of the index: merges a work's name forms into entities. In order:
 * 1. forms with the same content words in any order ("Kurosaki Ichigo", "Ichigo Kurosaki");
 * 2. full forms (two words or more) one slip apart in one word ("Sakura Haurno"), one-word forms
 *    one slip apart when one is used three times as much as the other ("Orehime", "Ussop") and
 *    the documents of the rarer one seldom name the other too ("Brock" beside "Brook"), two one-word
 *    forms the texts write side by side in two documents or more, each the other's only such
 *    partner ("Uryu Ishida"), and full forms that one document gives to one entity;
 * 3. a shorter form (a given or family name alone, "Luffy", "Mr. Wick") joins the one entity that
 *    has a fuller form holding all its words; when several do, it joins the one documents tie it
 *    to far more often (at least two documents, twice the next), else it merges with none. Two
 *    names side by side in one document ("Grimmjow Aizen") and a title nothing says is someone
 *    ("Naruto Shippuden") hold no shorter form, and a one-word form its uses make a group or a
 *    rank word ("Jedi were", "the jedi") joins none;
 * 4. a long form (three words or more, "Retired hit-man John Wick") joins the one entity whose full
 *    form it holds (a title is no full form here).
 */
import { countDocuments, mergeSketches } from './distinct-count';
import { MIN_CONTEXT_MENTIONS, type FormContext } from './form-context';
import { MIN_SLIP_LENGTH, oneSlipApart, undoubled } from './form-key';
import type { FormTally, WorkTally } from './tally';

/** Union-find over merge keys. */
class Groups {
  private readonly parent = new Map<string, string>();

  find(key: string): string {
    let root = key;
    for (let up = this.parent.get(root); up !== undefined && up !== root; up = this.parent.get(root)) root = up;
    // Path compression: every key on the way points at the root.
    for (let k = key, up = this.parent.get(k); up !== undefined && up !== root; k = up, up = this.parent.get(k)) this.parent.set(k, root);
    return root;
  }

  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

/** The support needed for a tied form to choose among several entities: documents, and times the next. */
const MIN_TIES = 2;
const DOMINANCE = 2;
/** Documents that make a fuller form a rival when several hold a shorter one. */
const MIN_ATTESTED = 2;
/** How many times the documents of the rarer of two one-word forms one slip apart the other needs. */
const SLIP_DOMINANCE = 3;
/** Documents writing two one-word forms side by side that make them one name (step 1d). */
const MIN_SIDE_BY_SIDE = 2;
/** Passes of step 3 at most. */
const MAX_PASSES = 3;

/** The share of a one-word form's uses that are plural or in lower case that makes it a group word. */
const GROUP_SHARE = 0.2;
/** The share of a one-word form's uses after a determiner that makes it a group or rank word. */
const DETERMINER_SHARE = 0.5;

/**
 * Whether a form's uses say it is a common noun for a group or a rank: plural ("Jedi are"),
 * written in lower case ("the jedi"), or mostly after a determiner ("the Jedi", "a Jedi"; a name
 * a fuller form holds is seldom "the Selka") with some use plural or in lower case too: an
 * epithet ("the Joker", "the Hound") is written after "the" as often, but as one someone.
 */
function groupWord(c: FormContext): boolean {
  return c.mentions >= MIN_CONTEXT_MENTIONS && ((c.plural + c.lower) / (c.mentions + c.lower) >= GROUP_SHARE || (c.determiner >= DETERMINER_SHARE * c.mentions && c.plural + c.lower > 0));
}

/** Whether every word of `small` is in `big` (both sorted), and `big` has more. */
function holds(big: readonly string[], small: readonly string[]): boolean {
  if (big.length <= small.length) return false;
  let i = 0;
  for (const w of big) if (w === small[i]) i++;
  return i === small.length;
}

/** Step 1 of {@link mergeForms}: forms with the same content words, and full forms one slip apart in one word. */
function joinSameWords(work: WorkTally, groups: Groups, keys: readonly string[]): void {
  const formOf = (key: string): FormTally => work.forms.get(key) as FormTally;
  // 1. The same content words.
  const byWords = new Map<string, string>();
  for (const key of keys) {
    const orderFree = formOf(key).parts.orderFree;
    const first = byWords.get(orderFree);
    if (first === undefined) byWords.set(orderFree, key);
    else groups.union(first, key);
  }
  // 1b. Full forms one slip apart in one word, the other words the same ("Sakura Haurno").
  const rest = new Map<string, Array<{ key: string; word: string }>>();
  for (const key of keys) {
    const words = formOf(key).parts.words;
    if (words.length < 2) continue;
    words.forEach((word, i) => {
      const others = `${words.slice(0, i).join(' ')}|${words.slice(i + 1).join(' ')}`;
      const bucket = rest.get(others) ?? rest.set(others, []).get(others);
      for (const x of bucket ?? []) if (oneSlipApart(x.word, word)) groups.union(x.key, key);
      bucket?.push({ key, word });
    });
  }
}

/** Step 1c of {@link mergeForms}: one-word forms one slip apart. */
function joinSlips(work: WorkTally, groups: Groups, keys: readonly string[], titles: ReadonlySet<string>): void {
  const formOf = (key: string): FormTally => work.forms.get(key) as FormTally;
  // 1c. One-word forms one slip apart ("Orehime", "Orihime"), when one is used far more than the
  // other: two characters whose names differ by one letter are each used in their own right. Words
  // one slip apart share a word with one letter taken out (or one is the other with one taken
  // out), so only those are compared.
  /**
   * Whether documents name two forms as two entities, untied: half or more of the rarer one's
   * documents write both in one sentence ("Brook and Brock", "Brook is kinder than Brock") or each
   * twice or more; or two documents or more, half or more of the rarer one's, name both ("Brock
   * from Pokemon" in reviews that talk of Brook). A reviewer who slips on a name seldom writes the
   * right spelling in the same sentence, or slips again and again; one who writes "Orihime" five
   * times and "Orehime" once elsewhere slipped, but several reviewers seldom make one slip so.
   */
  const twoNames = (a: string, b: string): boolean => {
    const [x, y] = [formOf(a).docs, formOf(b).docs];
    const tied = work.ties.get(a)?.get(b) ?? 0;
    const rarer = Math.min(countDocuments(x), countDocuments(y));
    const together = (work.twoSpellings.get(a < b ? `${a}\n${b}` : `${b}\n${a}`) ?? 0) - tied;
    const both = countDocuments(x) + countDocuments(y) - countDocuments(mergeSketches(x, y)) - tied;
    return (together > 0 && 2 * together >= rarer) || (both >= MIN_ATTESTED && 2 * both >= rarer);
  };
  const byDeletion = new Map<string, string[]>();
  for (const key of keys) {
    const parts = formOf(key).parts;
    const word = parts.written[0] as string;
    if (parts.written.length !== 1 || word.length < MIN_SLIP_LENGTH || titles.has(key)) continue;
    const docs = countDocuments(formOf(key).docs);
    // The word itself is among its keys: a word one letter shorter ("Ulqiorra") is a deletion of
    // the longer one ("Ulquiorra") with nothing taken out of it.
    // A letter doubled elsewhere ("Ussop", "Usopp") is compared under the word undoubled, a key
    // no deletion gives (it starts with a space).
    for (let i = -2; i < word.length; i++) {
      const deleted = i === -2 ? ` ${undoubled(word)}` : i < 0 ? word : word.slice(0, i) + word.slice(i + 1);
      const bucket = byDeletion.get(deleted) ?? byDeletion.set(deleted, []).get(deleted) ?? [];
      for (const other of bucket) {
        const otherDocs = countDocuments(formOf(other).docs);
        if (Math.max(docs, otherDocs) >= SLIP_DOMINANCE * Math.min(docs, otherDocs) && oneSlipApart(formOf(other).parts.written[0] as string, word) && !twoNames(key, other)) groups.union(other, key);
      }
      if (!bucket.includes(key)) bucket.push(key);
    }
  }
}

/** Step 1d of {@link mergeForms}: two one-word forms written side by side. */
function joinSideBySide(work: WorkTally, groups: Groups, keys: readonly string[], titles: ReadonlySet<string>, left: ReadonlySet<string>): void {
  const formOf = (key: string): FormTally => work.forms.get(key) as FormTally;
  // 1d. Two one-word forms that two documents or more write side by side ("Uryu Ishida", "Ishida
  // Uryu") where no document's analysis made the pair a form: a given and a family name of one
  // entity, when each is the other's only such partner. A family name several characters share
  // ("Kuchiki Rukia", "Kuchiki Byakuya") has two partners and joins neither.
  const partners = new Map<string, Set<string>>();
  const oneWord = (key: string): boolean => {
    const tally = work.forms.get(key);
    return tally !== undefined && tally.parts.written.length === 1 && !titles.has(key) && !left.has(key);
  };
  for (const a of keys) {
    if (!oneWord(a)) continue;
    for (const [b, n] of formOf(a).beside) {
      if (b === a || !oneWord(b) || n + (formOf(b).beside.get(a) ?? 0) < MIN_SIDE_BY_SIDE || (b < a && formOf(b).beside.has(a))) continue;
      // A pair the index leaves out as a whole ("Arlong Park", a place) or a title joins nothing.
      if ([a + b, b + a].some((k) => left.has(k) || titles.has(k))) continue;
      for (const [x, y] of [[a, b], [b, a]] as const) (partners.get(x) ?? partners.set(x, new Set()).get(x))?.add(y);
    }
  }
  for (const [a, set] of partners) {
    const b = [...set][0] as string;
    if (set.size === 1 && partners.get(b)?.size === 1 && a < b) groups.union(a, b);
  }
}

/** Step 2 of {@link mergeForms}: full forms one document entity carries together. */
function joinTiedFullForms(work: WorkTally, groups: Groups, titles: ReadonlySet<string>, left: ReadonlySet<string>): void {
  const formOf = (key: string): FormTally => work.forms.get(key) as FormTally;
  // 2. Full forms one document entity carries together.
  for (const [a, row] of work.ties) {
    if (formOf(a).parts.words.length < 2 || titles.has(a) || left.has(a)) continue;
    for (const b of row.keys()) if (formOf(b).parts.words.length >= 2 && !titles.has(b) && !left.has(b)) groups.union(a, b);
  }
}

/**
 * Step 3 of {@link mergeForms}: shorter forms join the one fuller entity that holds them; `ordered`:
 * the keys, fewest words first; `byWord`: word → the keys of the forms holding it.
 */
function joinShorterForms(work: WorkTally, groups: Groups, keys: readonly string[], ordered: readonly string[], byWord: ReadonlyMap<string, string[]>, titles: ReadonlySet<string>, left: ReadonlySet<string>): void {
  const formOf = (key: string): FormTally => work.forms.get(key) as FormTally;
  const widest = (): Map<string, number> => {
    const most = new Map<string, number>();
    for (const key of keys) {
      const root = groups.find(key);
      most.set(root, Math.max(most.get(root) ?? 0, formOf(key).parts.words.length));
    }
    return most;
  };
  /** Per set of content words (`orderFree`), the most documents a form with them is used in. */
  const usedBy = new Map<string, number>();
  for (const key of keys) {
    const parts = formOf(key).parts;
    usedBy.set(parts.orderFree, Math.max(usedBy.get(parts.orderFree) ?? 0, countDocuments(formOf(key).docs)));
  }
  /** Per set of content words, the keys of the forms with them. */
  const keysOf = new Map<string, string[]>();
  for (const key of keys) (keysOf.get(formOf(key).parts.orderFree) ?? keysOf.set(formOf(key).parts.orderFree, []).get(formOf(key).parts.orderFree))?.push(key);
  /** Whether some section names a form with words `a` and one with words `b` as two characters. */
  const namedApart = (a: string, b: string): boolean => {
    for (const x of keysOf.get(a) ?? []) for (const y of keysOf.get(b) ?? []) if (work.cooccurrence.has(x < y ? `${x}\n${y}` : `${y}\n${x}`)) return true;
    return false;
  };
  /** Whether the texts of some mention of a form with words `a` were read (see form-context.ts). */
  const textRead = (a: string): boolean => (keysOf.get(a) ?? []).some((k) => formOf(k).context.mentions > 0);
  /** Whether the texts write a form with words `a` right before or after one with words `b` in {@link MIN_SIDE_BY_SIDE} documents. */
  const writtenTogether = (a: string, b: string): boolean => {
    let n = 0;
    for (const x of keysOf.get(a) ?? []) for (const y of keysOf.get(b) ?? []) n += (formOf(x).beside.get(y) ?? 0) + (formOf(y).beside.get(x) ?? 0);
    return n >= MIN_SIDE_BY_SIDE;
  };
  /**
   * Whether `holder` is two names side by side rather than one fuller name: one document uses it,
   * both `words` and the rest of it are names documents use alone ("Grimmjow Aizen" where
   * "Grimmjow" and "Aizen" are each well used; not "Oskar Brandvold" where "Brandvold" is rare),
   * and, for a holder of two words, some section names the two apart, as two characters (the given
   * and the family name of one character, "Zaraki Kenpachi", are seldom two entities of one
   * section; a longer holder, "Chris Hemsworth Thor", stays two names whatever the sections say).
   */
  const sideBySide = (holder: string, words: readonly string[]): boolean => {
    if (countDocuments(formOf(holder).docs) >= MIN_ATTESTED || (usedBy.get(words.join(' ')) ?? 0) < MIN_ATTESTED) return false;
    const rest = formOf(holder).parts.words.slice();
    for (const w of words) rest.splice(rest.indexOf(w), 1);
    if ((usedBy.get(rest.join(' ')) ?? 0) < MIN_ATTESTED) return false;
    // A holder of more than two words ("Chris Hemsworth Thor") is an actor and a role, or a list.
    // With the texts read, a two-word holder the texts write only once is two names ("Grimmjow
    // Aizen"); "Zaraki Kenpachi" is written so in several reviews.
    const [a, b] = [words.join(' '), rest.join(' ')];
    return words.length + rest.length > 2 || namedApart(a, b) || (textRead(a) && textRead(b) && !writtenTogether(a, b));
  };
  // 3. Shorter forms join the one fuller entity that holds them.
  const joinFuller = (key: string): boolean => {
    const words = formOf(key).parts.words;
    const own = groups.find(key);
    if ((most.get(own) ?? 0) > words.length) return false;
    // A one-word form whose context leans to a group, a place or a rank ("the Jedi", "Jedi are")
    // is the epithet or the crew before a name ("Jedi Knight Qui-Gon"), not a name of that someone.
    if (words.length === 1 && groupWord(formOf(key).context)) return false;
    // The keys of the word fewest forms hold (the first such word).
    let rarest: readonly string[] = byWord.get(words[0] as string) ?? [];
    for (let i = 1; i < words.length; i++) {
      const holding = byWord.get(words[i] as string) ?? [];
      if (holding.length < rarest.length) rarest = holding;
    }
    // Forms that hold this one; of a chain of them ("Obi-Wan Kenobi" in "Ben Obi-Wan Kenobi"),
    // only the shortest: a chain is one entity, not a choice.
    const holders = rarest.filter((other) => holds(formOf(other).parts.words, words) && !sideBySide(other, words));
    const chains = holders.filter((other) => !holders.some((h) => holds(formOf(other).parts.words, formOf(h).parts.words)));
    // A title that nothing says is someone ("Naruto Shippuden") takes no shorter form: "Naruto"
    // is "Naruto Uzumaki"'s, and "Dragon" is not "Dragon Ball".
    const shortest = chains.filter((other) => !titles.has(other));
    // A fuller form only one document uses (a typo, a one-off epithet) is no rival to one that
    // several use.
    const attested = shortest.filter((other) => (uses.get(groups.find(other)) ?? 0) >= MIN_ATTESTED);
    const candidates = new Map<string, number>();
    for (const other of attested.length ? attested : shortest) {
      const root = groups.find(other);
      if (root !== own) candidates.set(root, 0);
    }
    // Documents that tie this form to an entity weigh among the ones holding it (or, when none
    // does, choose among the ones tied). A tie to a shorter form is that form's to follow.
    // A bare title joins no entity by ties alone: a document naming a title beside a name is no
    // evidence that the title is that name.
    const open = candidates.size === 0 && !titles.has(key);
    for (const [other, n] of work.ties.get(key) ?? []) {
      if (left.has(other)) continue;
      const root = groups.find(other);
      if (root !== own && !titles.has(other) && formOf(other).parts.words.length >= words.length && (open || candidates.has(root))) candidates.set(root, (candidates.get(root) ?? 0) + n);
    }
    if (!candidates.size) return false;
    const ranked = [...candidates].sort((x, y) => y[1] - x[1]);
    const [top, next] = ranked;
    if (ranked.length === 1 || (top && top[1] >= MIN_TIES && top[1] >= DOMINANCE * (next?.[1] ?? 0))) {
      const root = (top as [string, number])[0];
      groups.union(root, key);
      most.set(groups.find(root), Math.max(most.get(root) ?? 0, most.get(own) ?? 0));
      uses.set(groups.find(root), (uses.get(root) ?? 0) + (uses.get(own) ?? 0));
      return true;
    }
    return false;
  };
  const most = widest();
  /** Per entity, the documents of its forms added up (a document using two forms counts twice). */
  const uses = new Map<string, number>();
  for (const key of keys) {
    const root = groups.find(key);
    uses.set(root, (uses.get(root) ?? 0) + countDocuments(formOf(key).docs));
  }
  // A merge can leave a form that was ambiguous with one entity to join: passes until none changes.
  for (let pass = 0, changed = true; changed && pass < MAX_PASSES; pass++) {
    changed = false;
    for (const key of ordered) if (joinFuller(key)) changed = true;
  }
}

/**
 * Step 4 of {@link mergeForms}: long forms join the one entity whose full form they hold.
 * `byWord`: word → the keys of the forms holding it (a full form a long one holds shares its words).
 */
function joinLongForms(work: WorkTally, groups: Groups, ordered: readonly string[], byWord: ReadonlyMap<string, string[]>, titles: ReadonlySet<string>): void {
  const formOf = (key: string): FormTally => work.forms.get(key) as FormTally;
  // 4. Long forms join the one entity whose full form they hold.
  for (const key of ordered) {
    const words = formOf(key).parts.words;
    if (words.length < 3) continue;
    const own = groups.find(key);
    const roots = new Set<string>();
    for (const word of new Set(words)) {
      for (const other of byWord.get(word) ?? []) {
        const w = formOf(other).parts.words;
        if (w.length >= 2 && !titles.has(other) && holds(words, w)) roots.add(groups.find(other));
      }
    }
    roots.delete(own);
    if (roots.size === 1) groups.union([...roots][0] as string, key);
  }
}

/**
 * The entities of a work: groups of merge keys, each group one entity. `titles`: the merge keys
 * that are titles nothing in the documents says are someone (see `bareTitles` in finish-work.ts).
 * `left`: merge keys that are no one (see `thingKeys` in finish-work.ts), in no group and joining none.
 */
export function mergeForms(work: WorkTally, titles: ReadonlySet<string> = new Set(), left: ReadonlySet<string> = new Set()): string[][] {
  const groups = new Groups();
  const keys = [...work.forms.keys()].filter((k) => !left.has(k));
  const formOf = (key: string): FormTally => work.forms.get(key) as FormTally;
  // Each step is a function of its own: V8 compiles a function whole once one of its loops runs
  // long, so a step that runs long in a large work is compiled without the others.
  joinSameWords(work, groups, keys);
  joinSlips(work, groups, keys, titles);
  joinSideBySide(work, groups, keys, titles, left);
  joinTiedFullForms(work, groups, titles, left);
  const ordered = keys.slice().sort((a, b) => formOf(a).parts.words.length - formOf(b).parts.words.length || (a < b ? -1 : 1));
  /** Word → the keys of forms holding it. */
  const byWord = new Map<string, string[]>();
  for (const key of keys) for (const w of new Set(formOf(key).parts.words)) (byWord.get(w) ?? byWord.set(w, []).get(w))?.push(key);
  joinShorterForms(work, groups, keys, ordered, byWord, titles, left);
  joinLongForms(work, groups, ordered, byWord, titles);
  const out = new Map<string, string[]>();
  for (const key of keys) {
    const root = groups.find(key);
    (out.get(root) ?? out.set(root, []).get(root))?.push(key);
  }
  return [...out.values()];
}
