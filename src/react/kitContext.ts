import { createContext } from 'react';
import type { ErrorKit } from '../kit/types';

/** In a module of its own, so the form adapters can read it without the rest of the React layer. */
export const ErrorKitContext = createContext<ErrorKit | undefined>(undefined);
