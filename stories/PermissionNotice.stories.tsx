import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { PermissionNotice, type PermissionNoticeProps } from '../src/react';
import { ar } from '../src/react/locales/ar';
import { type FixtureStoryProps, LocaleFrame, useFixtureError } from './support/FixtureFrame';

const SEED_004_403 = 'seed-004-403-3000-unauthorized-resource';
const AWS_403 = 'aws-api-gateway-403-missing-authentication-token';
const AWS_REQUEST_ID = 'c6a8f5e2-3b7d-4f1a-9e2c-5d8b7a6f4e3c';

type PermissionNoticeStoryProps = Omit<PermissionNoticeProps, 'error'> & FixtureStoryProps;

/** A 403 from the shared fixtures (with the seed 004 code map). */
function PermissionNoticeStory({
  fixture,
  bodyMessage,
  rtl = false,
  ...props
}: PermissionNoticeStoryProps) {
  const error = useFixtureError(fixture, bodyMessage);
  return (
    <LocaleFrame rtl={rtl}>
      <PermissionNotice error={error} {...props} />
    </LocaleFrame>
  );
}

const meta = {
  title: 'Components/PermissionNotice',
  tags: ['autodocs'],
  component: PermissionNoticeStory,
  parameters: {
    docs: {
      description: {
        component:
          '`PermissionNotice` renders for `forbidden` errors only: what cannot be done, who can grant access, a "Request access" button when there is an action for it, and the request reference.',
      },
    },
  },
  args: { fixture: SEED_004_403 },
} satisfies Meta<typeof PermissionNoticeStory>;

export default meta;

type Story = StoryObj<typeof meta>;

/** A contact to ask and a "Request access" button. */
export const ContactAndRequest: Story = {
  name: '403 with contact and request access',
  args: { accessContact: 'your workspace admin', onRequestAccess: fn(), fixture: AWS_403 },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'You do not have access' })).toBeVisible();
    await expect(canvas.getByText('Missing Authentication Token')).toBeVisible();
    await expect(canvas.getByText('Ask your workspace admin to give you access.')).toBeVisible();
    await expect(canvas.getByText(`Reference: ${AWS_REQUEST_ID}`)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Request access' }));
    await expect(args.onRequestAccess).toHaveBeenCalledTimes(1);
  },
};

/** Only the reference to quote: no contact, no request action. */
export const ReferenceOnly: Story = {
  name: '403 with reference only',
  args: { fixture: AWS_403 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(`Reference: ${AWS_REQUEST_ID}`)).toBeVisible();
    await expect(canvas.queryByRole('button')).not.toBeInTheDocument();
    await expect(canvas.queryByText(/to give you access/)).not.toBeInTheDocument();
  },
};

/** The Arabic catalog, right to left. */
export const RightToLeft: Story = {
  name: 'RTL',
  args: { rtl: true, accessContact: 'مدير مساحة العمل', onRequestAccess: fn(), fixture: AWS_403 },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const notice = canvasElement.querySelector('[data-ek="permission-notice"]') as HTMLElement;
    await expect(getComputedStyle(notice).direction).toBe('rtl');
    await expect(canvas.getByText(/مدير مساحة العمل/)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: ar.requestAccess }));
    await expect(args.onRequestAccess).toHaveBeenCalledTimes(1);
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
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const message = canvas.getByText(LONG_MESSAGE);
    await expect(message).toBeVisible();
    await expect(message.scrollWidth).toBeLessThanOrEqual(message.clientWidth + 1);
    await expect(canvas.getByRole('button', { name: 'Request access' })).toBeVisible();
  },
};
