import { createContext } from 'react';
import type { ErrorKit } from '../kit/types';

/**
 * The provider's kit, in a module of its own so that the form adapters can read it without the
 * rest of the React layer.
 */
export const ErrorKitContext = createContext<ErrorKit | undefined>(undefined);
