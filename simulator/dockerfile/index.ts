export * from "./ast";
export { parseDockerfile, extractBuilderFlags, MAX_LINE_BYTES } from "./parser";
export { formatDump } from "./dump";
export { formatGoQuoted } from "./go-quote";
export { parseHeredocWord, calculateHeredocsFromLine } from "./heredoc";
export { parseWords } from "./line-parsers";
