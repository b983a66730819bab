import type { Metadata } from "next";
import { getDb } from "@/db";
import { countChecksByStatus } from "@/db/queries/advisor";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireRolePage } from "@/lib/auth/guards";
import { CHECK_STATUS_LABELS } from "@/lib/format";

export const metadata: Metadata = { title: "Beratung" };

export default async function AdvisorDashboardPage() {
  await requireRolePage(["advisor", "admin"], "/beratung");
  const counts = await countChecksByStatus(getDb());
  return (
    <>
      <PageHeader eyebrow="Beratung" title="Übersicht für die Beratung" />
      <div className="max-w-xl">
        <DataTable
          caption="Kurz-Checks nach Status"
          columns={["Status", "Anzahl"]}
          rows={(Object.keys(CHECK_STATUS_LABELS) as (keyof typeof CHECK_STATUS_LABELS)[]).map((status) => [
            CHECK_STATUS_LABELS[status],
            counts[status] ?? 0,
          ])}
        />
      </div>
    </>
  );
}
