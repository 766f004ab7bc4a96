export {
  ReauthPrompt,
  type ReauthPromptClassNames,
  type ReauthPromptProps,
  type ReauthPromptState,
} from './ReauthPrompt';
