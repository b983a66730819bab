import { getDb } from "@/db";
import { requireActiveMembership } from "@/lib/auth/guards";
import { download, fileSlug } from "@/lib/route-handlers/download";
import { jsonRoute } from "@/lib/route-handlers/json";
import { measuresCsv } from "@/lib/services/measure-exports";

export const dynamic = "force-dynamic";

/** The active Kommune's plan as CSV for German Excel. */
export async function GET() {
  return jsonRoute(async () => {
    const { user, membership } = await requireActiveMembership();
    const csv = await measuresCsv(getDb(), user, membership.organisationId);
    return download(csv, "text/csv; charset=utf-8", `massnahmen-${fileSlug(membership.organisationName)}.csv`);
  });
}
