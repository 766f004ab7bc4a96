import 'errorkit/styles.css';
import './app.css';
import { ErrorKitProvider } from 'errorkit/react';
import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';

export const metadata: Metadata = { title: 'errorkit with Next.js' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header>
          {/* No prefetching: every request the backend receives is a visit or a retry. */}
          <nav aria-label="Examples">
            <Link href="/" prefetch={false}>
              Home
            </Link>
            <Link href="/invoices" prefetch={false}>
              Invoices
            </Link>
            <Link href="/dashboard?fail=503" prefetch={false}>
              Dashboard (503)
            </Link>
            <Link href="/signup" prefetch={false}>
              Sign up
            </Link>
          </nav>
        </header>
        {/* Settings given here reach every errorkit component, also those placed by server
            components: a provider is a client component, and strings cross the boundary. */}
        <ErrorKitProvider loginUrl="/login">
          <main>{children}</main>
        </ErrorKitProvider>
      </body>
    </html>
  );
}
