import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentProps } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { FieldError } from '../src/react';
import { type ExampleErrorArgs, type ExampleField, ExampleForm } from './forms/ExampleForm';
import { STORY_CONTROLS } from './support/FixtureFrame';
import { messagesFor } from './support/messages';

type StoryArgs = ComponentProps<typeof FieldError> &
  ExampleErrorArgs & {
    /** The example form's labelled fields; each gets a `FieldError` with its `name`. */
    form: ExampleField[];
    /** Show the form's error summary too. */
    summary?: boolean;
  };

/** Each message read after the catalog's visually hidden prefix, as `aria-describedby` reads it. */
const described = (globals: Record<string, unknown>, ...texts: string[]) =>
  texts.map((text) => `${messagesFor(globals).errorPrefix} ${text}`).join(' ');

const meta = {
  title: 'Components/FieldError',
  tags: ['autodocs'],
  component: FieldError,
  // One `FieldError` per field of a real form; `error` comes from the `fixture` or `response`
  // control and `name` from each field.
  render: ({ fixture, response, form, summary, error: _, name: __, ...fieldErrorProps }) => (
    <ExampleForm
      fixture={fixture}
      response={response}
      fields={form}
      summary={summary}
      fieldErrorProps={fieldErrorProps}
      summaryProps={{ autoFocus: false }}
    />
  ),
  parameters: {
    docs: {
      description: {
        component:
          '`FieldError` shows a field\'s messages between its label (and hint) and input, each read after a visually hidden "Error:" prefix (GOV.UK error message pattern). `useFieldErrors(error).fieldProps(name)` marks the input invalid and points its `aria-describedby` at them. Server keys match form names regardless of case and style.',
      },
    },
  },
  argTypes: {
    fixture: { table: { category: STORY_CONTROLS } },
    response: { table: { category: STORY_CONTROLS } },
    form: { table: { category: STORY_CONTROLS } },
    summary: { table: { category: STORY_CONTROLS } },
    error: { control: false },
    name: { control: false },
  },
  args: {
    error: undefined,
    name: 'email',
    summary: false,
    form: [
      { name: 'email', label: 'Email address' },
      { name: 'amount', label: 'Amount' },
    ],
  },
} satisfies Meta<StoryArgs>;

export default meta;

type Story = StoryObj<typeof meta>;

/** The seed 002 Laravel 422: two messages under the email field, one under the amount. */
export const WithMatchingFields: Story = {
  args: { fixture: 'seed-002-422-validation-example' },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const email = canvas.getByLabelText('Email address');
    await expect(email).toBeInvalid();
    await expect(email).toHaveAccessibleDescription(
      described(
        globals,
        'The email field is required.',
        'The email must be a valid email address.',
      ),
    );
    await expect(
      canvas.getByText('The amount must be greater than 0.', { exact: false }),
    ).toBeVisible();
    // The prefix is for screen readers only.
    const prefix = canvas.getAllByText(messagesFor(globals).errorPrefix)[0] as HTMLElement;
    await expect(prefix.getBoundingClientRect().width).toBeLessThanOrEqual(1);
  },
};

/** ASP.NET Core's PascalCase `Email` reaches the `email` field; an unknown key reaches none. */
export const WithUnmatchedServerKeys: Story = {
  args: {
    fixture: 'aspnet-400-validation-problem-details',
    form: [
      { name: 'email', label: 'Email address' },
      { name: 'fullName', label: 'Full name' },
    ],
  },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByLabelText('Email address')).toHaveAccessibleDescription(
      described(globals, 'The Email field is required.'),
    );
    await expect(canvas.getByLabelText('Full name')).not.toBeInvalid();
    await expect(canvas.queryByText(/System\.Int32/)).toBeNull();
  },
};

/** Form-level errors only: no field has a message (the summary lists them). */
export const FormErrorsOnly: Story = {
  args: { fixture: 'nestjs-400-validation-pipe' },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByText(messagesFor(globals).errorPrefix)).toBeNull();
    await expect(canvas.getByLabelText('Email address')).not.toBeInvalid();
  },
};

/** With the summary: clicking its link lands on the field that shows the message. */
export const WithSummaryFlow: Story = {
  name: 'Summary link to field flow',
  tags: ['!autodocs'],
  args: { fixture: 'seed-002-422-validation-example', summary: true },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const summary = canvas.getByRole('region', { name: messagesFor(globals).summaryTitle });
    await userEvent.click(within(summary).getByRole('link', { name: /amount/ }));
    const amount = canvas.getByLabelText('Amount');
    await expect(amount).toHaveFocus();
    await expect(amount).toHaveAccessibleDescription(
      described(globals, 'The amount must be greater than 0.'),
    );
  },
};

const LONG =
  'The amount must be a number greater than 0 and no more than the balance of the account you are paying from, after any payments that are already scheduled for today.';

/** A long message wraps under its field. */
export const LongMessages: Story = {
  args: {
    response: { status: 422, body: { errors: { amount: [LONG] } } },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const message = canvas.getByText(LONG, { exact: false });
    await expect(message).toBeVisible();
    await expect(message.scrollWidth).toBeLessThanOrEqual(message.clientWidth);
  },
};

/** Right to left, under the Arabic catalog (the toolbar's locale, pinned). */
export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  args: {
    response: { status: 422, body: { errors: { email: ['أدخل عنوان البريد الإلكتروني.'] } } },
    form: [{ name: 'email', label: 'البريد الإلكتروني' }],
  },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByLabelText('البريد الإلكتروني')).toHaveAccessibleDescription(
      described(globals, 'أدخل عنوان البريد الإلكتروني.'),
    );
  },
};

/** A 401: nothing to show next to the fields. */
export const NothingToShow: Story = {
  args: { fixture: 'seed-002-401-unauthenticated' },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByText(messagesFor(globals).errorPrefix)).toBeNull();
    await expect(canvas.getByLabelText('Email address')).not.toBeInvalid();
    await expect(canvas.getByLabelText('Amount')).not.toHaveAttribute('aria-describedby');
  },
};
