package org.onetrip.catalogue.transfer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.onetrip.catalogue.reference.Jurisdiction;
import org.onetrip.platform.security.Caller;
import org.onetrip.platform.sheets.SheetFormat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Loads the illustrative catalogue (Yiqiao town and the district's exit-entry items; not official
 * data) into an empty database when {@code onetrip.catalogue.sample-data} is on, as {@code ./onetrip up}
 * sets it. It goes through the same import as an administrator's spreadsheet.
 */
@ApplicationScoped
public class SampleCatalogue {
    private static final Logger LOG = Logger.getLogger(SampleCatalogue.class);
    public static final String ACTOR = "sample-data";

    private final CatalogueTransfer transfer;
    private final boolean enabled;

    SampleCatalogue(CatalogueTransfer transfer,
                    @ConfigProperty(name = "onetrip.catalogue.sample-data", defaultValue = "false") boolean enabled) {
        this.transfer = transfer;
        this.enabled = enabled;
    }

    void loadIntoEmptyDatabase(@Observes StartupEvent ignored) {
        if (!enabled || QuarkusTransaction.requiringNew().call(() -> Jurisdiction.count()) > 0) {
            return;
        }
        QuarkusTransaction.requiringNew().run(this::load);
        LOG.info("loaded the illustrative sample catalogue (Yiqiao town, exit-entry items)");
    }

    /** Imports the three sample spreadsheets in one transaction, publishing the items. */
    public void load() {
        for (CatalogueTransfer.Kind kind : CatalogueTransfer.Kind.values()) {
            transfer.importSheet(kind, SheetFormat.CSV, read("sample/" + kind + ".csv"), true, Caller.system(ACTOR));
        }
    }

    public static byte[] read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
