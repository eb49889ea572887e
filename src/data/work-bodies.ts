/**
 * Capitalised words that name a place or a body, which news sets where a work could stand ("his
 * role in Enron", "a role in Manchester", "the series, Microsoft,"): the works stage refuses them
 * as a title of one word. Lower case. Cities and states that are also the titles of well-known
 * works ("Chicago", "Philadelphia", "Fargo", "Dallas", "Casablanca", "Nashville") are left out.
 */

/** Major cities, states and regions the place list of the names stage does not hold. */
export const MAJOR_PLACES: ReadonlySet<string> = new Set([
  // UK and Ireland
  'manchester', 'liverpool', 'leeds', 'birmingham', 'glasgow', 'edinburgh', 'cardiff', 'belfast', 'dublin',
  'bristol', 'sheffield', 'newcastle', 'nottingham', 'leicester', 'oxford', 'cambridge', 'brighton', 'aberdeen',
  'yorkshire', 'lancashire', 'essex', 'cornwall', 'devon', 'surrey',
  // Europe, Asia, Africa, Oceania
  'madrid', 'barcelona', 'berlin', 'munich', 'rome', 'milan', 'venice', 'vienna', 'prague', 'amsterdam',
  'brussels', 'lisbon', 'athens', 'moscow', 'warsaw', 'budapest', 'stockholm', 'oslo', 'copenhagen', 'geneva',
  'zurich', 'istanbul', 'dubai', 'cairo', 'baghdad', 'kabul', 'tehran', 'jerusalem', 'bangkok', 'sydney',
  'melbourne', 'auckland', 'toronto', 'montreal', 'vancouver', 'johannesburg', 'lagos', 'nairobi',
  // American cities and states
  'boston', 'seattle', 'atlanta', 'detroit', 'denver', 'houston', 'miami', 'baltimore',
  'pittsburgh', 'cleveland', 'minneapolis', 'portland', 'texas', 'california', 'florida', 'ohio',
  'michigan', 'illinois', 'arizona', 'nevada', 'oregon', 'colorado', 'massachusetts',
  'pennsylvania', 'louisiana', 'alabama', 'kentucky', 'tennessee', 'utah', 'iowa', 'kansas', 'missouri',
  'wisconsin', 'minnesota', 'hawaii', 'alaska', 'brooklyn', 'harlem', 'iraq', 'kosovo',
]);

/**
 * Firms, parties, charities and public bodies news writes by one word, and affairs named after one
 * ("Watergate"): what someone has a role in there is no work.
 */
export const KNOWN_BODIES: ReadonlySet<string> = new Set([
  'enron', 'microsoft', 'ibm', 'intel', 'yahoo', 'ebay', 'nokia', 'vodafone', 'tesco', 'sainsbury',
  'boeing', 'airbus', 'bp', 'barclays', 'hsbc', 'worldcom', 'parmalat', 'halliburton', 'walmart',
  'labour', 'tory', 'tories', 'conservatives', 'democrats', 'republicans', 'parliament', 'congress', 'senate',
  'hamas', 'hezbollah', 'fatah', 'nato', 'unicef', 'unesco', 'oxfam', 'greenpeace', 'amnesty',
  'watergate', 'whitewater', 'interpol', 'fifa', 'uefa', 'ofsted', 'ofcom',
]);
