import { PageShell } from "@/components/layout/page-shell";
import { signOutAction } from "@/app/(anmeldung)/actions";
import { PublicAccountLinks } from "@/components/layout/public-account-links";

/** Pages for guests without an account: a personal perspective link, a workshop by code. */
export default function GuestLayout({ children }: { children: React.ReactNode }) {
  return <PageShell accountSlot={<PublicAccountLinks signOut={signOutAction} />}>{children}</PageShell>;
}
