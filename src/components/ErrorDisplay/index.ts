export {
  ErrorDisplay,
  type ErrorDisplayProps,
  type ErrorKindRendererProps,
  type ErrorKindRenderers,
} from './ErrorDisplay';
export { ErrorNotice, type ErrorNoticeClassNames, type ErrorNoticeProps } from './ErrorNotice';
