import { getDb } from "@/db";
import { requireActiveMembership } from "@/lib/auth/guards";
import { download, fileSlug } from "@/lib/route-handlers/download";
import { jsonRoute } from "@/lib/route-handlers/json";
import { measuresXlsx } from "@/lib/services/measure-exports";

export const dynamic = "force-dynamic";

/** The active Kommune's plan as an Excel workbook (.xlsx). */
export async function GET() {
  return jsonRoute(async () => {
    const { user, membership } = await requireActiveMembership();
    const file = await measuresXlsx(getDb(), user, membership.organisationId, membership.organisationName);
    return download(
      new Uint8Array(file),
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      `massnahmen-${fileSlug(membership.organisationName)}.xlsx`,
    );
  });
}
