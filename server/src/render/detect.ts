/**
 * Whether a Markdown text reads as an inspection report, for offering the
 * language mode to a plain `.md` file: its front matter names a framework,
 * or its headings follow the dialect (a criterion heading `1.2 …` and a
 * Strengths or Areas for Improvement heading). Pure.
 */
export function looksLikeReport(text: string): boolean {
  const head = text.slice(0, 200_000);
  const fm = /^---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(head);
  if (fm && /^framework[ \t]*:[ \t]*\S/m.test(fm[1]!)) return true;
  const criterion = /^#{1,6}[ \t]+\d+\.\d+[ \t]+\S/m.test(head);
  const group = /^#{1,6}[ \t]+(?:strengths|areas? for improvement)[ \t]*:?[ \t]*$/im.test(head);
  return criterion && group;
}
