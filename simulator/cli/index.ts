export * from "./table";
export * from "./units";
export * from "./flags";
export * from "./template";
export * from "./status-error";
