import 'errorkit/styles.css';
import './app.css';
import { ErrorDisplay, ErrorKitProvider } from 'errorkit/react';
import type { ReactNode } from 'react';
import { Link, Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteError } from 'react-router';

export function Layout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>errorkit with React Router</title>
        <Meta />
        <Links />
      </head>
      <body>
        <header>
          <nav aria-label="Examples">
            <Link to="/">Home</Link>
            <Link to="/invoices">Invoices</Link>
            <Link to="/invoices?fail=503">Invoices (503)</Link>
            <Link to="/signup">Sign up</Link>
          </nav>
        </header>
        <ErrorKitProvider loginUrl="/login">
          <main>{children}</main>
        </ErrorKitProvider>
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

// Whatever a route throws and does not catch itself (an unknown URL's 404 included).
export function ErrorBoundary() {
  return <ErrorDisplay error={useRouteError()} />;
}
