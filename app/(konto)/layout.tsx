import { PageShell } from "@/components/layout/page-shell";

export default function AccountLayout({ children }: { children: React.ReactNode }) {
  return <PageShell>{children}</PageShell>;
}
