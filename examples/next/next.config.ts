import type { NextConfig } from 'next';

const config: NextConfig = {
  reactStrictMode: true,
  // The example has its own lockfile inside the errorkit repository: it is its own root.
  turbopack: { root: __dirname },
  outputFileTracingRoot: __dirname,
};

export default config;
