/**
 * The short, fixed-seed run of the fuzz properties (test/fuzz/properties.ts).
 * The long run is `npm run fuzz` (FUZZ_MINUTES, default 1).
 */
import fc from 'fast-check';
import { properties } from './properties.js';

describe('fuzz: hostile input never crashes or hangs (issue 10, short run)', function () {
  this.timeout(60_000);
  for (const [name, prop] of Object.entries(properties)) {
    it(name, () => {
      fc.assert(prop as fc.IProperty<unknown[]>, { seed: 20261201, numRuns: name.startsWith('adversarial') || name.startsWith('document') ? 12 : 30 });
    });
  }
});
