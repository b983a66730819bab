import { getDb } from "@/db";
import { requireRole } from "@/lib/auth/guards";
import { toCsv } from "@/lib/csv";
import { jsonRoute } from "@/lib/route-handlers/json";
import { getItem } from "@/lib/kurzcheck/items";
import { withheldLabel } from "@/lib/kurzcheck/small-groups";
import { statewideFigures } from "@/lib/services/statewide";

export const dynamic = "force-dynamic";

/** The statewide tables as CSV, for advisors only; withheld groups stay withheld. */
export async function GET() {
  return jsonRoute(async () => {
    const advisor = await requireRole(["advisor", "admin"]);
    const figures = await statewideFigures(getDb(), advisor);
    const rows: (string | number | null)[][] = [
      ...figures.items.map((i) => [
        `Frage ${getItem(i.itemKey).number}: ${getItem(i.itemKey).title}`,
        "alle",
        figures.total,
        i.mean,
        i.bands.low,
        i.bands.middle,
        i.bands.high,
      ]),
      ...figures.byDistrict.map((g) => ["Regierungsbezirk", g.label, g.count, g.averageIndex ?? withheldLabel(g), null, null, null]),
      ...figures.byKind.map((g) => ["Art der Kommune", g.label, g.count, g.averageIndex ?? withheldLabel(g), null, null, null]),
    ];
    const csv = toCsv(
      ["Bereich", "Gruppe", "Kommunen", "Mittelwert / Index (%)", "Am Anfang", "Auf dem Weg", "Gut aufgestellt"],
      figures.items.length ? rows : [],
    );
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="kurz-check-landesweit.csv"',
        "Cache-Control": "no-store",
      },
    });
  });
}
