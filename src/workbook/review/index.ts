// The reviewer's view of a batch (issue 21): ranking by review signals, a seeded sample, the batch's numbers.
export * from "./batch";
export * from "./prng";
export * from "./similar";
