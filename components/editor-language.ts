/** Monaco's language id for a workspace path, by file name. */
export function languageForPath(path: string): string {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const lower = name.toLowerCase();
  if (name === "Dockerfile" || name === "Containerfile" || name.startsWith("Dockerfile.") || lower.endsWith(".dockerfile")) {
    return "dockerfile";
  }
  const dot = lower.lastIndexOf(".");
  const ext = dot > 0 ? lower.slice(dot + 1) : "";
  switch (ext) {
    case "py":
      return "python";
    case "js":
    case "mjs":
    case "cjs":
      return "javascript";
    case "json":
      return "json";
    case "yml":
    case "yaml":
      return "yaml";
    default:
      return "plaintext";
  }
}
