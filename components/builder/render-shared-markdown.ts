import { Marked, type Token } from "marked";

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** Link targets a shared text may use: web addresses, in-page anchors and site paths (never javascript: or data:). */
function isSafeHref(href: string): boolean {
  return /^(https?:\/\/|#|\/(?!\/))/i.test(href.trim());
}

const marked = new Marked({
  gfm: true,
  async: false,
  renderer: {
    // Raw HTML in a shared text is shown as text, never parsed: a link is data and must not run code.
    html({ text }) {
      return escapeHtml(text);
    },
  },
  walkTokens(token: Token) {
    if ((token.type === "link" || token.type === "image") && !isSafeHref(token.href)) token.href = "#";
  },
});

/**
 * A builder-made challenge's markdown as HTML, as the lesson pages render
 * theirs (marked, GFM), but with raw HTML escaped and only http(s), `#` and
 * site-relative link targets: the text comes from a URL anyone can craft.
 */
export function formatSharedMarkdown(markdown: string): string {
  return marked.parse(markdown) as string;
}
