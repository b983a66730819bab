/** A LIKE pattern that finds `term` anywhere: %, _ and \ in the term lose their special meaning. */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
