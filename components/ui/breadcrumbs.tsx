import Link from "next/link";

/** "Startseite › Vorlagen › Musterbeschluss": the way back up, the current page last and unlinked. */
export function Breadcrumbs({ trail, current }: { trail: readonly { href: string; label: string }[]; current: string }) {
  return (
    <nav aria-label="Brotkrumennavigation" className="no-print mb-4 text-sm">
      <ol className="flex flex-wrap gap-2">
        {[{ href: "/", label: "Startseite" }, ...trail].map((step) => (
          <li key={step.href}>
            <Link href={step.href}>{step.label}</Link> <span aria-hidden="true">›</span>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
