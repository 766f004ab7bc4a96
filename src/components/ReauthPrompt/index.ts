export {
  ReauthPrompt,
  type ReauthPromptClassNames,
  type ReauthPromptMessages,
  type ReauthPromptProps,
  type ReauthPromptState,
} from './ReauthPrompt';
