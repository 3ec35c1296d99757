package org.onetrip.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.errors.ProblemKind;
import org.onetrip.platform.personaldata.PersonalData;
import org.onetrip.platform.personaldata.SealedAt;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key} on POSTs that create something: the same key and body from the same caller
 * give the first answer again (mobile networks retry), the same key with another body is a 422. The key
 * is recorded in the transaction of what the POST does, so two retries racing each other still create
 * one thing: the second waits on the first's row and then replays it. Keys are kept 24 hours.
 * In a service that holds personal data, a body (a name, an ID number) is compared by its keyed hash and the first
 * answer is kept sealed for its row, since an unkeyed hash of a body with an ID number in it can be guessed back.
 */
@ApplicationScoped
public class IdempotentRequests {
    public static final String HEADER = "Idempotency-Key";
    private static final String KEPT = "24 hours";

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final ObjectMapper canonical;
    /**
     * This service's personal-data keys, if it holds personal data (intake, proxy-agent: a service whose code uses
     * {@link PersonalData}; in catalogue and oversight the bean is not there, nor are its keys).
     */
    private final Optional<PersonalData> personalData;

    IdempotentRequests(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
        this.canonical = json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
        InstanceHandle<PersonalData> keys = Arc.container().instance(PersonalData.class);
        this.personalData = keys.isAvailable() ? Optional.of(keys.get()) : Optional.empty();
    }

    /**
     * Runs {@code create} once per caller, operation and key; without a key, every time.
     *
     * @param request the request body as read, compared by its canonical JSON
     */
    @Transactional
    public Response once(String key, String caller, String operation, Object request, Supplier<Response> create) {
        if (key == null) {
            return create.get();
        }
        if (key.isBlank() || key.length() > 200) {
            throw ProblemException.invalid(List.of(new ProblemException.FieldViolation(HEADER, "idempotency.key")));
        }
        if (ThreadLocalRandom.current().nextInt(100) == 0) {
            entityManager.createNativeQuery("delete from idempotency_key where created_at < now() - interval '" + KEPT + "'")
                    .executeUpdate();
        }
        String hash = hash(request);
        int claimed = entityManager.createNativeQuery("""
                        insert into idempotency_key (caller, operation, idem_key, request_hash, status, body)
                        values (:caller, :operation, :key, :hash, 0, '')
                        on conflict (caller, operation, idem_key) do update set created_at = now(), request_hash = :hash,
                            status = 0, body = '', location = null
                        where idempotency_key.created_at < now() - interval '""" + KEPT + "'")
                .setParameter("caller", caller).setParameter("operation", operation).setParameter("key", key)
                .setParameter("hash", hash).executeUpdate();
        if (claimed == 0) {
            return replay(key, caller, operation, hash);
        }
        Response answer = create.get();
        entityManager.createNativeQuery("""
                        update idempotency_key set status = :status, body = :body, location = :location
                        where caller = :caller and operation = :operation and idem_key = :key""")
                .setParameter("status", answer.getStatus()).setParameter("body", sealed(write(answer.getEntity()), caller, operation, key))
                .setParameter("location", answer.getLocation() == null ? null : answer.getLocation().toString())
                .setParameter("caller", caller).setParameter("operation", operation).setParameter("key", key)
                .executeUpdate();
        return answer;
    }

    private Response replay(String key, String caller, String operation, String hash) {
        Object[] first = (Object[]) entityManager.createNativeQuery("""
                        select request_hash, status, location, body from idempotency_key
                        where caller = :caller and operation = :operation and idem_key = :key""")
                .setParameter("caller", caller).setParameter("operation", operation).setParameter("key", key)
                .getSingleResult();
        if (!hash.equals(first[0])) {
            throw new ProblemException(ProblemKind.UNPROCESSABLE, List.of(new ProblemException.FieldViolation(HEADER,
                    "idempotency.other-body")), "validation", 1);
        }
        Response.ResponseBuilder again = Response.status(((Number) first[1]).intValue())
                .entity(opened((String) first[3], caller, operation, key)).type(MediaType.APPLICATION_JSON_TYPE)
                .header("Idempotent-Replayed", "true");
        return first[2] == null ? again.build() : again.location(URI.create((String) first[2])).build();
    }

    private String hash(Object request) {
        try {
            String body = canonical.writeValueAsString(request);
            return personalData.isPresent() ? personalData.get().hash(body)
                    : HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("the request cannot be written as JSON", e);
        }
    }

    private String sealed(String body, String caller, String operation, String key) {
        return personalData.map(p -> p.seal(body, place(caller, operation, key))).orElse(body);
    }

    private String opened(String stored, String caller, String operation, String key) {
        return personalData.isPresent() && PersonalData.isSealedForItsPlace(stored)
                ? personalData.get().open(stored, place(caller, operation, key)) : stored;
    }

    private static SealedAt place(String caller, String operation, String key) {
        return new SealedAt("idempotency_key", "body", caller + "\n" + operation + "\n" + key);
    }

    private String write(Object entity) {
        try {
            return entity instanceof String text ? text : json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the answer cannot be written as JSON", e);
        }
    }
}
