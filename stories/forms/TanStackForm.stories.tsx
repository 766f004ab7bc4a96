import type { Meta, StoryObj } from '@storybook/react-vite';
import { HttpResponse, http } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { responseFixture } from '../../test/fixtures';
import { ownIframe } from '../support/docs';
import { messagesFor } from '../support/messages';
import { TanStackDeliveryForm } from './TanStackDeliveryForm';

/*
 * errorkit/tanstack-form end to end: a real TanStack Form form sends its values with `fetchJson`,
 * Mock Service Worker answers with a shared fixture, and `useServerErrors` puts the answer on the
 * fields and the form.
 */

const URL = '/api/tanstack-form/delivery';

/** The fixture's response as Mock Service Worker serves it. */
function serve(id: string): Response {
  const { response } = responseFixture(id);
  return HttpResponse.json(response.body as never, {
    status: response.status,
    headers: response.headers,
  });
}

const meta = {
  title: 'Forms/TanStack Form',
  component: TanStackDeliveryForm,
  args: { url: URL },
  parameters: {
    docs: {
      story: ownIframe,
      description: {
        component:
          "`useServerErrors(form)` from `errorkit/tanstack-form` catches `form.handleSubmit()`: each server message becomes its field's `errorMap.onServer` (JSON:API pointers, snake_case keys and array paths matched to the form's names), the rest the form's, and the first field with an error takes focus. A field's message goes when the user changes that field, not when they only pass through it.",
      },
    },
  },
} satisfies Meta<typeof TanStackDeliveryForm>;

export default meta;

type Story = StoryObj<typeof meta>;

/**
 * A JSON:API 422 with attribute pointers (`/data/attributes/address/city`), a relationship
 * nobody can edit here and an error without a source: two fields and the form get a message.
 */
export const ServerValidation: Story = {
  name: 'Server validation (JSON:API 422)',
  parameters: {
    msw: { handlers: [http.patch(URL, () => serve('json-api-422-source-pointers'))] },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const firstName = canvas.getByLabelText('First name');
    const city = canvas.getByLabelText('City');
    await userEvent.type(firstName, 'A');
    await userEvent.click(canvas.getByRole('button', { name: 'Save address' }));

    await expect(
      await canvas.findByText('First name must contain at least two characters.'),
    ).toBeVisible();
    await expect(canvas.getByText("City can't be blank.")).toBeVisible();
    await expect(canvas.getByRole('alert')).toHaveTextContent(
      'This order has already shipped, so its address cannot be changed. Author must exist.',
    );
    await waitFor(() => expect(firstName).toHaveFocus());
    await expect(firstName).toHaveAttribute('aria-invalid', 'true');
    await expect(firstName).toHaveValue('A');

    // Passing through City keeps its message; typing a name clears only the name's.
    await userEvent.click(city);
    await userEvent.click(firstName);
    await expect(canvas.getByText("City can't be blank.")).toBeVisible();
    await userEvent.type(firstName, 'da');
    await expect(canvas.queryByText('First name must contain at least two characters.')).toBeNull();
    await expect(firstName).toHaveAttribute('aria-invalid', 'false');
    await expect(city).toHaveAttribute('aria-invalid', 'true');
  },
};

/** A 503 is not about the values: nothing lands on the fields, `ErrorDisplay` shows it. */
export const ServiceUnavailable: Story = {
  name: 'Not about the values (503)',
  parameters: {
    msw: { handlers: [http.patch(URL, () => serve('seed-002-503-maintenance'))] },
  },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Save address' }));
    const m = messagesFor(globals);
    await expect(await canvas.findByText(m.kinds.unavailable.title)).toBeVisible();
    await expect(canvas.getByLabelText('First name')).toHaveAttribute('aria-invalid', 'false');
    await expect(canvas.queryByRole('alert')).toBeNull();
  },
};
