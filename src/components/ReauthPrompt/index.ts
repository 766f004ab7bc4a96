export { ReauthOutlet, type ReauthOutletProps } from './ReauthOutlet';
export {
  ReauthPrompt,
  type ReauthPromptClassNames,
  type ReauthPromptMessages,
  type ReauthPromptProps,
  type ReauthPromptState,
} from './ReauthPrompt';
