export {
  FieldError,
  type FieldErrorClassNames,
  type FieldErrorMessages,
  type FieldErrorProps,
} from './FieldError';
