package org.onetrip.platform.documents;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A document a service hands out on paper (a notice, a receipt, a decision, a guide): what it says, not how it looks.
 * {@link DocumentHtml} and {@link DocumentPdf} lay the same content out for the browser's print and as PDF, so
 * both always say the same. Stored as it was issued, it is the document's immutable record.
 *
 * @param issuer   who issues it, printed under the title and over the seal (e.g. 义桥镇便民服务中心)
 * @param title    e.g. 受理通知书
 * @param number   the document number, e.g. 义桥〔2026〕受字第 0001 号; null for an unnumbered print (a guide), which
 *                 carries no seal
 * @param replaces the number of the document this one re-issues, or null
 * @param addressee to whom, e.g. 张三：; null for none
 * @param blocks   the body, in order
 * @param issuedOn the date printed above the seal
 * @param addresseeSealed the addressee is stored sealed (a resident's name) and opened only to print
 */
public record PrintedDocument(String issuer, String title, String number, String replaces, String addressee,
                              List<Block> blocks, LocalDate issuedOn, boolean addresseeSealed) {

    public PrintedDocument {
        blocks = List.copyOf(blocks);
    }

    /** A document whose addressee, if any, is no secret. */
    public PrintedDocument(String issuer, String title, String number, String replaces, String addressee,
                           List<Block> blocks, LocalDate issuedOn) {
        this(issuer, title, number, replaces, addressee, blocks, issuedOn, false);
    }

    /** A part of the body. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({@JsonSubTypes.Type(value = Heading.class, name = "heading"),
            @JsonSubTypes.Type(value = Paragraph.class, name = "paragraph"),
            @JsonSubTypes.Type(value = Items.class, name = "items"),
            @JsonSubTypes.Type(value = Fields.class, name = "fields"),
            @JsonSubTypes.Type(value = Signatures.class, name = "signatures")})
    public sealed interface Block permits Heading, Paragraph, Items, Fields, Signatures {
    }

    public record Heading(String text) implements Block {
    }

    public record Paragraph(String text) implements Block {
    }

    /** A numbered list: 1. 2. 3. */
    public record Items(List<String> items) implements Block {
        public Items {
            items = List.copyOf(items);
        }
    }

    /**
     * Label and value pairs (案件编号：…). A {@code sealed} value is stored sealed (a secret such as the look-up code)
     * and opened only to print: see {@link #opened}.
     */
    public record Fields(List<Field> fields) implements Block {
        public Fields {
            fields = List.copyOf(fields);
        }
    }

    public record Field(String label, String value, boolean sealed) {
        public static Field of(String label, String value) {
            return new Field(label, value, false);
        }
    }

    /** Lines to sign on paper: 受送达人签名： ____ */
    public record Signatures(List<String> lines) implements Block {
        public Signatures {
            lines = List.copyOf(lines);
        }
    }

    /** The document to print: the addressee and every field kept sealed, opened with {@code open}. */
    public PrintedDocument opened(UnaryOperator<String> open) {
        List<Block> printed = blocks.stream().map(block -> block instanceof Fields f
                ? (Block) new Fields(f.fields().stream().map(field -> field.sealed() && field.value() != null
                        ? Field.of(field.label(), open.apply(field.value())) : field).toList())
                : block).toList();
        return new PrintedDocument(issuer, title, number, replaces,
                addresseeSealed && addressee != null ? open.apply(addressee) : addressee, printed, issuedOn);
    }

    /** The date of issue as printed. */
    public String printedDate() {
        return date(issuedOn);
    }

    /** A date as Chinese official documents print it: 2026年11月28日. */
    public static String date(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }
}
