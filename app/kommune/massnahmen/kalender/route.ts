import { getDb } from "@/db";
import { requireActiveMembership } from "@/lib/auth/guards";
import { download, fileSlug } from "@/lib/route-handlers/download";
import { jsonRoute } from "@/lib/route-handlers/json";
import { measuresIcs } from "@/lib/services/measure-exports";

export const dynamic = "force-dynamic";

/** The due dates of the active Kommune's measures as an iCalendar file. */
export async function GET() {
  return jsonRoute(async () => {
    const { user, membership } = await requireActiveMembership();
    const ics = await measuresIcs(getDb(), user, membership.organisationId, membership.organisationName);
    return download(ics, "text/calendar; charset=utf-8", `massnahmen-${fileSlug(membership.organisationName)}.ics`);
  });
}
