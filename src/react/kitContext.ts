import { createContext } from 'react';
import type { ErrorKitContextValue } from './ErrorKitProvider';

/**
 * The provider's context, in a module of its own so that `errorkit/react-hook-form` can read the
 * app's classify options without the rest of the React layer.
 */
export const ErrorKitContext = createContext<ErrorKitContextValue | undefined>(undefined);
