export * from "./clock";
export * from "./ids";
export * from "./io";
export * from "./sha256";
export * from "./own";
