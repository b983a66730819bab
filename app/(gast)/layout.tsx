import { PageShell } from "@/components/layout/page-shell";

/** Pages for guests without an account: a personal perspective link, a workshop by code. */
export default function GuestLayout({ children }: { children: React.ReactNode }) {
  return <PageShell>{children}</PageShell>;
}
