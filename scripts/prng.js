// The project's seeded generator (mulberry32, src/workbook/review/prng.ts, as built by npm run build:cli), so
// benchmarks see the same data every run. The review sample uses the same one.
"use strict";

module.exports = { prng: require("../build/workbook/review/prng").mulberry32 };
