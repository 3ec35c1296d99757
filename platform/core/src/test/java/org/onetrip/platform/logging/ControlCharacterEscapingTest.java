package org.onetrip.platform.logging;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

class ControlCharacterEscapingTest {

    @Test
    void aForgedLineInALoggedValueStaysOnTheRecordsLine() {
        ExtLogRecord record = new ExtLogRecord(org.jboss.logmanager.Level.ERROR, "unexpected failure of %s, reference %s",
                ExtLogRecord.FormatStyle.PRINTF, ControlCharacterEscapingTest.class.getName());
        record.setParameters(new Object[] {"/api/v1/cases/x\u0000\n12:00:00.000 INFO  [forged] all is well", "r-1"});

        assertThat(new ControlCharacterEscaping().isLoggable(record)).isTrue();

        assertThat(record.getFormattedMessage())
                .isEqualTo("unexpected failure of /api/v1/cases/x\\u0000\\n12:00:00.000 INFO  [forged] all is well, reference r-1")
                .doesNotContain("\n");
    }

    @Test
    void anOrdinaryMessageIsLeftAsItIs() {
        ExtLogRecord record = new ExtLogRecord(Level.INFO, "case {0} submitted", ExtLogRecord.FormatStyle.MESSAGE_FORMAT,
                ControlCharacterEscapingTest.class.getName());
        record.setParameters(new Object[] {"义桥〔2026〕1"});
        new ControlCharacterEscaping().isLoggable(record);
        assertThat(record.getFormattedMessage()).isEqualTo("case 义桥〔2026〕1 submitted");
    }
}
