export * from "./types";
export * from "./names";
export * from "./containers";
export { PROGRAMS, findProgram } from "./programs/index";
export type { Program, ProgramContext, ProgramOutcome } from "./programs/index";
