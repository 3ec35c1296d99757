package org.onetrip.platform.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import org.onetrip.platform.personaldata.PersonalDataResealing.Column;
import org.onetrip.platform.personaldata.PersonalDataResealing;

import java.util.List;

/** A waiting message's address, sealed for its row like every other piece of personal data. */
@ApplicationScoped
class NotificationColumns implements PersonalDataResealing.Columns {
    @Override
    public List<Column> columns() {
        return List.of(new Column("notification", "id", "recipient_sealed", false));
    }
}
