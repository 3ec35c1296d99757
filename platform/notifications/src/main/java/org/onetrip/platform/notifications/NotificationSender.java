package org.onetrip.platform.notifications;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.onetrip.platform.personaldata.PersonalData;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends the recorded messages that are due: woken by the commit that recorded them, and every
 * {@code onetrip.notifications.poll} for retries and for what another replica left. Replicas share the work
 * ({@code for update skip locked}). A failed attempt is tried again after {@code onetrip.notifications.retry.first-pause},
 * doubling up to an hour, until {@code onetrip.notifications.retry.attempts} have failed; a refusal that can never
 * pass gives up at once. A sent or abandoned message keeps its masked address only.
 */
@ApplicationScoped
public class NotificationSender {
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");
    private static final Logger LOG = Logger.getLogger(NotificationSender.class);
    private static final int BATCH = 20;
    private static final Duration MAX_PAUSE = Duration.ofHours(1);

    private final EntityManager entityManager;
    private final Transports transports;
    private final PersonalData personalData;
    private final Duration firstPause;
    private final int attempts;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "notification-sender");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean woken = new AtomicBoolean();

    NotificationSender(EntityManager entityManager, Transports transports, PersonalData personalData,
                       @ConfigProperty(name = "onetrip.notifications.retry.first-pause", defaultValue = "PT30S") Duration firstPause,
                       @ConfigProperty(name = "onetrip.notifications.retry.attempts", defaultValue = "8") int attempts) {
        this.entityManager = entityManager;
        this.transports = transports;
        this.personalData = personalData;
        this.firstPause = firstPause;
        this.attempts = attempts;
    }

    /** Sends soon, on the sender's own thread; wake-ups while it is queued are one. */
    void wakeUp() {
        if (!worker.isShutdown() && woken.compareAndSet(false, true)) {
            try {
                worker.execute(() -> {
                    woken.set(false);
                    sendDue();
                });
            } catch (RejectedExecutionException stopping) {
                // the service stops; what is due is sent by the next start
            }
        }
    }

    @Scheduled(every = "${onetrip.notifications.poll:10s}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wakeUp();
    }

    void stop(@Observes ShutdownEvent event) {
        worker.shutdownNow();
    }

    /** Sends what is due, batch by batch; returns how many it attempted. */
    public int sendDue() {
        int total = 0;
        try {
            int sent;
            do {
                sent = QuarkusTransaction.requiringNew().call(this::sendBatch);
                total += sent;
            } while (sent == BATCH);
        } catch (RuntimeException e) {
            LOG.warnf(e, "sending notifications failed; the next poll tries again");
        }
        return total;
    }

    @SuppressWarnings("unchecked")
    private int sendBatch() {
        List<UUID> due = entityManager.createNativeQuery("""
                select id from notification where status = 'PENDING' and next_attempt_at <= now()
                order by next_attempt_at limit :batch for update skip locked""").setParameter("batch", BATCH).getResultList();
        for (UUID id : due) {
            attempt(entityManager.find(Notification.class, id));
        }
        return due.size();
    }

    private void attempt(Notification n) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        n.attempts++;
        String address = personalData.open(n.recipientSealed, n.sealedAt("recipient_sealed"));
        String text = n.textSealed == null ? n.body : personalData.open(n.textSealed, n.sealedAt("text_sealed"));
        try {
            n.providerAnswer = answer(transports.of(n.channel).send(n.channel, address, new Message(n.subject, text, n.body)), address, n);
            n.status = Notification.Status.SENT;
            n.sentAt = now;
        } catch (DeliveryFailedException e) {
            n.providerAnswer = answer(e.getMessage(), address, n);
            if (e.retryable() && n.attempts < attempts) {
                n.nextAttemptAt = now.plus(pauseAfter(n.attempts));
                LOG.infof("%s %s to %s failed (%s), attempt %d; next at %s", n.kind, n.channel, n.recipientMasked, n.providerAnswer, n.attempts, n.nextAttemptAt);
                return;
            }
            n.status = Notification.Status.FAILED;
            LOG.warnf("%s %s to %s given up after %d attempts: %s", n.kind, n.channel, n.recipientMasked, n.attempts, n.providerAnswer);
        }
        n.recipientSealed = null;
        n.textSealed = null;
        n.nextAttemptAt = null;
    }

    Duration pauseAfter(int failedAttempts) {
        Duration pause = firstPause.multipliedBy(1L << Math.min(failedAttempts - 1, 20));
        return pause.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause;
    }

    /**
     * A provider's answer as it is recorded and logged: cut to size, and with no address in clear, since providers
     * echo the recipient in their errors (an SMTP server's "550 <w@example.cn>: rejected"): the message's own address
     * is masked as the record masks it (whatever its case), and any mobile number or ID number is masked too.
     */
    static String answer(String text, String address, Notification n) {
        if (text == null) {
            return null;
        }
        String clean = address == null || address.isEmpty() ? text
                : Pattern.compile(Pattern.quote(address), Pattern.CASE_INSENSITIVE).matcher(text).replaceAll(Matcher.quoteReplacement(n.recipientMasked));
        clean = MOBILE.matcher(clean).replaceAll(m -> PersonalData.maskPhone(m.group()));
        clean = NotificationTemplates.maskIdNumbers(clean);
        return clean.length() <= 500 ? clean : clean.substring(0, 499) + "…";
    }
}
