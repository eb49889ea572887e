/**
 * Step 5: an entity the text names as a group or a firm (`rock band X`, `literary agency X`, `the
 * X gang`) is no one; the no-one step drops it.
 */
import { GROUP_NOUNS_AFTER, GROUP_NOUNS_BEFORE, LIST_JOINERS } from '../../data/name-cue-words';
import type { Word } from '../../text/words';
import type { NameContext } from './context';
import type { KindMention } from './kind-document';

/**
 * True when the entity has one form only and a mention of it stands right after a noun for a
 * group or a firm (`trade publication X`; not `duo A and B`, the members of one) or right before
 * one (`X's Y crew`: the mention `Y`). A person is named by a role noun (`singer X`). A family or a
 * gang merged with one of its members (`the X gang`, `Anna X`) leaves the member someone.
 */
export function namedAsGroup(ctx: NameContext, mentions: readonly KindMention[]): boolean {
  const { words, input, pos } = ctx;
  const m0 = mentions[0];
  if (m0 === undefined) return false;
  const form = (m: KindMention): string => input.view.slice(m.start, (words[m.last] as Word).end);
  const first = form(m0);
  if (!mentions.every((m) => form(m) === first)) return false;
  for (const m of mentions) {
    const before = words[m.first - 1];
    const last = words[m.last] as Word;
    const after = words[m.last + 1];
    const joined = after !== undefined && LIST_JOINERS.has(after.lower);
    if (before && !before.capitalised && pos[m.first - 1] === 'NOUN' && !joined && input.view.slice(before.end, m.start) === ' ' && GROUP_NOUNS_BEFORE.has(before.lower)) return true;
    if (after && !last.possessive && !after.capitalised && input.view.slice(last.end, after.start) === ' ' && GROUP_NOUNS_AFTER.has(after.lower)) return true;
  }
  return false;
}
