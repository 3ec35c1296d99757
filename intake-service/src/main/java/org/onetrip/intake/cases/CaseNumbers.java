package org.onetrip.intake.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Readable case numbers, unique per jurisdiction and year: {@code 330109013-2026-000042}. They come from
 * a PostgreSQL sequence per jurisdiction and year (migration V14), so no lock is held while a submission
 * runs and replicas do not queue behind each other; a submission that rolls back leaves a gap.
 */
@ApplicationScoped
public class CaseNumbers {
    private final EntityManager entityManager;

    CaseNumbers(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public String next(String jurisdiction, int year) {
        Number last = (Number) entityManager.createNativeQuery("select next_case_number(:j, :y)")
                .setParameter("j", jurisdiction).setParameter("y", year).getSingleResult();
        return String.format("%s-%d-%06d", jurisdiction, year, last.longValue());
    }
}
