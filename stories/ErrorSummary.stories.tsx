import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentProps } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ErrorSummary } from '../src/react';
import { type ExampleErrorArgs, type ExampleField, ExampleForm } from './forms/ExampleForm';
import { STORY_CONTROLS } from './support/FixtureFrame';
import { messagesFor } from './support/messages';

const PAYMENT_FIELDS: ExampleField[] = [
  { name: 'email', label: 'Email address', hint: 'We send the receipt here.' },
  { name: 'amount', label: 'Amount' },
];

type StoryArgs = ComponentProps<typeof ErrorSummary> &
  ExampleErrorArgs & {
    /** The example form's labelled fields (their names become the summary's `fields`). */
    form: ExampleField[];
  };

const meta = {
  title: 'Components/ErrorSummary',
  tags: ['autodocs'],
  component: ErrorSummary,
  // The summary at the top of a real form after a failed submit; `error` comes from the
  // `fixture` or `response` control. On a docs page the summary does not take focus, so the
  // page is not scrolled to it; in the canvas (and the tests) it does, as in an app.
  render: ({ fixture, response, form, error: _, fields: __, ...summaryProps }, { viewMode }) => (
    <ExampleForm
      fixture={fixture}
      response={response}
      fields={form}
      summaryProps={{
        ...summaryProps,
        autoFocus: viewMode === 'docs' ? false : summaryProps.autoFocus,
      }}
    />
  ),
  parameters: {
    docs: {
      description: {
        component:
          '`ErrorSummary` lists what to fix after a failed submit (GOV.UK error summary pattern): each field message links to its field, form-level errors are plain text. It takes focus when a new error appears, which is how screen readers announce it; a link moves focus to the field without changing the URL.',
      },
    },
  },
  argTypes: {
    fixture: { table: { category: STORY_CONTROLS } },
    response: { table: { category: STORY_CONTROLS } },
    form: { table: { category: STORY_CONTROLS } },
    error: { control: false },
    fields: { control: false },
  },
  args: { error: undefined, form: PAYMENT_FIELDS },
} satisfies Meta<StoryArgs>;

export default meta;

type Story = StoryObj<typeof meta>;

const summaryOf = (canvasElement: HTMLElement, globals: Record<string, unknown>) =>
  within(canvasElement).getByRole('region', { name: messagesFor(globals).summaryTitle });

const LARAVEL_MESSAGES = [
  'The email field is required.',
  'The email must be a valid email address.',
  'The amount must be greater than 0.',
];

/** The seed 002 Laravel 422: two messages for the email field, one for the amount. */
export const WithMatchingFields: Story = {
  args: { fixture: 'seed-002-422-validation-example' },
  play: async ({ canvasElement, globals, viewMode }) => {
    const summary = summaryOf(canvasElement, globals);
    await expect(summary).toBeVisible();
    if (viewMode !== 'docs') await waitFor(() => expect(summary).toHaveFocus());
    const links = within(summary).getAllByRole('link');
    await expect(links.map((link) => link.textContent)).toEqual(LARAVEL_MESSAGES);
  },
};

/** Each link moves focus to its field, which says what is wrong. */
export const LinksFlow: Story = {
  name: 'Links to fields flow',
  tags: ['!autodocs'],
  args: WithMatchingFields.args,
  play: async ({ canvasElement, globals }) => {
    const m = messagesFor(globals);
    const canvas = within(canvasElement);
    const summary = summaryOf(canvasElement, globals);
    await userEvent.click(within(summary).getByRole('link', { name: /amount/ }));
    await expect(canvas.getByLabelText('Amount')).toHaveFocus();
    await userEvent.click(
      within(summary).getAllByRole('link', { name: /email/ })[0] as HTMLElement,
    );
    const email = canvas.getByLabelText('Email address');
    await expect(email).toHaveFocus();
    await expect(email).toHaveAccessibleDescription(
      [
        'We send the receipt here.',
        ...LARAVEL_MESSAGES.slice(0, 2).map((text) => `${m.errorPrefix} ${text}`),
      ].join(' '),
    );
    await expect(canvas.getByLabelText('Amount')).toBeInvalid();
  },
};

