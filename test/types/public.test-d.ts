// Type tests for the public API: checked by `tsc` (Vitest's typecheck mode for the `unit`
// project, and `npm run typecheck`). `expectTypeOf` calls are no-ops at runtime.
import type { DefaultOptions } from '@tanstack/react-query';
import { QueryClient } from '@tanstack/react-query';
import type { ComponentProps } from 'react';
import { type UseFormReturn, useForm } from 'react-hook-form';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type ClassifiedError,
  type ClassifyOptions,
  classifyError,
  ERROR_KINDS,
  type ErrorKind,
  type FieldErrors,
  HttpError,
  isClassifiedError,
  type RetryDecision,
  retryDecision,
} from '../../src/core';
import { de } from '../../src/locales/de';
import {
  type RetryPolicy,
  retryPolicy,
  type UseRetryStateResult,
  useRetryState,
} from '../../src/query';
import {
  type ErrorDisplay,
  type ErrorDisplayProps,
  type ErrorKitMessages,
  type RetryBanner,
  type RetryBannerProps,
  type RetryState,
  useClassifiedError,
} from '../../src/react';
import { type AppliedServerErrors, applyServerErrors } from '../../src/reactHookForm';

describe('errorkit (core)', () => {
  it('classifyError takes anything and returns a ClassifiedError', () => {
    expectTypeOf(classifyError).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(classifyError).parameter(1).toEqualTypeOf<ClassifyOptions | undefined>();
    expectTypeOf(classifyError).returns.toEqualTypeOf<ClassifiedError>();
    expectTypeOf(classifyError(new HttpError({ status: 422 }))).toEqualTypeOf<ClassifiedError>();
  });

  it('ErrorKind is the 13-member union', () => {
    expectTypeOf<ErrorKind>().toEqualTypeOf<
      | 'validation'
      | 'unauthenticated'
      | 'forbidden'
      | 'not-found'
      | 'conflict'
      | 'rate-limited'
      | 'unavailable'
      | 'server'
      | 'timeout'
      | 'network'
      | 'cancelled'
      | 'client'
      | 'unknown'
    >();
    expectTypeOf(ERROR_KINDS).toEqualTypeOf<readonly ErrorKind[]>();
    expectTypeOf<ClassifiedError['kind']>().toEqualTypeOf<ErrorKind>();
    expectTypeOf<ClassifiedError['status']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<ClassifiedError['fieldErrors']>().toEqualTypeOf<FieldErrors>();
  });

  it('isClassifiedError narrows unknown to ClassifiedError', () => {
    const value: unknown = undefined;
    if (isClassifiedError(value)) expectTypeOf(value).toEqualTypeOf<ClassifiedError>();
    expectTypeOf(retryDecision).returns.toEqualTypeOf<RetryDecision>();
  });
});

describe('errorkit/query', () => {
  it("retryPolicy() fits TanStack Query's defaultOptions.queries and mutations", () => {
    const policy = retryPolicy();
    expectTypeOf(policy).toEqualTypeOf<RetryPolicy>();
    type Queries = NonNullable<DefaultOptions['queries']>;
    type Mutations = NonNullable<DefaultOptions['mutations']>;
    expectTypeOf(policy.retry).toExtend<NonNullable<Queries['retry']>>();
    expectTypeOf(policy.retryDelay).toExtend<NonNullable<Queries['retryDelay']>>();
    expectTypeOf(policy.retry).toExtend<NonNullable<Mutations['retry']>>();
    expectTypeOf(policy.retryDelay).toExtend<NonNullable<Mutations['retryDelay']>>();
    expectTypeOf({ ...policy, staleTime: 1000 }).toExtend<Queries>();
    // And it compiles where the README puts it.
    new QueryClient({ defaultOptions: { queries: { ...retryPolicy() }, mutations: policy } });
  });

  it('useRetryState feeds ErrorDisplay and RetryBanner', () => {
    expectTypeOf(useRetryState).returns.toEqualTypeOf<UseRetryStateResult>();
    expectTypeOf<UseRetryStateResult['error']>().toEqualTypeOf<ClassifiedError | undefined>();
    expectTypeOf<UseRetryStateResult['retry']>().toEqualTypeOf<RetryState | undefined>();
    const { error, retry } = {} as UseRetryStateResult;
    expectTypeOf({ error, retry }).toExtend<ErrorDisplayProps>();
    expectTypeOf({ error, retry }).toExtend<RetryBannerProps>();
  });
});

describe('errorkit/react', () => {
  it('component props', () => {
    expectTypeOf<RetryBannerProps['error']>().toEqualTypeOf<unknown>();
    expectTypeOf<ErrorDisplayProps['error']>().toEqualTypeOf<unknown>();
    expectTypeOf<ComponentProps<typeof RetryBanner>>().toExtend<RetryBannerProps>();
    expectTypeOf<ComponentProps<typeof ErrorDisplay>>().toExtend<ErrorDisplayProps>();
    expectTypeOf({ error: new Error('x'), retry: {} as RetryState }).toExtend<ErrorDisplayProps>();

    const standalone = { onRetry: () => {}, attempt: 2, maxRetries: 5 };
    expectTypeOf({ error: new Error('x'), retry: standalone }).toExtend<ErrorDisplayProps>();
    expectTypeOf({ error: null, retry: { onRetry: () => {} } }).toExtend<ErrorDisplayProps>();
    // `error` belongs to ErrorDisplay itself, not to its `retry` props.
    expectTypeOf<{ error: unknown }>().not.toExtend<NonNullable<ErrorDisplayProps['retry']>>();
    // `error` is required.
    expectTypeOf<{ retry: RetryState }>().not.toExtend<ErrorDisplayProps>();
  });

  it('useClassifiedError and the locale catalogs', () => {
    expectTypeOf(useClassifiedError).returns.toEqualTypeOf<ClassifiedError | undefined>();
    expectTypeOf(de).toExtend<ErrorKitMessages>();
  });
});

describe('errorkit/react-hook-form', () => {
  it('applyServerErrors is generic over the form values', () => {
    interface Signup {
      email: string;
      address: { city: string };
    }
    const form = {} as UseFormReturn<Signup>;
    const applied = applyServerErrors(form, new Error('x'));
    expectTypeOf(applied).toEqualTypeOf<AppliedServerErrors<Signup>>();
    expectTypeOf(applied.fields).toEqualTypeOf<('email' | 'address' | 'address.city')[]>();
    applyServerErrors(form, null, { fields: ['email', 'address.city'] });
    // @ts-expect-error: not a field of Signup
    applyServerErrors(form, null, { fields: ['emial'] });
    expectTypeOf(applyServerErrors<Signup>)
      .parameter(0)
      .toEqualTypeOf<UseFormReturn<Signup>>();
    expectTypeOf(useForm<Signup>).returns.toExtend<
      Parameters<typeof applyServerErrors<Signup>>[0]
    >();
  });
});
