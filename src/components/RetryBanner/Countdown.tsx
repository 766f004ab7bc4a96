'use client';

import { cx } from '../../headless/cx';
import { plural } from '../../locales/format';
import type { PluralText } from '../../locales/types';
import { useErrorKit } from '../../react/kitContext';
import { useRetryCountdown } from '../../react/useRetryCountdown';

export interface CountdownProps {
  deadline: number;
  onElapsed: () => void;
  text: PluralText;
  /** The text for waits over 90 seconds, in whole minutes. */
  minutes: PluralText;
  className?: string;
}

/**
 * The only part of a banner that re-renders on a tick. `role="timer"` is not a live region by
 * default, so the seconds are not read out every second.
 */
export function Countdown({ deadline, onElapsed, text, minutes, className }: CountdownProps) {
  const { messages } = useErrorKit();
  const { secondsLeft } = useRetryCountdown({ deadline, onElapsed });
  return (
    <span
      role="timer"
      className={cx('ek-retry-banner__countdown', className)}
      data-seconds={secondsLeft}
      // The server's clock and the browser's differ by a moment.
      suppressHydrationWarning
    >
      {/* Past 90 seconds the countdown speaks in minutes ("10 minutes", not "600 seconds"). */}
      {secondsLeft > 90
        ? plural(messages.locale, minutes, Math.ceil(secondsLeft / 60))
        : plural(messages.locale, text, Math.max(1, secondsLeft))}
    </span>
  );
}
