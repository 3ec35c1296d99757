package org.onetrip.intake.lookup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.onetrip.intake.cases.IntakeCase;
import org.onetrip.intake.cases.LookupCodes;
import org.onetrip.platform.notifications.Channel;
import org.onetrip.platform.notifications.Notifications;

import java.util.Set;

/**
 * A resident who wants no more messages on a channel says so with a case's number and look-up code: the case's
 * phone (SMS) or e-mail address is opted out, for this and every later case, until the town's staff are asked to
 * lift it.
 */
@ApplicationScoped
public class OptOutByLookup {
    private final LookupCodes lookupCodes;
    private final Notifications notifications;

    OptOutByLookup(LookupCodes lookupCodes, Notifications notifications) {
        this.lookupCodes = lookupCodes;
        this.notifications = notifications;
    }

    @Transactional
    public void optOut(String number, String code, Set<Channel> channels) {
        IntakeCase c = lookupCodes.require(number, code);
        if (channels.contains(Channel.SMS)) {
            notifications.optOut(Channel.SMS, c.phone.hash);
        }
        if (channels.contains(Channel.EMAIL) && c.email != null) {
            notifications.optOut(Channel.EMAIL, c.email.hash);
        }
    }
}
