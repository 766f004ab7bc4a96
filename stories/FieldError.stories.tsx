import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { ErrorKitProvider } from '../src/react';
import { ExampleForm } from './forms/ExampleForm';

const meta = {
  title: 'Components/FieldError',
  tags: ['autodocs'],
  component: ExampleForm,
  parameters: {
    docs: {
      description: {
        component:
          '`FieldError` shows a field\'s messages between its label and input, each read after a visually hidden "Error:" prefix (GOV.UK error message pattern). `useFieldErrors(error).fieldProps(name)` marks the input invalid and points its `aria-describedby` at them. Server keys match form names regardless of case and style.',
      },
    },
  },
  args: {
    summary: false,
    fields: [
      { name: 'email', label: 'Email address' },
      { name: 'amount', label: 'Amount' },
    ],
  },
} satisfies Meta<typeof ExampleForm>;

export default meta;

type Story = StoryObj<typeof meta>;

/** The seed 002 Laravel 422: two messages under the email field, one under the amount. */
export const WithMatchingFields: Story = {
  args: { fixture: 'seed-002-422-validation-example' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const email = canvas.getByLabelText('Email address');
    await expect(email).toBeInvalid();
    await expect(email).toHaveAccessibleDescription(
      'Error: The email field is required. Error: The email must be a valid email address.',
    );
    await expect(
      canvas.getByText('The amount must be greater than 0.', { exact: false }),
    ).toBeVisible();
    // The prefix is for screen readers only.
    const prefix = canvas.getAllByText('Error:')[0] as HTMLElement;
    await expect(prefix.getBoundingClientRect().width).toBeLessThanOrEqual(1);
  },
};

/** ASP.NET Core's PascalCase `Email` reaches the `email` field; an unknown key reaches none. */
export const WithUnmatchedServerKeys: Story = {
  args: {
    fixture: 'aspnet-400-validation-problem-details',
    fields: [
      { name: 'email', label: 'Email address' },
      { name: 'fullName', label: 'Full name' },
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByLabelText('Email address')).toHaveAccessibleDescription(
      'Error: The Email field is required.',
    );
    await expect(canvas.getByLabelText('Full name')).not.toBeInvalid();
    await expect(canvas.queryByText(/System\.Int32/)).toBeNull();
  },
};

/** Form-level errors only: no field has a message (the summary lists them). */
export const FormErrorsOnly: Story = {
  args: { fixture: 'nestjs-400-validation-pipe' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByText('Error:')).toBeNull();
    await expect(canvas.getByLabelText('Email address')).not.toBeInvalid();
  },
};

/** With the summary: clicking its link lands on the field that shows the message. */
export const WithSummary: Story = {
  args: { fixture: 'seed-002-422-validation-example', summary: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const summary = canvas.getByRole('region', { name: 'There is a problem' });
    await userEvent.click(within(summary).getByRole('link', { name: /amount/ }));
    const amount = canvas.getByLabelText('Amount');
    await expect(amount).toHaveFocus();
    await expect(amount).toHaveAccessibleDescription('Error: The amount must be greater than 0.');
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

/** Right to left, with the prefix from an Arabic catalog override. */
export const RightToLeft: Story = {
  args: {
    response: { status: 422, body: { errors: { email: ['أدخل عنوان البريد الإلكتروني.'] } } },
    fields: [{ name: 'email', label: 'البريد الإلكتروني' }],
  },
  decorators: [
    (Story) => (
      <ErrorKitProvider overrides={{ errorPrefix: 'خطأ:' }}>
        <div dir="rtl" lang="ar">
          <Story />
        </div>
      </ErrorKitProvider>
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByLabelText('البريد الإلكتروني')).toHaveAccessibleDescription(
      'خطأ: أدخل عنوان البريد الإلكتروني.',
    );
  },
};

/** A 401: nothing to show next to the fields. */
export const NothingToShow: Story = {
  args: { fixture: 'seed-002-401-unauthenticated' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByText('Error:')).toBeNull();
    await expect(canvas.getByLabelText('Email address')).not.toBeInvalid();
    await expect(canvas.getByLabelText('Amount')).not.toHaveAttribute('aria-describedby');
  },
};
