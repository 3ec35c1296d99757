package org.onetrip.proxyagent.requests;

import jakarta.enterprise.context.ApplicationScoped;
import org.onetrip.platform.personaldata.PersonalDataResealing.Column;
import org.onetrip.platform.personaldata.PersonalDataResealing;

import java.util.List;

/** Where proxy-agent keeps residents' personal data: proxy requests and visit notes (messages' are the platform's). */
@ApplicationScoped
class SealedColumns implements PersonalDataResealing.Columns {
    @Override
    public List<Column> columns() {
        return List.of(
                new Column("proxy_request", "id", "resident_name", true),
                new Column("proxy_request", "id", "resident_id_sealed", false),
                new Column("proxy_request", "id", "phone_sealed", false),
                new Column("visit_note", "id", "household", true));
    }
}
