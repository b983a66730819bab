/** Review comments of a check, oldest first; the Kommune's side never asks for drafts. */
import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "@/db";
import { reviewComments, users } from "@/db/schema";

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

