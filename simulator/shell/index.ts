export * from "./session";
export * from "./interpreter";
export * from "./errors";
export { HOST_BUILTINS } from "./builtins/index";
