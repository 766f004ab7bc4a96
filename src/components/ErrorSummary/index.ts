export {
  ErrorSummary,
  type ErrorSummaryClassNames,
  type ErrorSummaryProps,
} from './ErrorSummary';
