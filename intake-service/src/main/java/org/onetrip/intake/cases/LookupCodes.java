package org.onetrip.intake.cases;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.personaldata.PersonalData;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.List;

/**
 * Each case's random lookup code (查询码), e.g. {@code 7KQ4-M9XD}: eight characters of Crockford's
 * base 32 (no I, L, O or U to misread), 40 bits, printed on the receipt and sent with notices. With the
 * case number it opens the public progress look-up; the number alone is sequential and guessable.
 */
@ApplicationScoped
public class LookupCodes {
    private static final Logger LOG = Logger.getLogger(LookupCodes.class);
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BATCH = 500;

    private final PersonalData personalData;

    LookupCodes(PersonalData personalData) {
        this.personalData = personalData;
    }

    /** Gives the case a new code, kept sealed and as a keyed hash of number and code. */
    public void issue(IntakeCase c) {
        StringBuilder code = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            if (i == 3) {
                code.append('-');
            }
        }
        c.lookupCodeSealed = personalData.seal(code.toString(), c.sealedAt("lookup_code_sealed"));
        c.lookupCodeHash = hash(c.number, code.toString());
    }

    /** The code as it is printed, for those who may see the case. */
    public String of(IntakeCase c) {
        return c.lookupCodeSealed == null ? null : personalData.open(c.lookupCodeSealed, c.sealedAt("lookup_code_sealed"));
    }

    /** The case with this number and code; 404 alike for an unknown number and a wrong code. */
    public IntakeCase require(String number, String code) {
        return IntakeCase.byNumber(number).filter(found -> matches(found, code))
                .orElseThrow(() -> ProblemException.notFound("entity.case", number));
    }

    /** Whether {@code given} is the case's code, however a resident typed it (case, dash, spaces). */
    public boolean matches(IntakeCase c, String given) {
        if (c.lookupCodeHash == null || given == null) {
            return false;
        }
        String typed = given.toUpperCase().replaceAll("[\\s-]", "");
        if (typed.length() != 8) {
            return false;
        }
        String expected = hash(c.number, typed.substring(0, 4) + "-" + typed.substring(4));
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), c.lookupCodeHash.getBytes(StandardCharsets.US_ASCII));
    }

    private String hash(String number, String code) {
        return personalData.hash(number + ":" + code);
    }

    /** Cases opened before lookup codes existed get theirs; replicas starting together skip each other's rows. */
    void issueMissing(@Observes StartupEvent start) {
        int issued = 0;
        List<IntakeCase> batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> {
                @SuppressWarnings("unchecked")
                List<IntakeCase> cases = IntakeCase.getEntityManager().createNativeQuery(
                                "select * from intake_case where lookup_code_hash is null order by id limit " + BATCH
                                        + " for update skip locked", IntakeCase.class).getResultList();
                cases.forEach(this::issue);
                return cases;
            });
            issued += batch.size();
        } while (batch.size() == BATCH);
        if (issued > 0) {
            LOG.infof("issued lookup codes to %d cases opened before they existed", issued);
        }
    }
}
