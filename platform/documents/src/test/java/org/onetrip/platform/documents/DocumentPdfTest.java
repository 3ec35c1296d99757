package org.onetrip.platform.documents;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.onetrip.platform.documents.PrintedDocument.Field;
import org.onetrip.platform.documents.PrintedDocument.Fields;
import org.onetrip.platform.documents.PrintedDocument.Items;
import org.onetrip.platform.documents.PrintedDocument.Paragraph;
import org.onetrip.platform.documents.PrintedDocument.Signatures;
import org.onetrip.platform.testing.PrintedPdf;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentPdfTest {
    private static final PrintedDocument NOTICE = new PrintedDocument("义桥镇便民服务中心", "一次性告知书",
            "义桥〔2026〕告字第 0001 号", null, "张三：",
            List.of(new Paragraph("您申请的老年优待证核发事项，经审查，尚需补齐下列材料。请一次性补齐后再来办理。"),
                    new Items(List.of("近期免冠一寸照片（缺）", "户口簿（复印件不清晰）")),
                    new Fields(List.of(Field.of("案件编号", "330109013-2026-000001"), new Field("查询码", "sealed:7K3M", true))),
                    new Signatures(List.of("申请人签名"))),
            LocalDate.of(2026, 11, 28));

    @Test
    void chineseIsEmbeddedAndRendersAsInk() throws Exception {
        byte[] bytes = DocumentPdf.render(NOTICE.opened(v -> v.substring("sealed:".length())));
        // Rasterised, the title is ink, not blank: the glyphs really are there.
        assertThat(PrintedPdf.text(bytes)).contains("一次性告知书", "义桥〔2026〕告字第 0001 号", "近期免冠一寸照片", "7K3M",
                "2026年11月28日").doesNotContain("sealed:");
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 72);
            assertThat(PrintedPdf.ink(page, 0, 0, page.getWidth(), 40)).isZero(); // the top margin stays white
        }
    }

    @Test
    void longTextFlowsOntoFurtherPagesAndMissingGlyphsDoNotFail() throws Exception {
        List<String> many = Collections.nCopies(120, "材料名称很长很长的一项材料，需要原件及复印件各一份 with Latin words that wrap at spaces");
        PrintedDocument longOne = new PrintedDocument("中心", "长文书", null, null, null,
                List.of(new Items(many), new Paragraph("罕见字\uD83D\uDE00之后")), LocalDate.of(2026, 1, 5));
        try (PDDocument pdf = Loader.loadPDF(DocumentPdf.render(longOne))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(2);
            assertThat(new PDFTextStripper().getText(pdf)).contains("罕见字□之后");
        }
    }

    @Test
    void noLineStartsWithAClosingMarkOrEndsWithAnOpeningOne() throws Exception {
        // However long the text before it, a full stop never begins a line and an opening bracket never ends one.
        for (int before = 30; before < 90; before++) {
            String text = "文".repeat(before) + "。（注）" + "字".repeat(60);
            PrintedDocument d = new PrintedDocument("中心", "文书", null, null, null, List.of(new Paragraph(text)),
                    LocalDate.of(2026, 1, 5));
            try (PDDocument pdf = Loader.loadPDF(DocumentPdf.render(d))) {
                for (String line : new PDFTextStripper().getText(pdf).split("\\R")) {
                    assertThat(line.strip()).as("%d characters before", before).doesNotStartWith("。").doesNotStartWith("）")
                            .doesNotEndWith("（");
                }
            }
        }
    }

    @Test
    void htmlSaysTheSameEscaped() {
        String html = DocumentHtml.render(new PrintedDocument("中心<script>", "受理通知书", "X〔2026〕受字第 0002 号",
                "X〔2026〕受字第 0001 号", null, List.of(new Paragraph("a & b")), LocalDate.of(2026, 3, 1)));
        assertThat(html).contains("<h1>受理通知书</h1>", "中心&lt;script&gt;", "a &amp; b", "本文书替代 X〔2026〕受字第 0001 号",
                "2026年3月1日").doesNotContain("<script>");
    }
}
