package org.onetrip.platform.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.onetrip.platform.personaldata.PersonalData;

import java.util.UUID;

/**
 * The local default for both channels: the message goes to the service's log (category
 * {@code org.onetrip.platform.notifications}) with the address masked, and nowhere else.
 */
@ApplicationScoped
public class LoggedMessages implements Transport {
    private static final Logger LOG = Logger.getLogger(LoggedMessages.class);

    @Override
    public String name() {
        return "log";
    }

    @Override
    public boolean carries(Channel channel) {
        return true;
    }

    @Override
    public String send(Channel channel, String address, Message message) {
        String masked = channel == Channel.SMS ? PersonalData.maskPhone(address) : PersonalData.maskEmail(address);
        LOG.infof("%s to %s: %s %s", channel, masked, message.subject(), message.shownText());
        return "logged " + UUID.randomUUID();
    }
}
