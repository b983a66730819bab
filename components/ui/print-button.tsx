"use client";

import { Button } from "./button";

/** Opens the browser's print dialog (which also saves as PDF). */
export function PrintButton({ children, variant }: { children: React.ReactNode; variant?: "primary" | "secondary" }) {
  return (
    <Button variant={variant} onClick={() => window.print()}>
      {children}
    </Button>
  );
}
