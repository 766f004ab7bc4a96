import type { ComponentType } from 'react';
import type { ClassifiedError, ErrorKind } from '../core';

/** What a replacement rendering of one kind receives. */
export interface ErrorKindRendererProps {
  error: ClassifiedError;
}

/** Replacement renderings per kind, for `ErrorDisplay` (prop or provider). */
export type ErrorKindRenderers = Partial<Record<ErrorKind, ComponentType<ErrorKindRendererProps>>>;
