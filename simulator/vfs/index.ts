export * from "./types";
export * from "./path";
export * from "./memory-fs";
export * from "./mount-fs";
export * from "./posix-types";
