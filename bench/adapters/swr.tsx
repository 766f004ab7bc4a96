import { useEffect } from 'react';
import useSWR, { SWRConfig } from 'swr';
import { fetchJson } from '../../src/core';
import type { ErrorKit } from '../../src/kit/types';
import { ErrorKitProvider } from '../../src/react';
import { SWRReauthProvider, swrConfig, useRetryState } from '../../src/swr';
import { FlightProbe } from './FlightProbe';
import type { AdapterUnderTest, PageProps, ProbeState } from './types';

const load = (url: string) => fetchJson(url);

function Probe({
  url,
  index,
  report,
  kit,
}: {
  url: string;
  index: number;
  report: PageProps['report'];
  kit: ErrorKit | undefined;
}) {
  const query = useSWR(url, load);
  const { retry } = useRetryState(query, url);
  // SWR keeps `error` while it retries: with errorkit a failure is final once no retry is
  // pending; SWR's default retries with no end.
  const state: ProbeState =
    query.data !== undefined
      ? 'success'
      : query.error && kit && !query.isValidating && retry?.willRetry === false
        ? 'error'
        : 'pending';
  useEffect(() => report(index, state), [report, index, state]);
  return null;
}

export const swr: AdapterUnderTest = {
  library: 'SWR 2',
  policies: ['errorkit', 'default'],
  page(policy, { kit, urls, report, onFlight }) {
    const errorkit = policy === 'errorkit';
    const probes = urls.map((url, index) => (
      <Probe key={url} url={url} index={index} report={report} kit={errorkit ? kit : undefined} />
    ));
    return (
      <SWRConfig value={{ ...(errorkit ? swrConfig(kit) : {}), provider: () => new Map() }}>
        <ErrorKitProvider kit={kit}>
          {errorkit ? (
            <SWRReauthProvider>
              <FlightProbe onFlight={onFlight} />
              {probes}
            </SWRReauthProvider>
          ) : (
            probes
          )}
        </ErrorKitProvider>
      </SWRConfig>
    );
  },
  // SWR sends mutations through `useSWRMutation`, which never retries, under either policy.
  post: (_policy, _kit, url) => fetchJson(url, { method: 'POST', body: '{"amount":100}' }),
  ok: (value) => value,
  settles: (policy) => policy === 'errorkit',
};
