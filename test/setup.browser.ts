// Setup for the `browser` (Chromium) Vitest project.
import { configure } from '@testing-library/react';

// As in jsdom (test/setup.ts): on a busy 2-core CI machine ten queries refetched through the
// Mock Service Worker can take more than the default second; waits still end as soon as their
// condition holds.
configure({ asyncUtilTimeout: 5000 });
