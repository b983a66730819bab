"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { buttonClasses } from "@/components/ui/button";
import { SignOutButton } from "./sign-out-button";
import type { SubmitAction } from "@/lib/actions/form-state";

/**
 * On the prerendered public pages the server does not know who is visiting:
 * ask Auth.js once after load and offer "Abmelden" to a signed-in visitor.
 */
export function PublicAccountLinks({ signOut }: { signOut: SubmitAction }) {
  const [signedIn, setSignedIn] = useState(false);
  useEffect(() => {
    let active = true;
    fetch("/api/auth/session", { credentials: "same-origin" })
      .then((response) => (response.ok ? response.json() : null))
      .then((session: { user?: unknown } | null) => active && setSignedIn(Boolean(session?.user)))
      .catch(() => {});
    return () => {
      active = false;
    };
  }, []);

  if (signedIn) {
    return (
      <>
        <Link href="/mein-bereich" className="font-semibold">
          Mein Bereich
        </Link>
        <SignOutButton signOut={signOut} />
      </>
    );
  }
  return (
    <>
      <Link href="/anmelden" className="font-semibold">
        Anmelden
      </Link>
      <Link href="/registrieren" className={buttonClasses("primary", "py-1.5")}>
        Registrieren
      </Link>
    </>
  );
}
