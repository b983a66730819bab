import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { PerspectiveInvitations } from "@/components/perspectives/invitations";
import { WorkshopButton } from "@/components/perspectives/workshop-button";
import { WorkshopLinks } from "@/components/perspectives/workshop-links";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { kommunePageMetadata, pageData, requireMembershipPage } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { formatCount, formatDate } from "@/lib/format";
import { roundPerspectives } from "@/lib/services/perspectives";
import { startWorkshopAction } from "./actions";
import { inviteRespondentAction, withdrawRespondentAction } from "@/app/kommune/checks/[id]/perspektiven/actions";

export function generateMetadata(): Promise<Metadata> {
  return kommunePageMetadata("Perspektiven");
}

/** Perspectives of a draft round: personal links and workshops; the owner runs them, members see them. */
export default async function PerspectivesPage({ params }: PageProps<"/kommune/checks/[id]/perspektiven">) {
  const { id } = await params;
  const { user, membership } = await requireMembershipPage(`/kommune/checks/${id}/perspektiven`);
  const round = await pageData(roundPerspectives(getDb(), user, membership.organisationId, id));
  const manage = can(user, "perspective.manage", membership.organisationId);
  const runsWorkshops = can(user, "workshop.run", membership.organisationId);
  const open = round.check.status === "draft";
  return (
    <>
      <PageHeader
        eyebrow={membership.organisationName}
        title={`Perspektiven: ${round.check.roundTitle}`}
        lead="Wie sehen andere Ihre Kommune? Laden Sie Menschen aus Verwaltungsspitze, Fachbereichen, Rat, Beirat und Zivilgesellschaft ein, dieselben 13 Fragen zu beantworten – per persönlichem Link oder gemeinsam im Workshop. Ihr Kurz-Check bleibt die offizielle Antwort; die Unterschiede sind Stoff für das Gespräch."
      />
      <p className="mb-6">
        <Link href={`/kommune/checks/${round.check.id}`}>Zurück zum Kurz-Check</Link> · {formatCount(round.submitted, "Antwort", "Antworten")} aus Perspektiven
        bisher
      </p>
      {!open ? <Notice>Dieser Kurz-Check ist eingereicht: Neue Einladungen und Workshops sind nicht mehr möglich.</Notice> : null}

      <Section id="workshop" title="Workshop">
        <p>
          Im Workshop antworten die Teilnehmenden auf ihren Smartphones, ohne Konto und ohne Namen. Code und QR-Code erscheinen auf der Leinwand; die Zahl der
          Antworten läuft live mit.
          {round.assignedAdvisorName
            ? ` Auf Wunsch kann auch ${round.assignedAdvisorName}, Ihre Ansprechperson in der Beratung, den Workshop starten und beenden.`
            : null}
        </p>
        <WorkshopLinks
          workshops={round.workshops}
          basePath={`/kommune/checks/${round.check.id}/perspektiven/workshop`}
          start={runsWorkshops && open ? <WorkshopButton action={startWorkshopAction} label="Workshop starten" fields={{ checkId: round.check.id }} /> : null}
        />
      </Section>

      <PerspectiveInvitations
        actions={{ inviteRespondent: inviteRespondentAction, withdrawRespondent: withdrawRespondentAction }}
        checkId={round.check.id}
        canInvite={manage && open}
        invited={round.invited.map((r) => ({
          id: r.id,
          label: r.label,
          email: r.email,
          perspective: r.perspective,
          state: r.withdrawnAt ? "zurückgezogen" : r.submittedAt ? `abgeschickt am ${formatDate(r.submittedAt)}` : "eingeladen",
          withdrawable: manage && open && !r.withdrawnAt && !r.submittedAt,
        }))}
      />
    </>
  );
}
