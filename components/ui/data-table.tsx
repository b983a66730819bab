/** A plain, accessible table with a caption; used as the text alternative of every chart. */
export function DataTable({
  caption,
  columns,
  rows,
  captionHidden = false,
  dense = false,
}: {
  caption: string;
  columns: readonly string[];
  rows: readonly (readonly React.ReactNode[])[];
  captionHidden?: boolean;
  /** Tighter rows, for a page that must fit one printed sheet. */
  dense?: boolean;
}) {
  const padding = dense ? "px-2 py-1" : "px-3 py-2";
  return (
    // Focusable and named, so keyboard users can scroll a table wider than the screen.
    // A shadow at an edge shows that more of the table lies beyond it (scroll-cue in globals.css).
    <div className="scroll-cue max-w-full overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="w-full border-collapse text-left">
        <caption className={captionHidden ? "sr-only" : "mb-2 text-left font-semibold"}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th key={column} scope="col" className={`border-b-2 border-brand-700 ${padding} ${index > 0 ? "text-right" : ""}`}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => (
            <tr key={rowIndex} className="border-b border-line">
              {row.map((cell, index) =>
                index === 0 ? (
                  <th key={index} scope="row" className={`${padding} font-normal`}>
                    {cell}
                  </th>
                ) : (
                  <td key={index} className={`${padding} text-right tabular-nums`}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
