export * from "./types";
export * from "./reference";
export * from "./catalog";
export * from "./store";
