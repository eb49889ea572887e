/**
 * Headings that name the pole of what their section lists: a review in pros-and-cons shape puts
 * praise under "The good" and blame under "What didn't work", whatever words the items use
 * ("The ending could have used another episode" under "Cons" is blame). Each is read whole, in
 * lower case, with its markup, numbering and closing colon left out, and names the side its
 * section leans to: 1 praise, -1 blame. A heading naming both ("Pros and cons", "The good, the bad
 * and the ugly") is none.
 */
export const POLE_HEADINGS: ReadonlyMap<string, 1 | -1> = new Map<string, 1 | -1>([
  ...(
    [
      'the good', 'the good stuff', 'the good bits', 'the good parts', 'the great', 'pros', 'the pros', 'likes', 'positives',
      'the positives', 'strengths', 'strong points', 'highlights', 'the highs', 'upsides', 'the upside', 'plus points',
      'what i liked', 'what i loved', 'what i enjoyed', 'things i liked', 'things i loved', 'what worked', 'what works',
      'what went right', 'what i like', 'the best', 'the best parts', 'the best bits',
    ] as const
  ).map((h): [string, 1] => [h, 1]),
  ...(
    [
      'the bad', 'the bad stuff', 'the bad bits', 'the ugly', 'the not so good', 'cons', 'the cons', 'dislikes', 'negatives',
      'the negatives', 'weaknesses', 'weak points', 'lowlights', 'the lows', 'downsides', 'the downside', 'minus points',
      "what i didn't like", 'what i did not like', 'what i disliked', 'what i hated', "what i didn't enjoy", 'things i disliked',
      "things i didn't like", "what didn't work", 'what did not work', "what doesn't work", 'what does not work',
      'what went wrong', 'what could have been better', 'what could be better', 'room for improvement', 'gripes', 'complaints',
      'nitpicks', 'the worst', 'the worst parts', 'flaws',
    ] as const
  ).map((h): [string, -1] => [h, -1]),
]);
