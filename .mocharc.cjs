// Mocha's settings for `npm test`. When files are named on the command line
// (`npx mocha out/test/numbers/words.test.js`), only those run: a spec in a
// config file is otherwise added to the named files, and the whole suite runs.
'use strict';
const named = process.argv.slice(2).some((a) => /\.test\.[cm]?js$/.test(a));
module.exports = {
  spec: named ? [] : ['out/test/**/*.test.js'],
  ignore: ['out/test/e2e/**', 'out/test/electron/**'],
  timeout: 20000,
  reporter: './test/summary-reporter.cjs',
  'node-option': ['expose-gc'],
};
