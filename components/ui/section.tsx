/**
 * A titled section of a page; the heading labels the region for screen
 * readers. Text width by default; `wide` for charts and tables beside each
 * other; `headingLevel` where the section sits under another h2.
 */
export function Section({
  id,
  title,
  children,
  className = "",
  wide = false,
  headingLevel = 2,
}: {
  id: string;
  title: string;
  children: React.ReactNode;
  className?: string;
  wide?: boolean;
  headingLevel?: 2 | 3;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <section aria-labelledby={id} className={`mt-10 ${wide ? "" : "max-w-3xl"} ${className}`}>
      <Heading id={id} className="text-2xl font-bold text-brand-900">
        {title}
      </Heading>
      <div className="mt-3 space-y-3">{children}</div>
    </section>
  );
}

export function BulletList({ items }: { items: readonly React.ReactNode[] }) {
  return (
    <ul className="list-disc space-y-2 pl-6">
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}
