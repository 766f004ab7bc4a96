import { describe, expect, it } from 'vitest';
import { createPromptSlots } from '../../src/headless/reauthFlight';

describe('createPromptSlots', () => {
  it('shows the outlet first, else the prompt that got in line first', () => {
    const slots = createPromptSlots();
    const prompt = { outlet: false };
    const outlet = { outlet: true };
    const leavePrompt = slots.claim(prompt);
    expect(slots.first()).toBe(prompt);
    const leaveOutlet = slots.claim(outlet);
    expect(slots.first()).toBe(outlet);
    leaveOutlet();
    expect(slots.first()).toBe(prompt);
    leavePrompt();
    expect(slots.first()).toBeUndefined();
  });

  it('a failure lasts until the flight leaves `failed`, whatever state a render reads', () => {
    const slots = createPromptSlots();
    const failure = slots.moments('failed').failure;
    expect(failure).toBeDefined();
    // A render that still reads the state before the failure ends nothing.
    expect(slots.moments('pending').failure).toBeUndefined();
    expect(slots.moments('failed').failure).toBe(failure);
    // The flight itself moving on does.
    slots.observe('pending');
    slots.observe('failed');
    const next = slots.moments('failed').failure;
    expect(next).toBeDefined();
    expect(next).not.toBe(failure);
  });

  it('the need to sign in lasts from the first 401 until the flight is idle', () => {
    const slots = createPromptSlots();
    const needed = slots.moments('needs-auth').needed;
    slots.observe('pending');
    slots.observe('failed');
    expect(slots.moments('failed').needed).toBe(needed);
    expect(slots.moments('idle').needed).toBeUndefined();
    slots.observe('idle');
    expect(slots.moments('needs-auth').needed).not.toBe(needed);
  });
});
