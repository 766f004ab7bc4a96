/** Every framework of the conformance suite and the failing requests it is sent. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { goServer, missingGo } from './go.ts';
import { startNginx } from './nginx.ts';
import { type Case, type Framework, startProcess } from './suite.ts';

const PYTHON = process.env.CONFORMANCE_PYTHON ?? '/usr/bin/python3';

/** Laravel runs from Debian's php-laravel-framework under PHP's built-in server. */
function missingLaravel(): string | undefined {
  const php = spawnSync(process.env.CONFORMANCE_PHP ?? 'php', ['-v']).status === 0;
  return php && existsSync('/usr/share/php/Illuminate/Foundation/Application.php')
    ? undefined
    : 'apt-get install php-cli php-laravel-framework';
}

const python = (file: string) => () => startProcess(PYTHON, [`servers/${file}`]);
const node = (file: string) => () => startProcess(process.execPath, [`servers/${file}`]);

/** The same broken order for every framework: bad email, no city, a second item with qty 0. */
const badOrder = {
  email: 'not-an-email',
  address: { street: '1 Main St' },
  items: [
    { sku: 'A-1', qty: 1 },
    { sku: 'B-2', qty: 0 },
  ],
};
/** A valid order but for the second item's quantity, sent as a string. */
const mistyped = {
  email: 'a@example.com',
  address: { street: '1 Main St', city: 'Springfield' },
  items: [
    { sku: 'A-1', qty: 1 },
    { sku: 'B-2', qty: 'zero' },
  ],
};
/** WebOb renders an HTTP exception as JSON or HTML by the request's Accept. */
const acceptJson = { accept: 'application/json' };
const acceptHtml = { accept: 'text/html,application/xhtml+xml' };
const mismatch = { password: 'correct horse', confirm: 'battery staple' };
const post = (name: string, path: string, body: unknown): Case => ({
  name,
  method: 'POST',
  path,
  body,
});
const get = (name: string, path: string, extra: Partial<Case> = {}): Case => ({
  name,
  method: 'GET',
  path,
  ...extra,
});
const wrongPassword = { email: 'taken@example.com', password: 'wrong horse battery' };
/** A POST to Better Auth from its web app: browsers send the page's Origin. */
const authPost = (name: string, path: string, body: unknown): Case => ({
  ...post(name, path, body),
  headers: { origin: 'http://app.example' },
});
const graphql = (name: string, query: string, accept = 'application/json'): Case => ({
  name,
  method: 'POST',
  path: '/graphql',
  headers: { accept },
  body: { query },
});

