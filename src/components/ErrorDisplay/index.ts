export {
  ErrorDisplay,
  type ErrorDisplayProps,
  type ErrorKindRendererProps,
  type ErrorKindRenderers,
} from './ErrorDisplay';
export {
  ErrorNotice,
  type ErrorNoticeClassNames,
  type ErrorNoticeMessages,
  type ErrorNoticeProps,
} from './ErrorNotice';
