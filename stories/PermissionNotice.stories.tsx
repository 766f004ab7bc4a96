import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentProps } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { fill, PermissionNotice } from '../src/react';
import { type FixtureStoryArgs, fixtureArgTypes, fixtureError } from './support/FixtureFrame';
import { messagesFor, referenceText, visibleText } from './support/messages';

const AWS_403 = 'aws-api-gateway-403-missing-authentication-token';
const AWS_REQUEST_ID = 'c6a8f5e2-3b7d-4f1a-9e2c-5d8b7a6f4e3c';

type StoryArgs = ComponentProps<typeof PermissionNotice> & FixtureStoryArgs;

const meta = {
  title: 'Components/PermissionNotice',
  tags: ['autodocs'],
  component: PermissionNotice,
  // `error` is built from the `fixture` control (a shared 403 fixture).
  render: ({ fixture, bodyMessage, error: _, ...props }) => (
    <PermissionNotice error={fixtureError(fixture, bodyMessage)} {...props} />
  ),
  parameters: {
    docs: {
      description: {
        component:
          '`PermissionNotice` renders for `forbidden` errors only: what cannot be done, who can grant access, a "Request access" button when there is an action for it, and the request reference.',
      },
    },
  },
  argTypes: fixtureArgTypes,
  args: { error: undefined, fixture: 'seed-004-403-3000-unauthorized-resource' },
} satisfies Meta<StoryArgs>;

export default meta;

type Story = StoryObj<typeof meta>;

const notice = (canvasElement: HTMLElement) =>
  canvasElement.querySelector('[data-ek="permission-notice"]') as HTMLElement;

/** A contact to ask and a "Request access" button. */
export const ContactAndRequest: Story = {
  name: '403 with contact and request access',
  args: { accessContact: 'your workspace admin', onRequestAccess: fn(), fixture: AWS_403 },
  play: async ({ canvasElement, globals }) => {
    const m = messagesFor(globals);
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: m.kinds.forbidden.title })).toBeVisible();
    await expect(canvas.getByText('Missing Authentication Token')).toBeVisible();
    const ask = fill(m.askForAccess, { contact: 'your workspace admin' });
    await expect(visibleText(notice(canvasElement))).toContain(ask);
    await expect(visibleText(notice(canvasElement))).toContain(referenceText(m, AWS_REQUEST_ID));
    await expect(canvas.getByRole('button', { name: m.requestAccess })).toBeVisible();
  },
};

/** "Request access" calls `onRequestAccess`. */
export const RequestAccessFlow: Story = {
  name: 'Request access flow',
  tags: ['!autodocs'],
  args: ContactAndRequest.args,
  play: async ({ canvasElement, args, globals }) => {
    const m = messagesFor(globals);
    await userEvent.click(within(canvasElement).getByRole('button', { name: m.requestAccess }));
    await expect(args.onRequestAccess).toHaveBeenCalledTimes(1);
  },
};

/** Only the reference to quote: no contact, no request action. */
export const ReferenceOnly: Story = {
  name: '403 with reference only',
  args: { fixture: AWS_403 },
  play: async ({ canvasElement, globals }) => {
    const m = messagesFor(globals);
    const canvas = within(canvasElement);
    await expect(visibleText(notice(canvasElement))).toContain(referenceText(m, AWS_REQUEST_ID));
    await expect(canvas.queryByRole('button')).not.toBeInTheDocument();
    await expect(canvas.queryByText(m.askForAccess.split('{contact}')[0] as string)).toBeNull();
  },
};

/** The Arabic catalog, right to left (the toolbar's locale, pinned). */
export const RightToLeft: Story = {
  name: 'RTL',
  globals: { locale: 'ar' },
  args: { accessContact: 'مدير مساحة العمل', onRequestAccess: fn(), fixture: AWS_403 },
  play: async ({ canvasElement, globals }) => {
    const m = messagesFor(globals);
    await expect(getComputedStyle(notice(canvasElement)).direction).toBe('rtl');
    await expect(visibleText(notice(canvasElement))).toContain('مدير مساحة العمل');
    await expect(
      within(canvasElement).getByRole('button', { name: m.requestAccess }),
    ).toBeVisible();
  },
};

const LONG_MESSAGE =
  'Your role in the Northwind Traders organisation lets you view invoices but not approve them, export them to your accounting system, or change the payment terms agreed with a supplier. Approvals above the monthly limit also need a second approver from the finance team.';

/** A long payload message and a long contact wrap inside the notice. */
export const LongMessage: Story = {
  name: 'Long message',
  args: {
    bodyMessage: LONG_MESSAGE,
    accessContact:
      'the finance operations team for Northwind Traders (Europe, Middle East and Africa)',
    onRequestAccess: fn(),
  },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const message = canvas.getByText(LONG_MESSAGE);
    await expect(message).toBeVisible();
    await expect(message.scrollWidth).toBeLessThanOrEqual(message.clientWidth + 1);
    await expect(
      canvas.getByRole('button', { name: messagesFor(globals).requestAccess }),
    ).toBeVisible();
  },
};
