package org.onetrip.intake.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Numbers documents per issuing jurisdiction, year and kind, without gaps between committed ones: 义桥〔2026〕受字第 0001 号.
 * The number is unique per issuer, kind and year, not as text: two towns of one name in a province print the same
 * text for their first notices, and both are right.
 */
@ApplicationScoped
public class DocumentNumbers {
    private final EntityManager entityManager;

    DocumentNumbers(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A document's number: its sequence within the issuer's kind and year, and the text printed. */
    record Number(int year, int sequence, String text) {
    }

    /** The next number, in the caller's transaction: the counter row stays locked until it commits. */
    Number next(Issuer issuer, int year, DocumentKind kind) {
        int sequence = ((java.lang.Number) entityManager.createNativeQuery("""
                        insert into document_counter (jurisdiction, year, kind, last) values (:jurisdiction, :year, :kind, 1)
                        on conflict (jurisdiction, year, kind) do update set last = document_counter.last + 1
                        returning last""")
                .setParameter("jurisdiction", issuer.jurisdiction()).setParameter("year", year)
                .setParameter("kind", kind.name()).getSingleResult()).intValue();
        return new Number(year, sequence, "%s〔%d〕%s字第 %04d 号".formatted(issuer.shortName(), year, kind.word(), sequence));
    }
}
