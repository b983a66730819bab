// Rule guarded (issue 11): every template is reachable as a valid Word file — a zip with the parts
// Word needs, whose document.xml holds the template's title and its placeholders.
import { unzipSync, strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { TEMPLATE_SLUGS, TEMPLATE_TITLES } from "./catalog";
import { findTemplate, TEMPLATES } from "./content";
import { templateDocx } from "./docx";

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

describe("templates", () => {
  it("has every template of the catalog, each with content and at least one factor", () => {
    expect(TEMPLATES.map((t) => t.slug)).toEqual(TEMPLATE_SLUGS);
    for (const slug of TEMPLATE_SLUGS) {
      const template = findTemplate(slug)!;
      expect(template.title).toBe(TEMPLATE_TITLES[slug]);
      expect(template.blocks.length, slug).toBeGreaterThanOrEqual(8);
      expect(template.factors.length, slug).toBeGreaterThan(0);
    }
  });

  it.each(TEMPLATE_SLUGS)("builds %s as a .docx that Word can open", async (slug) => {
    const template = findTemplate(slug)!;
    const file = await templateDocx(template, "Test");
    expect(file.subarray(0, 2).toString("latin1")).toBe("PK"); // a zip archive
    const parts = unzipSync(new Uint8Array(file));
    for (const part of ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/numbering.xml"]) {
      expect(parts[part], part).toBeDefined();
    }
    const document = strFromU8(parts["word/document.xml"]!);
    expect(document).toMatch(/^<\?xml/);
    expect(document).toContain(escapeXml(template.title));
    const texts = template.blocks.flatMap((block) => ("text" in block ? [block.text] : block.items));
    const placeholder = texts.join("\n").match(/\[[^\]\n]+\]/)?.[0];
    // Every template has fields to fill in ("[Name der Kommune]"); they must reach the document.
    expect(placeholder, template.slug).toBeDefined();
    expect(document).toContain(escapeXml(placeholder!));
  });
});
