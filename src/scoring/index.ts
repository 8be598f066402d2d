export * from "./values";
export * from "./profiles";
export * from "./score";
export * from "./precision";
export * from "./department-profiles";
