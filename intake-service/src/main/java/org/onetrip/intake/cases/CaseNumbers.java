package org.onetrip.intake.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Readable case numbers, unique per jurisdiction and year: {@code 330109013-2026-000042}. */
@ApplicationScoped
public class CaseNumbers {
    private final EntityManager entityManager;

    CaseNumbers(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The next number, drawn in the caller's transaction (the counter row stays locked until it ends). */
    public String next(String jurisdiction, int year) {
        Number last = (Number) entityManager.createNativeQuery("""
                        insert into case_number_counter (jurisdiction, year, last) values (:j, :y, 1)
                        on conflict (jurisdiction, year) do update set last = case_number_counter.last + 1
                        returning last""")
                .setParameter("j", jurisdiction).setParameter("y", year).getSingleResult();
        return String.format("%s-%d-%06d", jurisdiction, year, last.intValue());
    }
}
