export * from "./world";
export * from "./transcript";
