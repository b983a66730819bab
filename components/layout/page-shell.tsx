import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/**
 * Header, main landmark and footer around a page. Each area layout renders it
 * (the signed-in areas pass their account controls), so public pages stay
 * static while the areas can show who is signed in.
 */
export function PageShell({
  children,
  accountSlot,
  compact = false,
  guestSlot,
}: {
  children: React.ReactNode;
  accountSlot?: React.ReactNode;
  /** Header without navigation (see SiteHeader). */
  compact?: boolean;
  /** What a compact header shows beside the name for guests (the language chooser). */
  guestSlot?: React.ReactNode;
}) {
  return (
    <>
      <SiteHeader accountSlot={accountSlot} compact={compact} guestSlot={guestSlot} />
      <main id="inhalt" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
