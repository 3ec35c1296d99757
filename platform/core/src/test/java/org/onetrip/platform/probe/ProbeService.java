package org.onetrip.platform.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.onetrip.platform.outbox.Outbox;

import java.util.Map;

@ApplicationScoped
public class ProbeService {
    public static final String TOPIC = "platform.probes";
    public static final String RECORDED = "org.onetrip.platform.probe.recorded.v1";

    private final Outbox outbox;

    ProbeService(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Records a probe and its event in one transaction; {@code thenFail} rolls both back. */
    @Transactional
    public void record(String aggregate, int seq, boolean thenFail) {
        Probe probe = new Probe();
        probe.aggregate = aggregate;
        probe.seq = seq;
        probe.persist();
        outbox.publish(TOPIC, RECORDED, aggregate, Map.of("aggregate", aggregate, "seq", seq));
        if (thenFail) {
            throw new IllegalStateException("failing after the write, on purpose");
        }
    }
}
