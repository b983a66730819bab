import { getDb } from "@/db";
import { requireActiveMembership } from "@/lib/auth/guards";
import { download, fileSlug } from "@/lib/route-handlers/download";
import { jsonRoute } from "@/lib/route-handlers/json";
import { indicatorTemplate } from "@/lib/services/indicators";

export const dynamic = "force-dynamic";

/** The import template for the active Kommune: ?format=csv for CSV, else Excel. */
export async function GET(request: Request) {
  return jsonRoute(async () => {
    const { user, membership } = await requireActiveMembership();
    const format = new URL(request.url).searchParams.get("format") === "csv" ? "csv" : "xlsx";
    const file = await indicatorTemplate(getDb(), user, membership.organisationId, format);
    const name = `indikatoren-vorlage-${fileSlug(membership.organisationName)}.${format}`;
    return format === "csv"
      ? download(new Uint8Array(file), "text/csv; charset=utf-8", name)
      : download(new Uint8Array(file), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
  });
}
