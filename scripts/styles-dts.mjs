// Writes `dist/styles.css.d.ts`, so `import 'errorkit/styles.css'` type-checks without a bundler's
// ambient CSS declarations (TypeScript checks side-effect imports since 6.0).
import { writeFileSync } from 'node:fs';

writeFileSync(
  new URL('../dist/styles.css.d.ts', import.meta.url),
  "// errorkit's stylesheet: import it for its side effect, `import 'errorkit/styles.css'`.\nexport {};\n",
);
