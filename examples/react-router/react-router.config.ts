import type { Config } from '@react-router/dev/config';

export default {
  // Server-side rendering: loaders and actions run on the server, and the first HTML already
  // shows their errors.
  ssr: true,
} satisfies Config;
