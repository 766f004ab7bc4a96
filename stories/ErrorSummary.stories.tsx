import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ErrorKitProvider } from '../src/react';
import { ExampleForm } from './forms/ExampleForm';

const PAYMENT_FIELDS = [
  { name: 'email', label: 'Email address' },
  { name: 'amount', label: 'Amount' },
];

const meta = {
  title: 'Components/ErrorSummary',
  tags: ['autodocs'],
  component: ExampleForm,
  parameters: {
    docs: {
      description: {
        component:
          '`ErrorSummary` lists what to fix after a failed submit (GOV.UK error summary pattern): each field message links to its field, form-level errors are plain text. It takes focus when a new error appears, which is how screen readers announce it; a link moves focus to the field without changing the URL.',
      },
    },
  },
  args: { fields: PAYMENT_FIELDS },
} satisfies Meta<typeof ExampleForm>;

export default meta;

type Story = StoryObj<typeof meta>;

/** The seed 002 Laravel 422: two messages for the email field, one for the amount. */
export const WithMatchingFields: Story = {
  args: { fixture: 'seed-002-422-validation-example' },
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const summary = canvas.getByRole('region', { name: 'There is a problem' });

    await step('the summary appears and takes focus', async () => {
      await expect(summary).toBeVisible();
      await waitFor(() => expect(summary).toHaveFocus());
      const links = within(summary).getAllByRole('link');
      await expect(links.map((link) => link.textContent)).toEqual([
        'The email field is required.',
        'The email must be a valid email address.',
        'The amount must be greater than 0.',
      ]);
    });

    await step('a link moves focus to its field', async () => {
      await userEvent.click(within(summary).getByRole('link', { name: /amount/ }));
      await expect(canvas.getByLabelText('Amount')).toHaveFocus();
      await userEvent.click(
        within(summary).getAllByRole('link', { name: /email/ })[0] as HTMLElement,
      );
      await expect(canvas.getByLabelText('Email address')).toHaveFocus();
    });

    await step('the fields say what is wrong', async () => {
      await expect(canvas.getByLabelText('Email address')).toHaveAccessibleDescription(
        'Error: The email field is required. Error: The email must be a valid email address.',
      );
      await expect(canvas.getByLabelText('Amount')).toBeInvalid();
    });
  },
};

/**
 * ASP.NET Core's PascalCase `Email` key links to the form's `email` field; the `$.items[0].qty`
 * key names no field of this form, so its message is listed as text.
 */
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
    const summary = canvas.getByRole('region', { name: 'There is a problem' });
    const link = within(summary).getByRole('link');
    await expect(link).toHaveTextContent('The Email field is required.');
    const items = within(summary).getAllByRole('listitem');
    await expect(items).toHaveLength(2);
    await expect(items[1]).toHaveTextContent('The JSON value could not be converted');
    await expect(within(items[1] as HTMLElement).queryByRole('link')).toBeNull();
    await userEvent.click(link);
    await expect(canvas.getByLabelText('Email address')).toHaveFocus();
    await expect(canvas.getByLabelText('Full name')).not.toBeInvalid();
  },
};

/** NestJS `ValidationPipe`: messages that name no field, listed as text. */
export const FormErrorsOnly: Story = {
  args: {
    fixture: 'nestjs-400-validation-pipe',
    fields: [
      { name: 'email', label: 'Email address' },
      { name: 'password', label: 'Password' },
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const summary = canvas.getByRole('region', { name: 'There is a problem' });
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
    fields: [
      { name: 'email', label: 'Email address' },
      { name: 'deliveryAddress', label: 'Delivery address' },
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const summary = canvas.getByRole('region', { name: 'There is a problem' });
    const link = within(summary).getByRole('link', { name: LONG });
    await expect(link).toBeVisible();
    await expect(summary.scrollWidth).toBeLessThanOrEqual(summary.clientWidth);
    await userEvent.click(link);
    await expect(canvas.getByLabelText('Delivery address')).toHaveFocus();
  },
};

/** Right to left: an Arabic form with the catalog's strings overridden. */
export const RightToLeft: Story = {
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
    fields: [
      { name: 'email', label: 'البريد الإلكتروني' },
      { name: 'amount', label: 'المبلغ' },
    ],
  },
  decorators: [
    (Story) => (
      <ErrorKitProvider overrides={{ summaryTitle: 'توجد مشكلة', errorPrefix: 'خطأ:' }}>
        <div dir="rtl" lang="ar">
          <Story />
        </div>
      </ErrorKitProvider>
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const summary = canvas.getByRole('region', { name: 'توجد مشكلة' });
    await userEvent.click(
      within(summary).getByRole('link', { name: 'يجب أن يكون المبلغ أكبر من 0.' }),
    );
    await expect(canvas.getByLabelText('المبلغ')).toHaveFocus();
    await expect(canvas.getByLabelText('المبلغ')).toHaveAccessibleDescription(
      'خطأ: يجب أن يكون المبلغ أكبر من 0.',
    );
  },
};

/** A 401 is not the form's problem: no summary, no field messages (the re-auth prompt's job). */
export const NothingToShow: Story = {
  args: { fixture: 'seed-002-401-unauthenticated' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('region')).toBeNull();
    await expect(canvas.queryByText('There is a problem')).toBeNull();
    await expect(canvas.getByLabelText('Email address')).not.toBeInvalid();
    await expect(canvas.getByLabelText('Amount')).not.toHaveAttribute('aria-describedby');
  },
};
