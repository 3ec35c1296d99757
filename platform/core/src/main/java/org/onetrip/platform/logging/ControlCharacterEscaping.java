package org.onetrip.platform.logging;

import io.quarkus.logging.LoggingFilter;
import org.jboss.logmanager.ExtLogRecord;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Keeps every log record on its own line: control characters in a message (a request path with a
 * newline, a NUL) are written as escapes (backslash-n, backslash-u0000), so nobody can forge a line into the log
 * through what they send. Stack traces keep their lines; they come after the message.
 */
@LoggingFilter(name = ControlCharacterEscaping.NAME)
public final class ControlCharacterEscaping implements Filter {
    public static final String NAME = "onetrip-escape-control-characters";

    @Override
    public boolean isLoggable(LogRecord record) {
        ExtLogRecord ext = ExtLogRecord.wrap(record);
        String message = ext.getFormattedMessage();
        if (message != null && message.chars().anyMatch(ControlCharacterEscaping::isControl)) {
            ext.setMessage(escape(message), ExtLogRecord.FormatStyle.NO_FORMAT);
            ext.setParameters(null);
        }
        return true;
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.chars().forEach(c -> {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (isControl(c)) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.append((char) c);
                    }
                }
            }
        });
        return out.toString();
    }

    private static boolean isControl(int c) {
        return c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0 || c == 0x2028 || c == 0x2029;
    }
}
