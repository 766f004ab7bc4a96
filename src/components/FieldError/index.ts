export { FieldError, type FieldErrorClassNames, type FieldErrorProps } from './FieldError';
