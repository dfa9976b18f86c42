// The HTTP fetcher for pages, feeds and sitemaps: one createFetcher, outcomes as data.
export {
  createFetcher,
  DEFAULT_FETCHER_OPTIONS,
  FETCH_FAILURES,
  type Conditional,
  type Fetcher,
  type FetcherOptions,
  type FetchFailure,
  type FetchOutcome,
} from './http.fetcher.js';
export type { Accept, DetectedFormat } from './content.sniffer.js';
export type { PrivateAddressPolicy } from './address.guard.js';
export { isNonPublicAddress } from './address.guard.js';
export { parseRobots, type RobotsRules } from './robots.rules.js';
