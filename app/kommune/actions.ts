"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { pageData, requireActiveMembership } from "@/lib/auth/guards";
import { startOrOpenDraft } from "@/lib/services/checks";

/** "Kurz-Check beginnen": opens the open draft or starts a new round. */
export async function startCheckAction(): Promise<void> {
  const { user, membership } = await pageData(requireActiveMembership(), "/kommune");
  const checkId = await startOrOpenDraft(getDb(), user, membership.organisationId);
  redirect(`/kommune/checks/${checkId}`);
}
