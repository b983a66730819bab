import { getDb } from "@/db";
import { requireRole } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { download } from "@/lib/route-handlers/download";
import { jsonRoute } from "@/lib/route-handlers/json";
import { exportTranslations } from "@/lib/services/translations";
import { translationLocaleSchema } from "@/lib/validation/admin";

export const dynamic = "force-dynamic";

/** One language's translations as .xlsx for a translator (admins only). */
export async function GET(_request: Request, { params }: RouteContext<"/admin/sprachen/[sprache]/datei">) {
  return jsonRoute(async () => {
    const admin = await requireRole(["admin"]);
    const locale = translationLocaleSchema.safeParse((await params).sprache);
    if (!locale.success) throw new AppError("not_found", "Diese Sprache gibt es hier nicht.");
    const file = await exportTranslations(getDb(), admin, locale.data);
    return download(new Uint8Array(file), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", `uebersetzung-${locale.data}.xlsx`);
  });
}
