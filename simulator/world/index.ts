export * from "./world";
