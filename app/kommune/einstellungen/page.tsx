import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getDb } from "@/db";
import { OrganisationForm } from "@/components/settings/organisation-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireMembershipPage, kommunePageMetadata } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { getOrganisation } from "@/lib/services/team";
import { updateOrganisationAction } from "@/app/kommune/einstellungen/actions";

export function generateMetadata(): Promise<Metadata> {
  return kommunePageMetadata("Einstellungen");
}

export default async function SettingsPage() {
  const { user, membership } = await requireMembershipPage("/kommune/einstellungen");
  if (!can(user, "organisation.update", membership.organisationId)) forbidden();
  const organisation = await getOrganisation(getDb(), user, membership.organisationId);
  return (
    <>
      <PageHeader eyebrow={organisation.name} title="Einstellungen der Kommune" lead="Diese Angaben sehen Ihr Team und die Berater*innen von NIKO." />
      <OrganisationForm updateOrganisation={updateOrganisationAction} organisation={organisation} />
    </>
  );
}
