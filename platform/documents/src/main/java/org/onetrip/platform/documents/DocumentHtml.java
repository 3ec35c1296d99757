package org.onetrip.platform.documents;

import org.onetrip.platform.documents.PrintedDocument.Block;
import org.onetrip.platform.documents.PrintedDocument.Fields;
import org.onetrip.platform.documents.PrintedDocument.Heading;
import org.onetrip.platform.documents.PrintedDocument.Items;
import org.onetrip.platform.documents.PrintedDocument.Paragraph;
import org.onetrip.platform.documents.PrintedDocument.Signatures;

/** A printed document as one self-contained HTML page, laid out for A4 when the browser prints it. */
public final class DocumentHtml {
    private static final String STYLE = """
            @page { size: A4; margin: 25mm 20mm; }
            body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", SimSun, "Songti SC", serif;
                   font-size: 12pt; line-height: 1.8; max-width: 170mm; margin: 2em auto; color: #000; }
            h1 { text-align: center; font-size: 20pt; letter-spacing: 0.2em; margin: 0.2em 0; }
            .issuer { text-align: center; font-size: 14pt; }
            .number, .replaces { text-align: right; }
            h2 { font-size: 13pt; margin: 1em 0 0.3em; }
            p { text-indent: 2em; margin: 0.3em 0; }
            table { border-collapse: collapse; width: 100%; }
            th, td { border: 1px solid #000; padding: 0.2em 0.5em; text-align: left; vertical-align: top; }
            th { width: 30%; font-weight: normal; }
            .signatures p { text-indent: 0; margin: 1.2em 0; }
            .seal { text-align: right; margin-top: 2em; }
            """;

    private DocumentHtml() {
    }

    public static String render(PrintedDocument d) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(d.title())).append(d.number() == null ? "" : " " + escape(d.number()))
                .append("</title><style>").append(STYLE).append("</style></head><body>\n");
        html.append("<div class=\"issuer\">").append(escape(d.issuer())).append("</div>\n");
        html.append("<h1>").append(escape(d.title())).append("</h1>\n");
        if (d.number() != null) {
            html.append("<div class=\"number\">").append(escape(d.number())).append("</div>\n");
        }
        if (d.replaces() != null) {
            html.append("<div class=\"replaces\">（本文书替代 ").append(escape(d.replaces())).append("）</div>\n");
        }
        if (d.addressee() != null) {
            html.append("<p style=\"text-indent:0\">").append(escape(d.addressee())).append("</p>\n");
        }
        for (Block block : d.blocks()) {
            block(html, block);
        }
        html.append("<div class=\"seal\">").append(escape(d.issuer())).append(d.number() == null ? "" : "（盖章）").append("<br>")
                .append(escape(d.printedDate())).append("</div>\n</body></html>\n");
        return html.toString();
    }

    private static void block(StringBuilder html, Block block) {
        if (block instanceof Heading h) {
            html.append("<h2>").append(escape(h.text())).append("</h2>\n");
        } else if (block instanceof Paragraph p) {
            html.append("<p>").append(escape(p.text())).append("</p>\n");
        } else if (block instanceof Items items) {
            html.append("<ol>");
            items.items().forEach(item -> html.append("<li>").append(escape(item)).append("</li>"));
            html.append("</ol>\n");
        } else if (block instanceof Fields fields) {
            html.append("<table>");
            fields.fields().forEach(f -> html.append("<tr><th>").append(escape(f.label())).append("</th><td>")
                    .append(escape(f.value())).append("</td></tr>"));
            html.append("</table>\n");
        } else if (block instanceof Signatures s) {
            html.append("<div class=\"signatures\">");
            s.lines().forEach(line -> html.append("<p>").append(escape(line))
                    .append("：________________　　年　　月　　日</p>"));
            html.append("</div>\n");
        }
    }

    /** Text safe inside HTML elements and attribute values. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
