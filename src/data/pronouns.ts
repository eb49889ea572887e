/** First-person forms that mark a writer's own voice (with "I" and its contractions: "I’m", "I'd"). */
export const FIRST_PERSON_LOWER: ReadonlySet<string> = new Set(['me', 'my', 'mine', 'myself']);
