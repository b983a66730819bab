/**
 * Names of the advisor's comment fields ("kommentar-gesamt", "kommentar-<item>"),
 * shared by the review form (browser) and its zod schema (server). Kept apart
 * from review.ts so the form does not pull zod into the browser bundle.
 */
export const COMMENT_FIELD_PREFIX = "kommentar-";
