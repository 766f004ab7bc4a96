'use client';
import type { AnyFormApi } from '@tanstack/react-form';
import { useContext } from 'react';
import { defaultKit } from '../kit/errorKit';
import { ErrorKitContext } from '../react/kitContext';
import {
  type AppliedServerErrors,
  type ApplyServerErrorsOptions,
  applyServerErrors,
  type FormValuesOf,
} from './applyServerErrors';
import { useClearServerErrors } from './useClearServerErrors';

/**
 * {@link applyServerErrors} with the provider's kit, plus {@link useClearServerErrors}.
 * ```tsx
 * const applyErrors = useServerErrors(form);
 * <form onSubmit={(event) => { event.preventDefault(); form.handleSubmit().catch(applyErrors); }}>
 * ```
 */
export function useServerErrors<TForm extends AnyFormApi>(
  form: TForm,
  options: ApplyServerErrorsOptions<FormValuesOf<TForm>> = {},
): (error: unknown) => AppliedServerErrors<FormValuesOf<TForm>> {
  useClearServerErrors(form);
  const kit = useContext(ErrorKitContext) ?? defaultKit();
  return (error) => applyServerErrors(form, error, { kit, ...options });
}
