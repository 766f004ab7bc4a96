'use client';

import { createContext, type ReactNode, useContext, useMemo, useRef } from 'react';
import { LIVE_REGION_ATTRIBUTE } from '../headless/announcer';
import { defaultKit, deriveKit } from '../kit/errorKit';
import type { ErrorKit, ErrorKitConfig } from '../kit/types';
import { ErrorKitContext } from './kitContext';
import type { ErrorKindRenderers } from './renderers';
import { sameContent, useStableValue } from './stableValue';

/** Props of {@link ErrorKitProvider}: a kit, and any setting of one to use instead of the kit's. */
export interface ErrorKitProviderProps extends ErrorKitConfig {
  children?: ReactNode;
  /**
   * The app's kit from `errorKit(...)`, shared with `retryPolicy(kit)` and the form adapters.
   * @default a kit with the default settings
   */
  kit?: ErrorKit;
  /** Replacement renderings per kind for every `ErrorDisplay` below. */
  renderers?: ErrorKindRenderers;
}

const RenderersContext = /* @__PURE__ */ createContext<ErrorKindRenderers | undefined>(undefined);

/** The same kit while a new one has the same settings (a kit made during render). */
function useStableKit(kit: ErrorKit | undefined): ErrorKit {
  const given = kit ?? defaultKit();
  const stable = useRef(given);
  if (stable.current !== given && !sameContent(stable.current.config, given.config)) {
    stable.current = given;
  }
  return stable.current;
}

/**
 * Gives errorkit's components and hooks a kit (optional). Settings given as props are compared by
 * content, so inline objects and functions do not re-classify, re-focus or restart countdowns.
 */
export function ErrorKitProvider({ children, kit, renderers, ...settings }: ErrorKitProviderProps) {
  const base = useStableKit(kit);
  // A setting given as `undefined` leaves the kit's.
  const own = useStableValue(
    Object.fromEntries(Object.entries(settings).filter((entry) => entry[1] !== undefined)),
  );
  const value = useMemo(() => deriveKit(base, own), [base, own]);
  const liveRegion = { [LIVE_REGION_ATTRIBUTE]: '' };
  return (
    <ErrorKitContext.Provider value={value}>
      <RenderersContext.Provider value={useStableValue(renderers)}>
        {children}
        {/* Rendered up front so it is in the page before any error text is written to it. */}
        <div {...liveRegion} aria-live="polite" aria-atomic="true" className="ek-visually-hidden" />
      </RenderersContext.Provider>
    </ErrorKitContext.Provider>
  );
}

/** The nearest provider's kit, or the default one. */
export function useRenderers(): ErrorKindRenderers | undefined {
  return useContext(RenderersContext);
}
