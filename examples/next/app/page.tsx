import Link from 'next/link';

export default function Home() {
  return (
    <>
      <h1>errorkit with Next.js</h1>
      <p>Each page asks the backend for something; add a failure to see errorkit render it.</p>
      <ul>
        <li>
          <Link prefetch={false} href="/invoices?fail=500">
            A 500 rendered by a server component
          </Link>
        </li>
        <li>
          <Link prefetch={false} href="/invoices?fail=401">
            A 401: sign in again
          </Link>
        </li>
        <li>
          <Link prefetch={false} href="/dashboard?fail=503">
            A 503 with Retry-After, retried by refreshing
          </Link>
        </li>
        <li>
          <Link prefetch={false} href="/signup">
            A server action form with field errors
          </Link>
        </li>
      </ul>
    </>
  );
}
