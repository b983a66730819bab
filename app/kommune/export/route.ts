import { getDb } from "@/db";
import { listChecksForOrganisation, listScoresForOrganisation } from "@/db/queries/checks";
import { requireActiveMembership } from "@/lib/auth/guards";
import { assertCan } from "@/lib/auth/permissions";
import { toCsv } from "@/lib/csv";
import { CHECK_STATUS_LABELS, formatDate } from "@/lib/format";
import { jsonRoute } from "@/lib/http/json-route";
import { CHECK_ITEMS } from "@/lib/kurzcheck/items";

export const dynamic = "force-dynamic";

/** The Kommune's own checks as CSV: one row per round, the 13 scores as columns. */
export async function GET() {
  return jsonRoute(async () => {
    const { user, membership } = await requireActiveMembership();
    assertCan(user, "check.read", membership.organisationId);
    const db = getDb();
    const [list, scores] = await Promise.all([
      listChecksForOrganisation(db, membership.organisationId, "kommune"),
      listScoresForOrganisation(db, membership.organisationId),
    ]);
    const scoreOf = new Map(scores.map((s) => [`${s.checkId}:${s.itemKey}`, s.score]));
    const header = ["Runde", "Status", "Eingereicht am", "Index (%)", ...CHECK_ITEMS.map((item) => `${item.number}. ${item.title} (%)`)];
    const rows = list.map((check) => [
      check.roundTitle,
      CHECK_STATUS_LABELS[check.status],
      check.submittedAt ? formatDate(check.submittedAt) : "",
      check.index,
      ...CHECK_ITEMS.map((item) => scoreOf.get(`${check.id}:${item.key}`) ?? null),
    ]);
    const name = membership.organisationName.replace(/[^\p{L}\p{N}]+/gu, "-").toLowerCase();
    return new Response(toCsv(header, rows), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="kurz-check-${encodeURIComponent(name)}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  });
}
