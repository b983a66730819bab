const TONES = {
  success: "border-success-700 bg-success-100",
  info: "border-brand-600 bg-brand-50",
  warning: "border-warning-700 bg-warning-100",
} as const;

/**
 * A short message above a page's content. `announce` makes it a polite status
 * for screen readers (for messages that result from what the user just did).
 */
export function Notice({ tone = "info", announce = false, children }: { tone?: keyof typeof TONES; announce?: boolean; children: React.ReactNode }) {
  return (
    <p role={announce ? "status" : undefined} className={`mb-6 max-w-3xl rounded border-l-4 p-3 ${TONES[tone]}`}>
      {children}
    </p>
  );
}
