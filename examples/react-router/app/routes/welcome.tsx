import { useSearchParams } from 'react-router';

export default function Welcome() {
  const [params] = useSearchParams();
  return <p role="status">Welcome, {params.get('name')}: your account is ready.</p>;
}
