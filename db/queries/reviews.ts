/** Review comments of a check: the advisor's drafts, released feedback and the threads after it. */
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { reviewComments, users } from "@/db/schema";
import type { ItemKey } from "@/lib/kurzcheck/keys";

/** A check's comments, oldest first; the Kommune's side never asks for drafts. */
export async function listComments(db: Executor, checkId: string, options: { includeDrafts: boolean }) {
  return db
    .select({
      id: reviewComments.id,
      itemKey: reviewComments.itemKey,
      body: reviewComments.body,
      released: reviewComments.released,
      fromKommune: reviewComments.fromKommune,
      createdAt: reviewComments.createdAt,
      authorName: users.name,
    })
    .from(reviewComments)
    .leftJoin(users, eq(users.id, reviewComments.authorId))
    .where(options.includeDrafts ? eq(reviewComments.checkId, checkId) : and(eq(reviewComments.checkId, checkId), eq(reviewComments.released, true)))
    .orderBy(asc(reviewComments.createdAt));
}

/** The advisor's unreleased draft in one slot of a check (an item, or the overall comment when `itemKey` is null). */
export async function findDraftComment(db: Executor, checkId: string, itemKey: ItemKey | null): Promise<string | null> {
  const [row] = await db
    .select({ id: reviewComments.id })
    .from(reviewComments)
    .where(
      and(
        eq(reviewComments.checkId, checkId),
        itemKey === null ? isNull(reviewComments.itemKey) : eq(reviewComments.itemKey, itemKey),
        eq(reviewComments.released, false),
        eq(reviewComments.fromKommune, false),
      ),
    );
  return row?.id ?? null;
}

export async function deleteComment(db: Executor, commentId: string): Promise<void> {
  await db.delete(reviewComments).where(eq(reviewComments.id, commentId));
}

export async function updateCommentBody(db: Executor, commentId: string, body: string, authorId: string): Promise<void> {
  await db
    .update(reviewComments)
    .set({ body, authorId, updatedAt: sql`now()` })
    .where(eq(reviewComments.id, commentId));
}

export async function insertComment(
  db: Executor,
  comment: { checkId: string; itemKey: ItemKey | null; body: string; authorId: string; released?: boolean; fromKommune?: boolean },
): Promise<void> {
  await db.insert(reviewComments).values(comment);
}

/** Releases every draft comment of a check; how many there were. */
export async function releaseDraftComments(db: Executor, checkId: string): Promise<number> {
  const released = await db
    .update(reviewComments)
    .set({ released: true, updatedAt: sql`now()` })
    .where(and(eq(reviewComments.checkId, checkId), eq(reviewComments.released, false)))
    .returning({ id: reviewComments.id });
  return released.length;
}
