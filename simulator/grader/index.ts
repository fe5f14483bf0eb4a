export * from "./checks";
export * from "./grade";
export { PREDICATES, PREDICATES_BY_KIND, COMBINATORS, CHECK_SCHEMA, CHECKS_SCHEMA, PREDICATE_SCHEMA } from "./vocabulary";
export type { PredicateDefinition, PredicateSource } from "./define";
