export {
  ErrorSummary,
  type ErrorSummaryClassNames,
  type ErrorSummaryMessages,
  type ErrorSummaryProps,
} from './ErrorSummary';
