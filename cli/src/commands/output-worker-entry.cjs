// The output thread's entry: worker threads start without the parent's TypeScript loader, so load it here.
require('tsx/cjs');
require('./simulation-output-worker.ts');
