package org.onetrip.platform.testing;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A PDF a service printed, read as a person sees it: its first page rasterised, then its text. */
public final class PrintedPdf {
    private PrintedPdf() {
    }

    /**
     * The text with its line breaks taken out (lines wrap anywhere), once the first page, rasterised at 72 dpi, shows
     * ink where the title is: the Chinese glyphs are really in the file, not just their codes.
     */
    public static String text(byte[] bytes) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            int ink = ink(new PDFRenderer(pdf).renderImageWithDPI(0, 72), 150, 55, 300, 55);
            if (ink <= 150) {
                throw new AssertionError("the title of the PDF's first page is blank (" + ink + " dark pixels): its glyphs are missing");
            }
            return new PDFTextStripper().getText(pdf).replace("\n", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many pixels of the rectangle are dark. */
    public static int ink(BufferedImage image, int x0, int y0, int width, int height) {
        int dark = 0;
        for (int x = x0; x < Math.min(image.getWidth(), x0 + width); x++) {
            for (int y = y0; y < Math.min(image.getHeight(), y0 + height); y++) {
                int rgb = image.getRGB(x, y);
                dark += ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3 < 128 ? 1 : 0;
            }
        }
        return dark;
    }
}
