// The catalogue's own preview, unchanged (see main.ts).
export { default } from '../../.storybook/preview';