/**
 * ASP.NET Core's PascalCase `Email` key links to the form's `email` field; the `$.items[0].qty`
 * key names no field of this form, so its message is listed as text.
 */
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
    const summary = summaryOf(canvasElement, globals);
    const link = within(summary).getByRole('link');
    await expect(link).toHaveTextContent('The Email field is required.');
    const items = within(summary).getAllByRole('listitem');
    await expect(items).toHaveLength(2);
    await expect(items[1]).toHaveTextContent('The JSON value could not be converted');
    await expect(within(items[1] as HTMLElement).queryByRole('link')).toBeNull();
    await expect(canvas.getByLabelText('Full name')).not.toBeInvalid();
  },
};

/** NestJS `ValidationPipe`: messages that name no field, listed as text. */
export const FormErrorsOnly: Story = {
  args: {
    fixture: 'nestjs-400-validation-pipe',
    form: [
      { name: 'email', label: 'Email address' },
      { name: 'password', label: 'Password' },
    ],
  },
  play: async ({ canvasElement, globals }) => {
    const summary = summaryOf(canvasElement, globals);
    await expect(within(summary).queryByRole('link')).toBeNull();
    await expect(
      within(summary)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['email must be an email', 'password should not be empty']);
  },
};

const LONG =
  'The delivery address must be a full postal address that a courier can find without calling you, including the building number or name, the street, the town or city and the postcode, written the way it appears on your letters.';

/** Long messages wrap inside the summary and under the field. */
export const LongMessages: Story = {
  args: {
    response: {
      status: 422,
      body: {
        message: 'The given data was invalid.',
        errors: { delivery_address: [LONG], email: ['The email field is required.'] },
      },
    },
    form: [
      { name: 'email', label: 'Email address' },
      { name: 'deliveryAddress', label: 'Delivery address' },
    ],
  },
  play: async ({ canvasElement, globals }) => {
    const summary = summaryOf(canvasElement, globals);
    await expect(within(summary).getByRole('link', { name: LONG })).toBeVisible();
    await expect(summary.scrollWidth).toBeLessThanOrEqual(summary.clientWidth);
  },
};

/** Right to left: an Arabic form under the Arabic catalog (the toolbar's locale, pinned). */
export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  args: {
    response: {
      status: 422,
      body: {
        message: 'البيانات المرسلة غير صالحة.',
        errors: {
          email: ['أدخل عنوان البريد الإلكتروني.'],
          amount: ['يجب أن يكون المبلغ أكبر من 0.'],
        },
      },
    },
    form: [
      { name: 'email', label: 'البريد الإلكتروني' },
      { name: 'amount', label: 'المبلغ' },
    ],
  },
  play: async ({ canvasElement, globals }) => {
    const m = messagesFor(globals);
    const summary = summaryOf(canvasElement, globals);
    await expect(getComputedStyle(summary).direction).toBe('rtl');
    await expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['أدخل عنوان البريد الإلكتروني.', 'يجب أن يكون المبلغ أكبر من 0.']);
    await expect(within(canvasElement).getByLabelText('المبلغ')).toHaveAccessibleDescription(
      `${m.errorPrefix} يجب أن يكون المبلغ أكبر من 0.`,
    );
  },
};

/** A 401 is not the form's problem: no summary, no field messages (the re-auth prompt's job). */
export const NothingToShow: Story = {
  args: { fixture: 'seed-002-401-unauthenticated' },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('region')).toBeNull();
    await expect(canvas.queryByText(messagesFor(globals).summaryTitle)).toBeNull();
    await expect(canvas.getByLabelText('Email address')).not.toBeInvalid();
    await expect(canvas.getByLabelText('Amount')).not.toHaveAttribute('aria-describedby');
  },
};
