package org.onetrip.platform.documents;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.onetrip.platform.documents.PrintedDocument.Block;
import org.onetrip.platform.documents.PrintedDocument.Fields;
import org.onetrip.platform.documents.PrintedDocument.Heading;
import org.onetrip.platform.documents.PrintedDocument.Items;
import org.onetrip.platform.documents.PrintedDocument.Paragraph;
import org.onetrip.platform.documents.PrintedDocument.Signatures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A printed document as an A4 PDF. Chinese needs a font no PDF reader can be assumed to have, so the font that ships
 * in this module (WenQuanYi Micro Hei, Chinese and Latin in one face, Apache-2.0) is embedded, subset to the
 * characters used. A character the font lacks prints as □ rather than failing the document.
 */
public final class DocumentPdf {
    private static final float MARGIN = 56; // about 20 mm
    private static final float BODY = 11.5f;
    private static final float LEADING = 1.6f;
    private static final PDRectangle A4 = PDRectangle.A4;
    private static final String FONT = "wqy-microhei.ttc";
    /** Punctuation that may not begin a line, and that may not end one (the Chinese line-breaking rule, 避头尾). */
    private static final String NO_LINE_START = "，。、；：！？）」』”’》〉】…—,.;:!?)";
    private static final String NO_LINE_END = "（「『“‘《〈【(";
    private static final String FACE = "WenQuanYiMicroHei";
    /** Parsed once (5 MB); fontbox's font reads its tables lazily and is not thread-safe, so renders take turns. */
    private static TrueTypeFont font;

    private DocumentPdf() {
    }

