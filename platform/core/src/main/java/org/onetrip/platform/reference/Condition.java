package org.onetrip.platform.reference;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The conditions under which a material is asked for (按条件提交): a closed vocabulary the catalogue publishes, the
 * window and the agents tick and the services understand. A catalogue names a conditional material's condition by one
 * of these codes; a submission declares the facts that hold for it by the same codes. Where a service knows a fact
 * itself ({@link Basis}), it decides it and nobody declares it.
 */
public enum Condition {
    PROXY_APPLICANT("委托他人代办", Basis.DECLARED, "ON_BEHALF", "BEHALF", "PROXY", "AGENT", "ENTRUSTED", "委托代办", "代办", "委托他人办理"),
    ENTERPRISE_APPLICANT("申请人为企业或其他组织", Basis.APPLICANT_KIND, "ENTERPRISE", "ORGANISATION", "ORGANIZATION", "LEGAL_PERSON",
            "COMPANY", "企业", "法人", "单位申请"),
    MINOR("申请人为未成年人", Basis.BIRTH_DATE, "UNDER_18", "CHILD", "JUVENILE", "未成年人", "未成年"),
    SENIOR("申请人年满60周岁", Basis.BIRTH_DATE, "ELDERLY", "AGED", "OVER_60", "老年人", "60周岁以上"),
    DISABLED("申请人为残疾人", Basis.DECLARED, "DISABILITY", "HANDICAPPED", "残疾人"),
    NON_LOCAL_HOUSEHOLD("申请人为非本地户籍", Basis.DECLARED, "NON_LOCAL", "NONLOCAL", "MIGRANT", "OUTSIDER", "外地户籍", "非本地户籍"),
    REPLACEMENT("遗失或损毁后补办", Basis.DECLARED, "REISSUE", "LOST", "REPLACE", "补办", "补领", "遗失补办"),
    CHANGE("已登记事项变更", Basis.DECLARED, "MODIFICATION", "ALTERATION", "变更", "变更登记");

    /** How a service comes to know that a condition holds. */
    public enum Basis {
        /** The applicant says so (a tick at the window or on an agent's phone); the proxy channel also implies it. */
        DECLARED,
        /** The applicant is an organisation (unified social credit code), not a person. */
        APPLICANT_KIND,
        /** The birth date in the applicant's resident ID number, on the day of submission. */
        BIRTH_DATE
    }

    private final String label;
    private final Basis basis;
    private final List<String> aliases;

    Condition(String label, Basis basis, String... aliases) {
        this.label = label;
        this.basis = basis;
        this.aliases = List.of(aliases);
    }

    public String label() {
        return label;
    }

    public Basis basis() {
        return basis;
    }

    /** Words towns' older sheets and systems used for it, which an import takes and says it mapped. */
    public List<String> aliases() {
        return aliases;
    }

    public boolean declared() {
        return basis == Basis.DECLARED;
    }

    /** The condition of a code as the vocabulary spells it, and nothing for any other word. */
    public static Optional<Condition> of(String code) {
        return Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst();
    }

    /**
     * The code a word stands for: a code itself, its label, or an alias (Latin letters in any case), as a catalogue
     * written before the vocabulary or an event published then may have it; an unknown word stays as it is, a condition
     * nobody can declare.
     */
    public static String canonical(String word) {
        if (word == null || of(word).isPresent()) {
            return word;
        }
        String given = word.strip();
        return Arrays.stream(values())
                .filter(c -> c.name().equalsIgnoreCase(given) || c.label.equals(given) || c.aliases.stream().anyMatch(given::equalsIgnoreCase))
                .findFirst().map(Enum::name).orElse(word);
    }

    /** {@link #canonical(String)} of each word, none dropped: a list a submission declares, in the vocabulary's codes. */
    public static List<String> canonical(List<String> words) {
        return words == null ? List.of() : words.stream().map(Condition::canonical).toList();
    }

    /** The codes with their labels, as an error that refuses another word lists them. */
    public static String listed(boolean declaredOnly) {
        return String.join("、", Arrays.stream(values()).filter(c -> !declaredOnly || c.declared())
                .map(c -> c.name() + "（" + c.label + "）").toList());
    }
}
