"use client";

import { useState } from "react";

/**
 * The header's menu on a phone: the account controls and the main
 * navigation fold away behind one "Menü" button, so a page starts with its
 * content instead of half a screen of header. From md up both are always
 * shown and the button is gone.
 */
export function HeaderMenu({ brand, account, navigation }: { brand: React.ReactNode; account: React.ReactNode; navigation: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3 md:py-4">
        {brand}
        <button
          type="button"
          aria-expanded={open}
          aria-controls="kopf-konto hauptnavigation"
          onClick={() => setOpen(!open)}
          className="min-h-11 rounded border-2 border-brand-700 px-3 font-semibold text-brand-900 md:hidden"
        >
          {open ? "Menü schließen" : "Menü"}
        </button>
        <div id="kopf-konto" className={`${open ? "flex" : "hidden"} w-full flex-wrap items-center gap-3 pb-2 md:flex md:w-auto md:pb-0`}>
          {account}
        </div>
      </div>
      <div id="hauptnavigation" className={`${open ? "block" : "hidden"} md:block`}>
        {navigation}
      </div>
    </>
  );
}
