import Link from "next/link";
import { findFactor } from "@/lib/kurzcheck/factors";
import type { CheckItem } from "@/lib/kurzcheck/items";

/** "Mehr dazu: Leitbild & Integrationskonzept, Überprüfung" – the guidance pages an item measures. */
export function FactorLinks({ item, label = "Mehr dazu" }: { item: CheckItem; label?: string }) {
  return (
    <p className="mt-2 text-sm">
      {label}:{" "}
      {item.factors.map((slug, i) => (
        <span key={slug}>
          {i > 0 ? ", " : null}
          <Link href={`/erfolgsfaktoren/${slug}`}>{findFactor(slug)?.title}</Link>
        </span>
      ))}
    </p>
  );
}
