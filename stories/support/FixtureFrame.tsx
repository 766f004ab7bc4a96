import { type ReactNode, useMemo } from 'react';
import { HttpError } from '../../src/core';
import { ErrorKitProvider, en } from '../../src/react';
import { ar } from '../../src/react/locales/ar';
import { responseFixture } from '../../test/fixtures';

/** Story props: a fixture id (plain data, so Storybook can show it) instead of an error. */
export interface FixtureStoryProps {
  /** Id of a shared response fixture (`test/fixtures`). */
  fixture: string;
  /** Replaces the payload's message (for long or hostile text). */
  bodyMessage?: string;
  /** Render with the Arabic catalog, right to left. */
  rtl?: boolean;
}

/** The fixture's response as the `HttpError` `fetchJson` would throw for it. */
export function useFixtureError(fixture: string, bodyMessage?: string): HttpError {
  return useMemo(() => {
    const { response, method } = responseFixture(fixture);
    const body = bodyMessage ? { message: bodyMessage } : response.body;
    return new HttpError({ ...response, body, method });
  }, [fixture, bodyMessage]);
}

/** English, or Arabic right to left, around a story. */
export function LocaleFrame({ rtl = false, children }: { rtl?: boolean; children: ReactNode }) {
  const messages = rtl ? ar : en;
  return (
    <ErrorKitProvider messages={messages}>
      <div dir={messages.dir} lang={messages.locale}>
        {children}
      </div>
    </ErrorKitProvider>
  );
}
