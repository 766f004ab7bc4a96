import type { TestProject } from 'vitest/node';
import { startClientServer } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the replaying server, for clients that run in the browser page. */
    clientServer: string;
  }
}

/** Starts the replaying server once for the browser tests, with the CORS headers a page needs. */
export default async function setup(project: TestProject) {
  const server = await startClientServer({ crossOrigin: true });
  project.provide('clientServer', server.base);
  return () => server.close();
}
