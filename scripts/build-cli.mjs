// Bundles the CLI (lib/cli/main.ts and the engine it imports) into dist/cli.mjs so that
// `countercheck` runs with plain node. Runs as the npm `prepare` step.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

if (existsSync('lib/cli/main.ts')) {
  await build({
    entryPoints: ['lib/cli/main.ts'],
    outfile: 'dist/cli.mjs',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
}
