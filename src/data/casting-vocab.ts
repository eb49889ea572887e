/**
 * Words the entity-level casting passes (`src/stages/4-names/link-casting*.ts`) read around two
 * names to tell a casting phrase from another phrase that looks like one. Lower case.
 */

/**
 * Words of acting that a review writes in the sentence of an actor's name, not of a part's: they
 * tell which side of `X (Y)` is the actor ("one of Dana Moss's best performances").
 */
export const ACTING_WORDS: ReadonlySet<string> = new Set([
  'performance', 'performances', 'acting', 'actor', 'actress', 'actors', 'starring', 'overacts', 'overacting',
]);

/**
 * Words that cannot stand between `as` and the role: each opens another phrase or clause, so the
 * name after it is not what `as` introduces ("as good as Ruth", "as a rival to Ruth").
 */
export const NOT_ROLE_WORDS: ReadonlySet<string> = new Set([
  'as', 'than', 'to', 'by', 'of', 'for', 'from', 'with', 'in', 'on', 'at', 'if', 'when', 'while', 'because',
  'who', 'whom', 'which', 'that', 'but', 'or', 'is', 'was', 'are', 'were', 'be', 'has', 'had', 'have', 'did',
  'does', 'do', 'he', 'she', 'they', 'it', 'i', 'we', 'you', 'his', 'her', 'their', 'its', 'my', 'our', 'your', 'well',
]);

/**
 * Lower-case words that may follow the role of `as`: a place in the work, a partner, the rest of a
 * list. Any other word may make the name part of a longer phrase ("as a Ruth film") or the subject
 * of a clause ("as Ruth walks in").
 */
export const AFTER_ROLE: ReadonlySet<string> = new Set([
  'in', 'and', 'who', 'with', 'opposite', 'alongside', 'against', 'but', 'on', 'at', 'for', 'from', 'to',
  'throughout', 'here', 'there', 'this', 'that', 'the', 'a', 'an', 'or', 'nor', 'while', 'since', 'until',
]);

/**
 * Words after a clause joiner (`and`, `but`, …) that open a subject of the new clause other than
 * the actor ("A stars, and the studio sold it as C"): the `as` there is not the actor's.
 */
export const OTHER_SUBJECTS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'they', 'i', 'we', 'you', 'his', 'her', 'their', 'my', 'our', 'your', 'its', 'there',
]);

/**
 * Capitalised words that open no name: after a casting cue they start a clause or a phrase ("as The
 * film …", "plays His part"), so no part is made of the run they open.
 */
export const NOT_PART_STARTS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'i', 'he', 'she', 'it', 'we', 'they', 'you',
  'himself', 'herself', 'themselves', 'well', 'if', 'when', 'for', 'in', 'on', 'of', 'and', 'but', 'or', 'so', 'such', 'much',
]);
