// Setup for the `unit` (jsdom) Vitest project.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Tests import `describe`/`it` from 'vitest' (no globals), so Testing Library cannot register
// its automatic cleanup: unmount rendered trees after every test here instead.
afterEach(() => {
  cleanup();
});
