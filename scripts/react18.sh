#!/usr/bin/env bash
# Runs errorkit's component and React-layer tests (the `unit` project, jsdom) against React 18,
# the oldest supported peer: copies the repository (without node_modules, dist, .git and build
# output) to a scratch directory, installs the locked dependencies, swaps in React 18 and its
# types, and runs the tests there. The working tree is left untouched.
# Prints `react18: N passed, N failed` last; exits non-zero when a test or a step failed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# The latest React 18 release and its latest 18.x type packages, pinned for reproducible runs.
REACT18=(react@18.3.1 react-dom@18.3.1 @types/react@18.3.31 @types/react-dom@18.3.7)

export NO_UPDATE_NOTIFIER=1 npm_config_fund=false npm_config_audit=false
export npm_config_update_notifier=false

WORK="$(mktemp -d "${TMPDIR:-/tmp}/errorkit-react18.XXXXXX")"
cleanup() {
  local status=$?
  if [ "${KEEP_SCRATCH:-}" = 1 ]; then echo "react18: scratch kept in $WORK" >&2; else rm -rf "$WORK"; fi
  exit "$status"
}
trap cleanup EXIT

echo "react18: copying the repository to $WORK"
tar -C "$ROOT" -cf - \
  --exclude=./node_modules --exclude=./conformance/node_modules --exclude=./dist --exclude=./.git --exclude=./storybook-static \
  --exclude=./test-results --exclude=./coverage . | tar -C "$WORK" -xf -
cd "$WORK"

echo "react18: npm ci"
npm ci --no-audit --no-fund --loglevel=error
echo "react18: npm install --no-save ${REACT18[*]}"
npm install --no-save --no-audit --no-fund --loglevel=error "${REACT18[@]}"

# Refuse to report a React 19 run as a React 18 one.
node --input-type=module -e '
  import { createRequire } from "node:module";
  const require = createRequire(process.cwd() + "/");
  const found = ["react", "react-dom", "@types/react/package.json", "@types/react-dom/package.json"]
    .map((id) => [id.replace("/package.json", ""), require(id.endsWith(".json") ? id : `${id}/package.json`).version]);
  console.log(`react18: using ${found.map(([id, v]) => `${id}@${v}`).join(", ")}`);
  const wrong = found.filter(([, v]) => !v.startsWith("18."));
  if (wrong.length > 0) {
    console.error(`react18: not React 18: ${wrong.map(([id, v]) => `${id}@${v}`).join(", ")}`);
    process.exit(1);
  }
'

# The sources and the public type tests must also compile against React 18's types. (The rest of
# the test suite is type-checked against React 19 only: some tests assign `ref.current`, which
# React 18's types make read-only.)
echo "react18: tsc --noEmit (src and test/types against @types/react 18)"
cat >"$WORK/tsconfig.react18.json" <<'JSON'
{
  "extends": "./tsconfig.json",
  "include": ["src", "test/types"],
  "exclude": ["node_modules", "src/**/*.stories.tsx", "src/**/*.stories.ts"]
}
JSON
typecheck=0
node_modules/.bin/tsc --noEmit -p tsconfig.react18.json || typecheck=$?

# `run-tests.mjs` runs Vitest with a JSON report and prints `N passed, N failed` last.
status=0
node scripts/run-tests.mjs --project unit \
  test/components test/react test/query test/reactHookForm test/tanstackForm 2>&1 | tee "$WORK/react18.log" || status=$?
summary="$(tail -n 1 "$WORK/react18.log")"
if [[ ! "$summary" =~ ^[0-9]+\ passed,\ [0-9]+\ failed(,\ [0-9]+\ skipped)?$ ]]; then
  summary="0 passed, 1 failed"
  status=1
fi
if [ "$typecheck" -ne 0 ]; then
  echo "react18: the sources or test/types do not type-check against React 18's types" >&2
  status=1
fi
echo "react18: $summary"
exit "$status"
