/**
 * A template as a Word document (.docx), built with the `docx` library from
 * the same blocks the page shows: headings, paragraphs, bullet and numbered
 * lists. Placeholders stay in square brackets, highlighted, so a Kommune
 * sees at a glance what to fill in.
 */
import { AlignmentType, Document, Footer, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from "docx";
import type { Template, TemplateBlock } from "./content";

const NUMBERING = "vorlage-nummern";

/** Text with its [Platzhalter] marked, so they stand out in Word. */
function runs(text: string): TextRun[] {
  return text
    .split(/(\[[^\]]+\])/)
    .filter(Boolean)
    .map((part) => (part.startsWith("[") ? new TextRun({ text: part, highlight: "yellow" }) : new TextRun(part)));
}

function paragraphs(block: TemplateBlock, listIndex: number): Paragraph[] {
  switch (block.kind) {
    case "heading":
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, children: runs(block.text), spacing: { before: 240, after: 120 } })];
    case "paragraph":
      return [new Paragraph({ children: runs(block.text), spacing: { after: 120 } })];
    case "list":
      return block.items.map((item) => new Paragraph({ children: runs(item), bullet: { level: 0 } }));
    case "numbered":
      // Each numbered list starts at 1: its own instance of the numbering definition.
      return block.items.map((item) => new Paragraph({ children: runs(item), numbering: { reference: NUMBERING, level: 0, instance: listIndex } }));
  }
}

export function templateDocument(template: Template, source: string): Document {
  let lists = 0;
  const body = template.blocks.flatMap((block) => paragraphs(block, block.kind === "numbered" ? ++lists : 0));
  return new Document({
    creator: "Kurz-Check Integration",
    title: template.title,
    description: template.summary,
    styles: { default: { document: { run: { font: "Calibri", size: 22 } } } },
    numbering: {
      config: [
        {
          reference: NUMBERING,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: "%1.",
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 567, hanging: 340 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun({ text: source, size: 16, color: "4B5563" })] })] }) },
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(template.title)], spacing: { after: 200 } }),
          new Paragraph({ children: [new TextRun({ text: template.useWhen, italics: true })], spacing: { after: 240 } }),
          ...body,
        ],
      },
    ],
  });
}

/** The .docx file of a template, as bytes. */
export async function templateDocx(template: Template, source: string): Promise<Buffer> {
  return Packer.toBuffer(templateDocument(template, source));
}
