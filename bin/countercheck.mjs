#!/usr/bin/env node
// The `countercheck` command. The CLI is bundled into dist/cli.mjs by scripts/build-cli.mjs (the
// npm `prepare` step), so it runs on plain node without a TypeScript loader.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = new URL('../dist/cli.mjs', import.meta.url);
if (!existsSync(cli)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  process.stderr.write(`countercheck: ${fileURLToPath(cli)} is missing; build it with 'npm run prepare' in ${root}\n`);
  process.exit(1);
}
const { main } = await import(cli.href);
// exitCode, not exit(): process.exit() can cut off output still queued for a pipe.
process.exitCode = await main(process.argv.slice(2));
