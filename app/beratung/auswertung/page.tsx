import type { Metadata } from "next";
import { getDb } from "@/db";
import { StatewideView } from "@/components/review/statewide-view";
import { PageHeader } from "@/components/ui/page-header";
import { requireRolePage, rolePageMetadata } from "@/lib/auth/guards";
import { MIN_GROUP_SIZE, statewideFigures } from "@/lib/services/statewide";
import { statewideIndicatorFigures } from "@/lib/services/indicators";
import { StatewideIndicators } from "@/components/review/statewide-indicators";

export function generateMetadata(): Promise<Metadata> {
  return rolePageMetadata("Landesweite Auswertung", ["advisor", "admin"]);
}

export default async function StatewidePage() {
  const advisor = await requireRolePage(["advisor", "admin"], "/beratung/auswertung");
  const db = getDb();
  const [figures, indicators] = await Promise.all([statewideFigures(db, advisor), statewideIndicatorFigures(db, advisor)]);
  return (
    <>
      <PageHeader eyebrow="Beratung" title="Landesweite Auswertung" />
      <StatewideView figures={figures} minGroupSize={MIN_GROUP_SIZE} />
      {figures.items.length ? (
        <p className="mt-8">
          <a href="/beratung/auswertung/export" download>
            Tabellen als CSV-Datei herunterladen
          </a>
        </p>
      ) : null}
      <StatewideIndicators figures={indicators} minGroupSize={MIN_GROUP_SIZE} />
    </>
  );
}
