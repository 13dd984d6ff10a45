#!/usr/bin/env node
// The `leadops` command runs the TypeScript sources through tsx, so `npx leadops` works on a fresh clone without a build step.
require('tsx/cjs');
const { main } = require('../src/main.ts');

main(process.argv).then((code) => {
  process.exitCode = code;
});
