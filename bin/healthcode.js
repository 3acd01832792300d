#!/usr/bin/env node
// The `healthcode` command. The TypeScript sources are bundled into build/cli.js on first use (and when they change).
require('../scripts/server-build.js').ensureBuilt(['cli'])
require('../build/cli.js').main()