export const frameworks: Framework[] = [
  {
    id: 'fastapi',
    start: python('fastapi_app.py'),
    cases: [
      post('fastapi nested body fields', '/orders', badOrder),
      post('fastapi root validator', '/signup', mismatch),
      get('fastapi path parameter', '/items/abc'),
      get('fastapi HTTPException detail string', '/items/42'),
      post('fastapi HTTPException detail object', '/orders', {
        email: 'a@example.com',
        address: { street: '1 Main St', city: 'Springfield' },
        items: [],
      }),
      get('fastapi OAuth2 bearer missing', '/me'),
      get('fastapi bearer invalid_token', '/reports', { headers: { authorization: 'Bearer old' } }),
      get('fastapi unhandled exception', '/crash'),
    ],
  },
  {
    id: 'drf',
    start: python('drf_app.py'),
    cases: [
      post('drf nested serializer fields', '/orders', badOrder),
      post('drf non_field_errors', '/signup', mismatch),
      post('drf list serializer items', '/items', badOrder.items),
      get('drf not authenticated', '/me'),
      get('drf permission denied', '/admin'),
      get('drf not found', '/items/42'),
      get('drf throttled', '/search', { warmUp: 1 }),
    ],
  },
  {
    id: 'flask-webargs',
    start: python('flask_app.py'),
    cases: [
      post('webargs json location fields', '/orders', badOrder),
      post('webargs _schema', '/signup', mismatch),
      get('webargs query location', '/search?limit=ten'),
      get('flask default not found page', '/nope'),
    ],
  },
  {
    id: 'falcon',
    start: python('falcon_app.py'),
    cases: [
      post('falcon jsonschema validate', '/orders', badOrder),
      {
        ...post('falcon malformed JSON body', '/parsed', '{"email":'),
        headers: { 'content-type': 'application/json' },
      },
      get('falcon HTTPUnauthorized', '/me'),
      get('falcon HTTPForbidden', '/admin'),
      get('falcon HTTPNotFound', '/items/42'),
      get('falcon route not found', '/nope'),
      get('falcon unhandled exception', '/crash'),
      get('falcon HTTPTooManyRequests', '/limited'),
    ],
  },
  {
    id: 'pyramid',
    start: python('pyramid_app.py'),
    cases: [
      { ...post('pyramid HTTPBadRequest JSON', '/orders', badOrder), headers: acceptJson },
      { ...post('pyramid HTTPBadRequest HTML', '/orders', badOrder), headers: acceptHtml },
      {
        ...post('pyramid HTTPUnprocessableEntity JSON', '/orders-422', badOrder),
        headers: acceptJson,
      },
      get('pyramid HTTPUnauthorized JSON', '/me', { headers: acceptJson }),
      get('pyramid HTTPForbidden JSON', '/admin', { headers: acceptJson }),
      get('pyramid default not found JSON', '/nope', { headers: acceptJson }),
      get('pyramid unhandled exception', '/crash', { headers: acceptJson }),
      get('pyramid HTTPTooManyRequests JSON', '/limited', { headers: acceptJson }),
    ],
  },
  {
    id: 'gin',
    start: goServer('gin'),
    missing: missingGo('github.com/gin-gonic/gin', 'golang-github-gin-gonic-gin-dev'),
    cases: [
      post('gin binding validator', '/orders', badOrder),
      post('gin JSON type mismatch', '/orders', mistyped),
      get('gin AbortWithStatusJSON 401', '/me'),
      get('gin AbortWithStatusJSON 403', '/admin'),
      get('gin route not found', '/nope'),
      get('gin Recovery', '/crash'),
    ],
  },
  {
    id: 'echo',
    start: goServer('echo'),
    missing: missingGo('github.com/labstack/echo', 'golang-github-labstack-echo-dev'),
    cases: [
      post('echo validator HTTPError', '/orders', badOrder),
      post('echo JSON type mismatch', '/orders', mistyped),
      get('echo ErrUnauthorized', '/me'),
      get('echo ErrForbidden', '/admin'),
      get('echo route not found', '/nope'),
      get('echo Recover', '/crash'),
      get('echo RateLimiter', '/limited', { warmUp: 1 }),
    ],
  },
  {
    id: 'laravel',
    start: node('laravel.mjs'),
    missing: missingLaravel,
    cases: [
      { ...post('laravel validation 422', '/orders', badOrder), headers: acceptJson },
      get('laravel AuthenticationException', '/me', { headers: acceptJson }),
      get('laravel AuthorizationException', '/admin', { headers: acceptJson }),
      get('laravel route not found', '/nope', { headers: acceptJson }),
      { ...post('laravel CSRF token mismatch', '/profile', {}), headers: acceptJson },
      get('laravel unhandled exception', '/crash', { headers: acceptJson }),
      get('laravel throttle', '/limited', { headers: acceptJson, warmUp: 1 }),
    ],
  },
  {
    id: 'nestjs',
    start: node('nest.mjs'),
    cases: [
      post('nestjs ValidationPipe messages', '/orders', badOrder),
      get('nestjs UnauthorizedException', '/me'),
      get('nestjs ForbiddenException', '/admin'),
      post('nestjs ConflictException', '/register', { email: 'taken@example.com' }),
      get('nestjs route not found', '/nope'),
      get('nestjs throttler', '/search', { warmUp: 1 }),
    ],
  },
  {
    id: 'fastify',
    start: node('fastify.mjs'),
    cases: [
      post('fastify body schema', '/orders', { email: 'a@example.com', address: {} }),
      get('fastify querystring schema', '/search?limit=ten'),
      get('fastify route not found', '/nope'),
      get('fastify rate limit', '/limited', { warmUp: 1 }),
    ],
  },
  {
    id: 'express',
    start: node('express.mjs'),
    cases: [
      post('express-validator array', '/orders', badOrder),
      post('express-validator mapped', '/orders-mapped', badOrder),
      get('express-rate-limit default', '/limited', { warmUp: 1 }),
      get('express-rate-limit draft-8 headers', '/limited-draft8', { warmUp: 1 }),
      get('express default not found page', '/nope'),
      get('express unhandled error page', '/crash'),
    ],
  },
  {
    id: 'hono',
    start: node('hono.mjs'),
    cases: [
      post('hono zod-validator json', '/orders', badOrder),
      post('hono zod 4 flattenError', '/orders-flatten', badOrder),
      post('hono zod 4 treeifyError', '/orders-treeify', badOrder),
      post('hono zod 4 issues', '/orders-issues', badOrder),
      post('hono zod 3 default', '/v3/orders', badOrder),
      post('hono zod 3 flatten', '/v3/orders-flatten', badOrder),
      post('hono zod 3 format', '/v3/orders-format', badOrder),
      get('hono zod-validator query', '/search?limit=ten'),
      get('hono HTTPException', '/me'),
      get('hono not found', '/nope'),
    ],
  },
  {
    id: 'hapi',
    start: node('hapi.mjs'),
    cases: [
      post('hapi joi payload', '/orders', { email: 'not-an-email', address: {} }),
      get('hapi joi query', '/search?limit=ten'),
      get('hapi Boom unauthorized', '/me'),
      get('hapi not found', '/nope'),
    ],
  },
  {
    id: 'graphql-yoga',
    start: node('yoga.mjs'),
    cases: [
      graphql('yoga query validation', '{ nope }'),
      graphql(
        'yoga query validation (graphql-response+json)',
        '{ nope }',
        'application/graphql-response+json',
      ),
      graphql('yoga syntax error', '{ me'),
      graphql('yoga BAD_USER_INPUT', 'mutation { signUp(email: "nope") }'),
      graphql('yoga UNAUTHENTICATED', '{ me }'),
      graphql('yoga masked resolver error', '{ boom }'),
    ],
  },
  {
    id: 'trpc',
    start: node('trpc.mjs'),
    cases: [
      post('trpc zod input', '/trpc/createUser', { email: 'nope', address: { city: '' } }),
      get('trpc UNAUTHORIZED', '/trpc/me'),
      get('trpc batch', '/trpc/me,nope?batch=1&input=%7B%7D'),
      get('trpc procedure not found', '/trpc/nope'),
      post('trpc superjson zod input', '/superjson/createUser', {
        json: { email: 'nope', address: { city: '' } },
      }),
      get('trpc superjson UNAUTHORIZED', '/superjson/me'),
    ],
  },
  {
    id: 'feathers',
    start: node('feathers.mjs'),
    cases: [
      post('feathers BadRequest errors', '/orders', badOrder),
      // Ajv stops at the first error: one request per failure of the broken order.
      post('feathers schema format', '/checked-orders', badOrder),
      post('feathers schema required', '/checked-orders', { ...badOrder, email: 'a@example.com' }),
      post('feathers schema minimum', '/checked-orders', {
        ...badOrder,
        email: 'a@example.com',
        address: { street: '1 Main St', city: 'Springfield' },
      }),
      get('feathers NotAuthenticated', '/me'),
      get('feathers Forbidden', '/admin'),
      get('feathers NotFound', '/items/42'),
      get('feathers route not found', '/nope'),
      get('feathers unhandled error', '/crash'),
    ],
  },
  {
    id: 'moleculer',
    start: node('moleculer.mjs'),
    cases: [
      post('moleculer params validation', '/orders', badOrder),
      get('moleculer gateway unauthorized', '/private/me'),
      get('moleculer MoleculerClientError', '/items/42'),
      get('moleculer route not found', '/nope'),
      get('moleculer rate limit', '/limited', { warmUp: 1 }),
    ],
  },
  {
    id: 'orpc',
    start: node('orpc.mjs'),
    cases: [
      post('orpc RPC input validation', '/rpc/createOrder', { json: badOrder }),
      post('orpc RPC UNAUTHORIZED', '/rpc/me', {}),
      post('orpc RPC unhandled error', '/rpc/crash', {}),
      post('orpc OpenAPI input validation', '/api/orders', badOrder),
      get('orpc OpenAPI UNAUTHORIZED', '/api/me'),
      post('orpc OpenAPI CONFLICT', '/api/register', { email: 'taken@example.com' }),
    ],
  },
  {
    id: 'vinejs',
    start: node('vine.mjs'),
    cases: [
      post('vinejs AdonisJS JSON errors', '/orders', badOrder),
      post('vinejs confirmed rule', '/signup', mismatch),
    ],
  },
  {
    id: 'loopback',
    start: node('loopback.mjs'),
    cases: [
      post('loopback AJV request body', '/orders', badOrder),
      {
        ...post('loopback malformed JSON body', '/orders', '{"email":'),
        headers: { 'content-type': 'application/json' },
      },
      get('loopback INVALID_PARAMETER_VALUE', '/search?limit=ten'),
      get('loopback HttpErrors.Unauthorized', '/me'),
      get('loopback HttpErrors.Forbidden', '/admin'),
      get('loopback HttpErrors.NotFound', '/items/42'),
      get('loopback endpoint not found', '/nope'),
      get('loopback unhandled error', '/crash'),
    ],
  },
  {
    id: 'elysia',
    start: node('elysia.mjs'),
    cases: [
      post('elysia body validation (production)', '/orders', badOrder),
      post('elysia body validation with details', '/detailed/orders', badOrder),
      get('elysia query validation (production)', '/search?limit=ten'),
      get('elysia status 401 text', '/me'),
      get('elysia status 403 object', '/admin'),
      get('elysia NOT_FOUND', '/nope'),
      get('elysia thrown error', '/crash'),
    ],
  },
  {
    id: 'restify',
    start: node('restify.mjs'),
    cases: [
      post('restify InvalidArgumentError', '/orders', badOrder),
      post('restify UnprocessableEntityError', '/orders-422', badOrder),
      {
        ...post('restify InvalidContent body', '/orders', '{"email":'),
        headers: { 'content-type': 'application/json' },
      },
      get('restify UnauthorizedError', '/me'),
      get('restify NotAuthorizedError', '/admin'),
      get('restify ResourceNotFoundError', '/items/42'),
      get('restify route not found', '/nope'),
      get('restify thrown error', '/crash'),
      get('restify throttle', '/limited', { warmUp: 1 }),
    ],
  },
  {
    id: 'koa',
    start: node('koa.mjs'),
    cases: [
      post('koa zod 4 flattenError', '/orders-flatten', badOrder),
      post('koa zod 4 treeifyError', '/orders-treeify', badOrder),
      get('koa ctx.throw 401', '/me'),
      get('koa ctx.throw 403', '/admin'),
      get('koa not found', '/nope'),
      get('koa thrown error', '/crash'),
    ],
  },
  {
    id: 'better-auth',
    start: node('better-auth.mjs'),
    cases: [
      authPost('better-auth sign-up with the broken order', '/api/auth/sign-up/email', badOrder),
      authPost('better-auth sign-up invalid email', '/api/auth/sign-up/email', {
        name: 'Ann',
        email: badOrder.email,
        password: 'correct horse battery',
      }),
      authPost('better-auth PASSWORD_TOO_SHORT', '/api/auth/sign-up/email', {
        name: 'Ann',
        email: 'ann@example.com',
        password: 'short',
      }),
      authPost('better-auth USER_ALREADY_EXISTS', '/api/auth/sign-up/email', {
        name: 'Ann',
        email: 'taken@example.com',
        password: 'correct horse battery',
      }),
      get('better-auth UNAUTHORIZED', '/api/auth/list-sessions'),
      {
        ...post('better-auth INVALID_ORIGIN', '/api/auth/sign-out', {}),
        headers: { origin: 'http://evil.example', cookie: 'better-auth.session_token=old' },
      },
      get('better-auth unknown route', '/api/auth/nope'),
      // The sign-in rule allows one a minute: the first is answered, the next refused.
      authPost('better-auth INVALID_EMAIL_OR_PASSWORD', '/api/auth/sign-in/email', wrongPassword),
      {
        ...authPost('better-auth rate limit', '/api/auth/sign-in/email', wrongPassword),
        warmUp: 1,
      },
    ],
  },
  {
    id: 'nginx',
    start: startNginx,
    cases: [
      get('nginx 502 dead upstream', '/api/orders'),
      get('nginx 504 upstream timeout', '/slow/orders'),
      {
        ...post('nginx 413 body too large', '/upload', 'x'.repeat(64)),
        headers: { 'content-type': 'text/plain' },
      },
      get('nginx limit_req default 503', '/limited', { warmUp: 1 }),
      get('nginx limit_req 429', '/limited-429', { warmUp: 1 }),
    ],
  },
];
