import { PageShell } from "@/components/layout/page-shell";

/**
 * Pages for people without an account (a workshop code, a personal link):
 * a minimal frame — the portal's name, no site menu, no sign-in — because
 * they come to answer one questionnaire.
 */
export default function GuestLayout({ children }: { children: React.ReactNode }) {
  return <PageShell compact>{children}</PageShell>;
}
