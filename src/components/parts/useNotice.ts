'use client';

import type { ClassifiedError } from '../../core';
import type { ErrorKit } from '../../kit/types';
import type { ErrorKitMessages } from '../../locales/types';
import { useErrorKit } from '../../react/kitContext';
import { useClassifiedError } from '../../react/useClassifiedError';
import { capText, textLimit } from './payloadText';

export interface Notice {
  kit: ErrorKit;
  /** The error, classified with the provider's options and localised; `undefined` without one. */
  classified: ClassifiedError | undefined;
  /** The provider's catalog with the component's `messages` prop on top. */
  messages: ErrorKitMessages;
  /** Cuts payload text to the provider's `maxMessageLength`. */
  cap: (text: string) => string;
}

/** The provider, the classified error, the catalog with per-component overrides, and the text cap. */
export function useNotice(
  error: unknown,
  overrides: Partial<ErrorKitMessages> | undefined,
): Notice {
  const kit = useErrorKit();
  const classified = useClassifiedError(error);
  const max = textLimit(kit.classifyOptions.maxMessageLength);
  return {
    kit,
    classified,
    messages: { ...kit.messages, ...overrides },
    cap: (text) => capText(text, max),
  };
}
