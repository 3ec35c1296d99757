package org.onetrip.intake.appointments;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onetrip.platform.errors.ProblemException.FieldViolation;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.notifications.MessageKind;
import org.onetrip.platform.notifications.Notifications;
import org.onetrip.platform.personaldata.PersonalData;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One-time codes (短信验证码) that prove a booking is made, moved or cancelled by whoever holds the phone it is in the
 * name of: six digits sent by SMS through the residents' message channel, kept only as keyed hashes, valid for
 * {@code onetrip.appointments.code-valid} and {@code MAX_ATTEMPTS} wrong tries, used once. A wrong try is counted
 * even though the request it came with fails.
 */
@ApplicationScoped
public class VerificationCodes implements MessageKind.Declared {
    static final String KIND = "verification-code";
    private static final int MAX_ATTEMPTS = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Notifications notifications;
    private final PersonalData personalData;
    private final EntityManager entityManager;
    private final Clock clock;
    private final Duration valid;

    VerificationCodes(Notifications notifications, PersonalData personalData, EntityManager entityManager, Clock clock,
                      @ConfigProperty(name = "onetrip.appointments.code-valid", defaultValue = "PT10M") Duration valid) {
        this.notifications = notifications;
        this.personalData = personalData;
        this.entityManager = entityManager;
        this.clock = clock;
        this.valid = valid;
    }

    @Override
    public List<MessageKind> kinds() {
        return List.of(new MessageKind(KIND, Set.of("code", "minutes"), Set.of("code")));
    }

    /** Sends a new code to the phone, for the jurisdiction whose record it joins (null: none yet). */
    @Transactional
    public void send(String phone, String jurisdiction) {
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        OffsetDateTime now = OffsetDateTime.now(clock);
        UUID id = UUID.randomUUID();
        entityManager.createNativeQuery("""
                        insert into verification_code (id, phone_hash, code_hash, expires_at, created_at)
                        values (:id, :phone, :code, :expires, :now)""")
                .setParameter("id", id).setParameter("phone", personalData.hash(phone)).setParameter("code", codeHash(phone, code))
                .setParameter("expires", now.plus(valid)).setParameter("now", now).executeUpdate();
        notifications.record(new Notifications.Notice(id, KIND, "*", "code:" + id, jurisdiction,
                Map.of("code", code, "minutes", String.valueOf(valid.toMinutes()))), new Notifications.Recipient(phone, null));
    }

    /**
     * Uses the phone's latest code if {@code given} is it, in the caller's transaction (a change that fails leaves it
     * unused); otherwise a 400 naming {@code field}, the wrong try counted apart.
     */
    public void consume(String phone, String given, String field) {
        String phoneHash = personalData.hash(phone);
        @SuppressWarnings("unchecked")
        List<Object[]> latest = entityManager.createNativeQuery("""
                        select id, code_hash from verification_code
                        where phone_hash = :phone and used_at is null and expires_at > :now and attempts < :max
                        order by created_at desc limit 1""")
                .setParameter("phone", phoneHash).setParameter("now", OffsetDateTime.now(clock)).setParameter("max", MAX_ATTEMPTS)
                .getResultList();
        if (latest.isEmpty()) {
            throw wrong(field);
        }
        UUID id = (UUID) latest.get(0)[0];
        if (given == null || !codeHash(phone, given.strip()).equals(latest.get(0)[1])) {
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                    "update verification_code set attempts = attempts + 1 where id = :id").setParameter("id", id).executeUpdate());
            throw wrong(field);
        }
        // Used once: of two requests racing with the same code, only the one whose update finds it unused goes on.
        int used = entityManager.createNativeQuery("update verification_code set used_at = :now where id = :id and used_at is null")
                .setParameter("now", OffsetDateTime.now(clock)).setParameter("id", id).executeUpdate();
        if (used == 0) {
            throw wrong(field);
        }
    }

    private String codeHash(String phone, String code) {
        return personalData.hash(phone + "|" + code);
    }

    private static ProblemException wrong(String field) {
        return ProblemException.invalid(List.of(new FieldViolation(field, "appointment.code-invalid")));
    }
}
