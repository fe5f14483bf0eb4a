export * from "./checks";
export * from "./grade";
