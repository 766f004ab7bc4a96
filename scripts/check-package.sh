#!/usr/bin/env bash
# Checks errorkit as it is published: builds it, lints the package (publint --strict, attw),
# packs it with `npm pack`, and installs the tarball in a scratch consumer project that
#  (a) bundles a tiny app importing `errorkit`, `errorkit/react`, `errorkit/query` and
#      `errorkit/styles.css` with `vite build`, and
#  (b) loads every entry point in Node and server-renders `ErrorDisplay` (422, 503), and
#  (c) type-checks a TypeScript file against the published declarations (nodenext and bundler).
# The consumer's sources are in test/consumer/. Exits non-zero on the first failure.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

export NO_UPDATE_NOTIFIER=1 npm_config_fund=false npm_config_audit=false
export npm_config_update_notifier=false

# Same versions as the repository's lockfile, so the warm npm cache serves them.
CONSUMER_DEPS=(react@19.3.1 react-dom@19.3.1 @tanstack/react-query@5.108.0 react-hook-form@7.92.0
  @reduxjs/toolkit@2.15.0 react-redux@9.3.1 swr@2.5.1 @apollo/client@4.3.8 graphql@16.15.0
  rxjs@7.8.2 @tanstack/react-form@1.33.5 @types/react@19.3.0 @types/react-dom@19.3.0)
# Only for type-checking the README's React Router snippet.
SNIPPET_DEPS=(react-router@7.18.7)

WORK="$(mktemp -d "${TMPDIR:-/tmp}/errorkit-package.XXXXXX")"
cleanup() {
  local status=$?
  if [ "$status" -ne 0 ]; then echo "check-package: FAILED (exit $status)" >&2; fi
  if [ "${KEEP_SCRATCH:-}" = 1 ]; then echo "check-package: scratch kept in $WORK" >&2; else rm -rf "$WORK"; fi
  exit "$status"
}
trap cleanup EXIT

section() { echo "check-package: $*"; }

section "build"
npm run --silent build >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; exit 1; }

section "publint --strict"
node_modules/.bin/publint --strict .

section "use client per module"
node scripts/check-directives.mjs

section "npm pack"
tarball="$WORK/$(npm pack --silent --pack-destination "$WORK" | tail -n 1)"
[ -f "$tarball" ] || { echo "npm pack produced no tarball" >&2; exit 1; }
# Only the build output and the package metadata are published.
unexpected="$(tar -tzf "$tarball" | grep -Ev '^package/(dist/|package\.json$|README\.md$|LICENSE)' || true)"
if [ -n "$unexpected" ]; then
  echo "Unexpected files in the tarball:" >&2
  echo "$unexpected" >&2
  exit 1
fi

# ESM-only package: the `esm-only` profile skips node10 and node16-from-CJS resolution (a
# `require` of an ESM package). `styles.css` is excluded because it is a stylesheet, not a module:
# it has no types by design, so attw's "no resolution" for it is expected.
section "attw --profile esm-only"
node_modules/.bin/attw "$tarball" --profile esm-only --exclude-entrypoints ./styles.css \
  --format table-flipped --no-color

section "consumer: npm install $(basename "$tarball") ${CONSUMER_DEPS[*]}"
consumer="$WORK/consumer"
mkdir -p "$consumer"
cp -R test/consumer/vite-app/. "$consumer/"
cp test/consumer/ssr.mjs "$consumer/ssr.mjs"
cp test/consumer/types.ts.template "$consumer/types.ts"
node scripts/readme-snippets.mjs "$consumer/readme" >/dev/null
cat >"$consumer/package.json" <<'JSON'
{ "name": "errorkit-consumer", "private": true, "type": "module" }
JSON
(
  cd "$consumer"
  npm install --no-audit --no-fund --prefer-offline --loglevel=error "$tarball" \
    "${CONSUMER_DEPS[@]}" "${SNIPPET_DEPS[@]}"
)

section "consumer: vite build"
(
  cd "$consumer"
  # The repository's Vite, run against the consumer's own node_modules.
  node "$ROOT/node_modules/vite/bin/vite.js" build --logLevel error --outDir dist
)
js="$(find "$consumer/dist/assets" -name '*.js' | head -n 1)"
css="$(find "$consumer/dist/assets" -name '*.css' | head -n 1)"
[ -n "$js" ] || { echo "vite build emitted no JavaScript" >&2; exit 1; }
[ -n "$css" ] || { echo "vite build emitted no CSS: errorkit/styles.css was not bundled" >&2; exit 1; }
grep -q -- '--ek-' "$css" || { echo "the bundled CSS has no --ek-* properties" >&2; exit 1; }
grep -q 'Service unavailable' "$js" || { echo "the bundle lacks errorkit/react's messages" >&2; exit 1; }
echo "consumer vite build: $(basename "$js") $(wc -c <"$js") bytes, $(basename "$css") $(wc -c <"$css") bytes"

section "consumer: node ssr.mjs"
(cd "$consumer" && node ssr.mjs)

# The published declarations under both resolutions, strict with exactOptionalPropertyTypes and
# skipLibCheck off; then the README's snippets, as written, under `bundler` (what Next.js and Vite
# apps use: their relative imports carry no extension), with skipLibCheck on, since Apollo's and
# Redux Toolkit's own declarations do not pass exactOptionalPropertyTypes.
check_types() {
  local resolution="$1" include="$2" skip_lib="$3"
  local module
  module="$([ "$resolution" = nodenext ] && echo nodenext || echo esnext)"
  cat >"$consumer/tsconfig.json" <<JSON
{
  "compilerOptions": {
    "target": "es2022",
    "lib": ["es2023", "dom", "dom.iterable"],
    "module": "$module",
    "moduleResolution": "$resolution",
    "jsx": "react-jsx",
    "strict": true,
    "exactOptionalPropertyTypes": true,
    "noUncheckedSideEffectImports": true,
    "skipLibCheck": $skip_lib,
    "noEmit": true,
    "types": []
  },
  "include": [$include]
}
JSON
  (cd "$consumer" && node "$ROOT/node_modules/typescript/bin/tsc" -p tsconfig.json)
}
for resolution in nodenext bundler; do
  section "consumer: tsc --noEmit (moduleResolution $resolution)"
  check_types "$resolution" '"types.ts"' false
done
section "consumer: the README's snippets, tsc --noEmit (moduleResolution bundler)"
check_types bundler '"readme/**/*"' true

section "ok"
