// Following topics: the Topic schema, the definition of a match, and the index that finds the topics an
// incident matches without checking every one (pure: no I/O, no clock).
export {
  TopicSchema,
  TopicPlaceSchema,
  GRADE_STEPS,
  type Topic,
  type TopicPlace,
  type GradeStep,
} from './topic.js';
export {
  matchesTopic,
  matchesCompiled,
  compileTopic,
  prepareIncident,
  gradeRank,
  type MatchableIncident,
  type CompiledTopic,
  type PreparedIncident,
} from './topic.matcher.js';
export { TopicIndex, KEY_KINDS, type KeyKind } from './topics.index.js';
export { parseQuery, type QueryTerm } from './terms.normalizer.js';
