// Setup for the `unit` (jsdom) Vitest project.
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// A busy 2-core CI machine can take more than the default second to settle 50 queries; waits
// still end as soon as their condition holds.
configure({ asyncUtilTimeout: 5000 });

// Tests import `describe`/`it` from 'vitest' (no globals), so Testing Library cannot register
// its automatic cleanup: unmount rendered trees after every test here instead. Then remove the
// live region errorkit adds to `document.body` without a provider: it outlives the tree, and a
// test should hear only what it announced, not a late announcement of the test before.
afterEach(() => {
  cleanup();
  if (typeof document === 'undefined') return;
  for (const region of document.querySelectorAll('body > [data-ek-live-region]')) region.remove();
});
