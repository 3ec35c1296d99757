package org.onetrip.intake.history;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onetrip.platform.security.Roles;
import org.onetrip.platform.security.Scope;
import org.onetrip.platform.sheets.SheetFormat;

import java.util.List;

/** A town's finished cases from its old system, as a spreadsheet or as JSON: all imported, or none. */
@Path("/api/v1/imports/cases")
@RolesAllowed({Roles.CLERK, Roles.SUPERVISOR})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "history", description = "Finished cases brought over from the system before OneTrip")
public class HistoryImportResource {
    private final HistoryImport history;
    private final Scope scope;

    HistoryImportResource(HistoryImport history, Scope scope) {
        this.history = history;
        this.scope = scope;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import finished cases", description = "Each checked first; any error imports none and is named [i].field. "
            + "Original dates and numbers are kept; each case is announced once as case.imported.v1, for the figures, not for departments.")
    public HistoryImport.Result importJson(@NotNull @Size(max = 20000) List<HistoricalCase> cases) {
        return history.importAll(cases, (index, field) -> "[" + index + "]." + field, scope.caller());
    }

    @POST
    @Consumes({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "Import finished cases from a spreadsheet", description = "CSV or XLSX with the columns of docs/intake.md; "
            + "any error imports none and is named rows[N].column. At most 20 MB.")
    public HistoryImport.Result importSheet(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        HistorySheet.Read read = HistorySheet.read(SheetFormat.ofMediaType(contentType), body);
        return history.importAll(read.cases(), read::field, read.errors(), scope.caller());
    }
}
