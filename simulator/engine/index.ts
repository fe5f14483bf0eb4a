export * from "./engine";
export * from "./errors";
export * from "./version";
export type { PullReport } from "./pull";
