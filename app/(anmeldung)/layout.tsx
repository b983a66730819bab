import { PageShell } from "@/components/layout/page-shell";
import { signOutAction } from "@/app/(anmeldung)/actions";
import { PublicAccountLinks } from "@/components/layout/public-account-links";

export default function AccountLayout({ children }: { children: React.ReactNode }) {
  return <PageShell accountSlot={<PublicAccountLinks signOut={signOutAction} />}>{children}</PageShell>;
}
