export function Card({ children, className = "", as: Tag = "div" }: { children: React.ReactNode; className?: string; as?: "div" | "li" | "section" | "article" }) {
  return <Tag className={`rounded-lg border border-line bg-white p-5 ${className}`}>{children}</Tag>;
}
