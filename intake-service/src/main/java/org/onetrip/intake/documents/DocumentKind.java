package org.onetrip.intake.documents;

/** The documents the window hands out, with their titles and the word of their numbers (告字, 受字, ...). */
public enum DocumentKind {
    /** Every missing or defective material at once, with why and on what basis. */
    ONE_TIME_NOTICE("一次性告知书", "告"),
    /** Accepted: the promised completion date, the case number and its look-up code. */
    ACCEPTANCE("受理通知书", "受"),
    /** Not accepted: the reasons and the applicant's remedies. */
    REFUSAL("不予受理决定书", "不受"),
    /** A department asks for further materials while the case is under way. */
    SUPPLEMENT_REQUEST("补正材料通知书", "补"),
    /** Proof the result was handed over: how, when, and a line to sign. */
    DELIVERY_RECEIPT("送达回证", "送");

    private final String title;
    private final String word;

    DocumentKind(String title, String word) {
        this.title = title;
        this.word = word;
    }

    public String title() {
        return title;
    }

    /** The word in the number: 义桥〔2026〕<b>受</b>字第 0001 号. */
    public String word() {
        return word;
    }
}
