'use client';

import { createContext, useContext } from 'react';
import { defaultKit } from '../kit/errorKit';
import type { ErrorKit } from '../kit/types';

/**
 * In a module of its own, so the components and adapters read the kit without the provider (and
 * its live region) in their bundle.
 */
export const ErrorKitContext = /* @__PURE__ */ createContext<ErrorKit | undefined>(undefined);

/** The provider's kit, or the default kit outside any provider. */
export function useErrorKit(): ErrorKit {
  return useContext(ErrorKitContext) ?? defaultKit();
}
