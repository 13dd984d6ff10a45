#!/usr/bin/env node
// `npx leadops` works on a fresh clone with no build step: the command bundles itself on first use (and
// after each change to its sources) and runs the bundle; see cli-bundle.cjs.
const { loadCli } = require('./cli-bundle.cjs');

loadCli()
  .main(process.argv)
  .then((code) => {
    process.exitCode = code;
  });
