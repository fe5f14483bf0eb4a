export * from "./checks";
export * from "./grade";
export { PREDICATES, PREDICATES_BY_KIND, COMBINATORS, CHECK_SCHEMA, CHECKS_SCHEMA, PREDICATE_SCHEMA } from "./vocabulary";
export type { PredicateDefinition, PredicateSource } from "./define";
export { calculateGolf, type GolfResult, type GolfTarget } from "./golf";
export { calculateDiagnostics, DIAGNOSTICS, type Diagnostic, type DiagnosticDetector } from "./diagnostics/index";
