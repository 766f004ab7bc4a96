import { index, type RouteConfig, route } from '@react-router/dev/routes';

export default [
  index('routes/home.tsx'),
  route('invoices', 'routes/invoices.tsx'),
  route('signup', 'routes/signup.tsx'),
  route('welcome', 'routes/welcome.tsx'),
  route('login', 'routes/login.tsx'),
] satisfies RouteConfig;
