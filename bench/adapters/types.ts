import type { ReactElement } from 'react';
import type { ReauthFlight } from '../../src/headless/reauthFlight';
import type { ErrorKit } from '../../src/kit/types';

/** Where one request stands as the page sees it: still going, or at its final state. */
export type ProbeState = 'pending' | 'success' | 'error';

/** What a library's page is rendered with. */
export interface PageProps {
  kit: ErrorKit;
  urls: readonly string[];
  /** Called with each request's state whenever it changes. */
  report: (index: number, state: ProbeState) => void;
  /** errorkit policies: the page's shared sign-in, once mounted. */
  onFlight: (flight: ReauthFlight) => void;
}

/** One data library under the bench: its policies, a page of queries and a POST. */
export interface AdapterUnderTest {
  library: string;
  /** The first is errorkit's; the others are the library's defaults. */
  policies: readonly string[];
  page(policy: string, props: PageProps): ReactElement;
  /** Sends a POST to `url` and settles at its final state. */
  post(policy: string, kit: ErrorKit, url: string): Promise<unknown>;
  /** The body of a successful answer, as the library's queries expect it. */
  ok(value: unknown): unknown;
  /** Whether a failure under this policy ever becomes final (SWR's default retries for ever). */
  settles(policy: string): boolean;
}
