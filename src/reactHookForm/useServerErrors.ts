'use client';

import { useContext } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { defaultKit } from '../kit/errorKit';
import { ErrorKitContext } from '../react/kitContext';
import {
  type AppliedServerErrors,
  type ApplyServerErrorsOptions,
  applyServerErrors,
} from './applyServerErrors';
import { useClearServerErrors } from './useClearServerErrors';

/**
 * {@link applyServerErrors} with the provider's kit, plus {@link useClearServerErrors}.
 * ```tsx
 * const applyErrors = useServerErrors(form);
 * const onSubmit = form.handleSubmit((values) => save(values).catch(applyErrors));
 * ```
 */
export function useServerErrors<TFieldValues extends FieldValues>(
  form: UseFormReturn<TFieldValues>,
  options: ApplyServerErrorsOptions<TFieldValues> = {},
): (error: unknown) => AppliedServerErrors<TFieldValues> {
  useClearServerErrors(form);
  const kit = useContext(ErrorKitContext) ?? defaultKit();
  return (error) => applyServerErrors(form, error, { kit, ...options });
}
