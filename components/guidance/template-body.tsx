import type { TemplateBlock } from "@/lib/templates/content";

/** Placeholders such as "[Name der Kommune]" are marked, as in the Word file. */
function WithPlaceholders({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/(\[[^\]]+\])/)
        .filter(Boolean)
        .map((part, index) =>
          part.startsWith("[") ? (
            <mark key={index} className="bg-warning-100 px-0.5">
              {part}
            </mark>
          ) : (
            part
          ),
        )}
    </>
  );
}

/** A template's blocks as HTML: the same structure the .docx download has. */
export function TemplateBody({ blocks }: { blocks: readonly TemplateBlock[] }) {
  return (
    <div className="space-y-3">
      {blocks.map((block, index) => {
        switch (block.kind) {
          case "heading":
            return (
              <h3 key={index} className="pt-2 text-lg font-semibold text-brand-900">
                <WithPlaceholders text={block.text} />
              </h3>
            );
          case "paragraph":
            return (
              <p key={index}>
                <WithPlaceholders text={block.text} />
              </p>
            );
          case "list":
            return (
              <ul key={index} className="list-disc space-y-1 pl-6">
                {block.items.map((item) => (
                  <li key={item}>
                    <WithPlaceholders text={item} />
                  </li>
                ))}
              </ul>
            );
          case "numbered":
            return (
              <ol key={index} className="list-decimal space-y-1 pl-6">
                {block.items.map((item) => (
                  <li key={item}>
                    <WithPlaceholders text={item} />
                  </li>
                ))}
              </ol>
            );
        }
      })}
    </div>
  );
}
