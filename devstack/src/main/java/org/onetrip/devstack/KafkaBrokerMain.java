package org.onetrip.devstack;

import java.io.IOException;

/**
 * Entry point of the broker's own process. It runs Kafka and exits when its standard input closes,
 * which happens when the devstack that started it dies, however it dies: no orphan broker is left.
 */
public final class KafkaBrokerMain {
    private KafkaBrokerMain() {
    }

    public static void main(String[] args) {
        Thread watchdog = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // nothing is ever sent; we only wait for end of stream
                }
            } catch (IOException ignored) {
                // a broken pipe means the parent is gone as well
            }
            System.exit(0);
        }, "parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        kafka.Kafka.main(args);
    }
}
