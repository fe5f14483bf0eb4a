export * from "./ast";
export * from "./shell-parse";
export * from "./expand";
