// Every sentence a user reads, in Simplified Chinese, in one place: one module per audience.
export * from "./format";
export * from "./functions";
export * from "./rules";
export * from "./names";
export * from "./narrative";
export * from "./report";
export * from "./cli";
export * from "./pane";
export * from "./io";
export * from "./checker";
export * from "./review";
