package org.onetrip.platform.notifications;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * E-mail over SMTP, through the Quarkus mailer ({@code quarkus.mailer.host}, {@code port}, {@code from},
 * {@code username}, {@code password}, {@code start-tls}). The message id it sets is the provider's answer on record.
 */
@ApplicationScoped
public class SmtpMail implements Transport {
    private final Mailer mailer;

    SmtpMail(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public String name() {
        return "smtp";
    }

    @Override
    public boolean carries(Channel channel) {
        return channel == Channel.EMAIL;
    }

    @Override
    public String send(Channel channel, String address, Message message) throws DeliveryFailedException {
        String id = "<" + UUID.randomUUID() + "@onetrip>";
        try {
            mailer.send(Mail.withText(address, message.subject(), message.text()).addHeader("Message-ID", id));
        } catch (RuntimeException e) {
            // The SMTP server unreachable or refusing for now; a malformed address is caught before a message is recorded.
            throw new DeliveryFailedException("SMTP: " + e.getMessage(), true);
        }
        return "accepted " + id;
    }
}
