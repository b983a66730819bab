/** The page's one h1 with an optional lead paragraph and a small label above. */
export function PageHeader({ title, lead, eyebrow }: { title: React.ReactNode; lead?: React.ReactNode; eyebrow?: React.ReactNode }) {
  return (
    <div className="mb-8 max-w-3xl">
      {eyebrow ? <p className="mb-1 text-sm font-semibold uppercase tracking-wide text-brand-600">{eyebrow}</p> : null}
      <h1 className="text-3xl font-bold leading-tight text-brand-900 md:text-4xl">{title}</h1>
      {lead ? <p className="mt-4 text-lg">{lead}</p> : null}
    </div>
  );
}
