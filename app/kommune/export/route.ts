import { getDb } from "@/db";
import { requireActiveMembership } from "@/lib/auth/guards";
import { download, fileSlug } from "@/lib/route-handlers/download";
import { jsonRoute } from "@/lib/route-handlers/json";
import { kommuneChecksCsv } from "@/lib/services/exports";

export const dynamic = "force-dynamic";

/** The active Kommune's rounds as CSV for German Excel: scores, notes and released feedback per item. */
export async function GET() {
  return jsonRoute(async () => {
    const { user, membership } = await requireActiveMembership();
    const csv = await kommuneChecksCsv(getDb(), user, membership.organisationId);
    return download(csv, "text/csv; charset=utf-8", `kurz-check-${fileSlug(membership.organisationName)}.csv`);
  });
}