    public static byte[] render(PrintedDocument d) {
        synchronized (DocumentPdf.class) {
            try (PDDocument pdf = new PDDocument()) {
                PDDocumentInformation info = pdf.getDocumentInformation();
                info.setTitle(d.number() == null ? d.title() : d.title() + " " + d.number());
                info.setAuthor(d.issuer());
                info.setCreator("OneTrip");
                new Layout(pdf, PDType0Font.load(pdf, font(), true), font().getUnicodeCmapLookup()).document(d);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                pdf.save(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static TrueTypeFont font() throws IOException {
        if (font == null) {
            try (InputStream in = DocumentPdf.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IOException(FONT + " is missing from the classpath");
                }
                // The collection stays open: the font reads its glyphs from it as documents need them.
                font = new TrueTypeCollection(in).getFontByName(FACE);
                if (font == null) {
                    throw new IOException(FONT + " has no face " + FACE);
                }
            }
        }
        return font;
    }

    /** Lays text out top to bottom, wrapping lines and starting pages as needed. */
    private static final class Layout {
        private final PDDocument pdf;
        private final PDType0Font font;
        private final CmapLookup glyphs;
        private PDPageContentStream page;
        private float y;

        Layout(PDDocument pdf, PDType0Font font, CmapLookup glyphs) {
            this.pdf = pdf;
            this.font = font;
            this.glyphs = glyphs;
        }

        void document(PrintedDocument d) throws IOException {
            newPage();
            centred(d.issuer(), 13);
            centred(d.title(), 20);
            if (d.number() != null) {
                right(d.number(), BODY);
            }
            if (d.replaces() != null) {
                right("（本文书替代 " + d.replaces() + "）", BODY);
            }
            if (d.addressee() != null) {
                text(d.addressee(), BODY, 0, 0);
            }
            for (Block block : d.blocks()) {
                block(block);
            }
            space(BODY * 2);
            right(d.number() == null ? d.issuer() : d.issuer() + "（盖章）", BODY);
            right(d.printedDate(), BODY);
            page.close();
        }

        private void block(Block block) throws IOException {
            if (block instanceof Heading h) {
                needs(BODY * 0.6f + 13 * LEADING + 2 * BODY * LEADING); // a heading keeps with two lines of what it heads
                space(BODY * 0.6f);
                text(h.text(), 13, 0, 0);
            } else if (block instanceof Paragraph p) {
                text(p.text(), BODY, BODY * 2, 0);
            } else if (block instanceof Items items) {
                int n = 1;
                for (String item : items.items()) {
                    String mark = n++ + ". ";
                    text(mark + item, BODY, 0, width(mark, BODY));
                }
            } else if (block instanceof Fields fields) {
                float labelWidth = (A4.getWidth() - 2 * MARGIN) * 0.3f;
                for (PrintedDocument.Field f : fields.fields()) {
                    labelled(f.label() + "：", f.value() == null ? "" : f.value(), labelWidth);
                }
            } else if (block instanceof Signatures s) {
                for (String line : s.lines()) {
                    space(BODY);
                    text(line + "：________________　　年　　月　　日", BODY, 0, 0);
                }
            }
        }

        private void labelled(String label, String value, float labelWidth) throws IOException {
            List<String> lines = wrap(value, BODY, A4.getWidth() - 2 * MARGIN - labelWidth);
            for (int i = 0; i < lines.size(); i++) {
                needs(BODY * LEADING);
                if (i == 0) {
                    show(label, BODY, MARGIN);
                }
                show(lines.get(i), BODY, MARGIN + labelWidth);
                y -= BODY * LEADING;
            }
        }

        /** Wrapped to the text width; {@code firstIndent} on the first line, {@code hanging} on the others. */
        private void text(String text, float size, float firstIndent, float hanging) throws IOException {
            float width = A4.getWidth() - 2 * MARGIN;
            List<String> lines = new ArrayList<>();
            for (String paragraph : printable(text).split("\n", -1)) {
                List<String> first = wrap(paragraph, size, width - firstIndent);
                lines.add(first.get(0));
                String rest = paragraph.substring(first.get(0).length()).stripLeading();
                if (!rest.isEmpty()) {
                    lines.addAll(wrap(rest, size, width - hanging));
                }
            }
            for (int i = 0; i < lines.size(); i++) {
                needs(size * LEADING);
                show(lines.get(i), size, MARGIN + (i == 0 ? firstIndent : hanging));
                y -= size * LEADING;
            }
        }

        private void centred(String text, float size) throws IOException {
            needs(size * LEADING);
            String line = printable(text);
            show(line, size, (A4.getWidth() - width(line, size)) / 2);
            y -= size * LEADING;
        }

        private void right(String text, float size) throws IOException {
            needs(size * LEADING);
            String line = printable(text);
            show(line, size, A4.getWidth() - MARGIN - width(line, size));
            y -= size * LEADING;
        }

        private void show(String text, float size, float x) throws IOException {
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(x, y - size);
            page.showText(printable(text));
            page.endText();
        }

        /**
         * Lines no wider than {@code width}: Chinese breaks between any two characters, a run of Latin letters or
         * digits only at a space unless it is longer than a line.
         */
        private List<String> wrap(String text, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            String rest = printable(text);
            while (width(rest, size) > width) {
                int fit = 1;
                while (fit < rest.length() && width(rest.substring(0, fit + 1), size) <= width) {
                    fit++;
                }
                int cut = fit;
                if (Character.isLetterOrDigit(rest.charAt(fit)) && rest.charAt(fit) < 0x2E80) {
                    int space = rest.lastIndexOf(' ', fit);
                    if (space > 0) {
                        cut = space;
                    }
                }
                // 避头尾: a closing mark never starts a line, an opening one never ends it; the character before
                // goes down with it.
                while (cut > 1 && (NO_LINE_START.indexOf(rest.charAt(cut)) >= 0 || NO_LINE_END.indexOf(rest.charAt(cut - 1)) >= 0)) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut).stripLeading();
            }
            lines.add(rest);
            return lines;
        }

        private float width(String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        /** Characters the font cannot show become □; tabs and other controls become spaces. */
        private String printable(String text) {
            if (text == null) {
                return "";
            }
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                if (cp == '\n') {
                    out.append('\n');
                } else if (Character.isISOControl(cp)) {
                    out.append(' ');
                } else {
                    out.appendCodePoint(glyphs.getGlyphId(cp) != 0 ? cp : '□');
                }
            });
            return out.toString();
        }

        private void needs(float height) throws IOException {
            if (y - height < MARGIN) {
                page.close();
                newPage();
            }
        }

        private void space(float height) throws IOException {
            needs(height);
            y -= height;
        }

        private void newPage() throws IOException {
            PDPage next = new PDPage(A4);
            pdf.addPage(next);
            page = new PDPageContentStream(pdf, next);
            y = A4.getHeight() - MARGIN;
        }
    }
}
