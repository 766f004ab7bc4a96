import { Link } from 'react-router';

export default function Home() {
  return (
    <>
      <h1>errorkit with React Router</h1>
      <p>Each page asks the backend for something; add a failure to see errorkit render it.</p>
      <ul>
        <li>
          <Link to="/invoices?fail=503">A loader answered 503 with Retry-After</Link>
        </li>
        <li>
          <Link to="/invoices?fail=401">A loader answered 401</Link>
        </li>
        <li>
          <Link to="/signup">An action answered 422</Link>
        </li>
      </ul>
    </>
  );
}
