import type { Dialect } from '../types';
import { errorList } from './errorList';
import { errorObject } from './errorObject';
import { errorsMap } from './errorsMap';
import { exceptionEnvelope } from './exceptionEnvelope';
import { fieldDict } from './fieldDict';
import { github } from './github';
import { googleRpc } from './googleRpc';
import { graphql } from './graphql';
import { jsonApi } from './jsonApi';
import { messageBody } from './messageBody';
import { nestjs } from './nestjs';
import { problemDetails } from './problemDetails';
import { springBoot } from './springBoot';

/**
 * Structural dialects, most specific first. The first that recognises a body claims its
 * structure (fields, form errors); {@link messageBody} then fills what it left open.
 */
export const builtInDialects: readonly Dialect[] = [
  exceptionEnvelope,
  googleRpc,
  errorObject,
  problemDetails,
  springBoot,
  nestjs,
  github,
  errorList,
  jsonApi,
  graphql,
  errorsMap,
  fieldDict,
];

export { messageBody };
