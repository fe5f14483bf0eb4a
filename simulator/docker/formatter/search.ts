import type { TemplateData } from "../../cli/template";
import type { SearchEntry } from "../../image/search-data";
import { formatEllipsis, type ListFormat } from "./write";

/**
 * `docker search`'s columns in docker 25+ (AUTOMATED is gone; docker/cli:
 * cli/command/registry/formatter_search.go defaultSearchTableFormat).
 */
export const SEARCH_FORMAT: ListFormat = {
  defaultTable: "{{.Name}}\t{{.Description}}\t{{.StarCount}}\t{{.IsOfficial}}",
  headers: { Name: "NAME", Description: "DESCRIPTION", StarCount: "STARS", IsOfficial: "OFFICIAL" },
  typeName: "*registry.searchContext",
};

/**
 * One result's fields (searchContext): line breaks in the description
 * become spaces and it is cut to 45 cells with `…` unless `--no-trunc`;
 * OFFICIAL is `[OK]` or empty, `true`/`false` when marshalled as JSON.
 */
export function calculateSearchFields(entry: SearchEntry, options: { trunc: boolean; json: boolean }): TemplateData {
  const description = entry.description.replace(/[\n\r]/g, " ");
  return {
    Description: options.trunc ? formatEllipsis(description, 45) : description,
    IsOfficial: options.json ? String(entry.official) : entry.official ? "[OK]" : "",
    Name: entry.name,
    StarCount: String(entry.stars),
  };
}
