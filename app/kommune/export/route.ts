import { getDb } from "@/db";
import { requireActiveMembership } from "@/lib/auth/guards";
import { jsonRoute } from "@/lib/http/json-route";
import { kommuneChecksCsv } from "@/lib/services/exports";

export const dynamic = "force-dynamic";

/** The active Kommune's rounds as CSV for German Excel: scores, notes and released feedback per item. */
export async function GET() {
  return jsonRoute(async () => {
    const { user, membership } = await requireActiveMembership();
    const csv = await kommuneChecksCsv(getDb(), user, membership.organisationId);
    const name = membership.organisationName.replace(/[^\p{L}\p{N}]+/gu, "-").toLowerCase();
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="kurz-check-${encodeURIComponent(name)}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  });
}
