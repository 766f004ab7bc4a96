import type { ComponentType } from 'react';
import type { ClassifiedError, ErrorKind } from '../core';

/** The props of a component `ErrorDisplay` renders, as a renderer sees them. */
export type DefaultProps = Record<string, unknown>;

/**
 * What a replacement rendering of one kind receives, so wrapping the default is one line:
 * `({ props, Default }) => <Card><Default {...props} /></Card>`.
 */
export interface ErrorKindRendererProps {
  error: ClassifiedError;
  props: DefaultProps;
  Default: ComponentType<DefaultProps>;
}

/** Replacement renderings per kind, for `ErrorDisplay` (prop or provider). */
export type ErrorKindRenderers = Partial<Record<ErrorKind, ComponentType<ErrorKindRendererProps>>>;
