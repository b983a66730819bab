/**
 * The presentation of a workshop for the projector: the whole screen for the
 * room, large type, no site or account header (the page guards itself).
 */
export default function PresentationLayout({ children }: { children: React.ReactNode }) {
  return (
    <main id="inhalt" tabIndex={-1} className="flex min-h-screen flex-1 flex-col bg-white px-6 py-6 text-xl focus:outline-none md:px-12 md:text-2xl">
      {children}
    </main>
  );
}
