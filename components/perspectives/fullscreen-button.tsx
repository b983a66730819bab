"use client";

import { useEffect, useState } from "react";

/** "Vollbild": the presentation fills the projector's screen (Esc leaves, as browsers have it). */
export function FullscreenButton() {
  const [full, setFull] = useState(false);
  useEffect(() => {
    const update = () => setFull(document.fullscreenElement !== null);
    document.addEventListener("fullscreenchange", update);
    return () => document.removeEventListener("fullscreenchange", update);
  }, []);
  return (
    <button
      type="button"
      className="rounded border-2 border-brand-700 px-3 py-1 font-semibold text-brand-900"
      onClick={() => void (full ? document.exitFullscreen() : document.documentElement.requestFullscreen()).catch(() => undefined)}
    >
      {full ? "Vollbild verlassen" : "Vollbild"}
    </button>
  );
}
