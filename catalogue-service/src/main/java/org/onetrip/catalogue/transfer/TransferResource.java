package org.onetrip.catalogue.transfer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onetrip.platform.security.Jurisdictions;
import org.onetrip.platform.security.Roles;
import org.onetrip.platform.security.Scope;
import org.onetrip.platform.sheets.SheetFormat;

/** Whole catalogues in and out as CSV or XLSX spreadsheets. */
@Path("/api/v1")
@RolesAllowed(Roles.CATALOGUE_ADMIN)
@Tag(name = "import and export", description = "The catalogue as spreadsheets: jurisdictions, departments, items")
public class TransferResource {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final CatalogueTransfer transfer;
    private final Scope scope;

    TransferResource(CatalogueTransfer transfer, Scope scope) {
        this.transfer = transfer;
        this.scope = scope;
    }

    @POST
    @Path("/imports/{kind}")
    @Consumes({"text/csv", XLSX})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a spreadsheet",
            description = "kind: jurisdictions, departments or items (import them in that order). Every row and field is checked; "
                    + "any error imports nothing and is reported as rows[N].column. With publish=true, items are published too. "
                    + "At most 5 MB. Column layout: docs/catalogue-import.md.")
    public CatalogueTransfer.Result importSheet(@PathParam("kind") CatalogueTransfer.Kind kind,
                                                @QueryParam("publish") @DefaultValue("false") boolean publish,
                                                @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                                byte[] body) {
        return transfer.importSheet(kind, SheetFormat.ofMediaType(contentType), body, publish, scope.caller());
    }

    @GET
    @Path("/exports/{kind}")
    @Produces({"text/csv", XLSX})
    @Operation(summary = "Export a spreadsheet", description = "The same columns the import reads; items are the published versions, of the admin's jurisdiction and below, or of one jurisdiction within it.")
    public Response export(@PathParam("kind") CatalogueTransfer.Kind kind,
                           @QueryParam("format") @DefaultValue("csv") String format,
                           @QueryParam("jurisdiction") String jurisdiction) {
        SheetFormat sheet = "xlsx".equalsIgnoreCase(format) ? SheetFormat.XLSX : SheetFormat.CSV;
        String within = jurisdiction == null ? scope.caller().requireJurisdiction() : Jurisdictions.requireValid("jurisdiction", jurisdiction);
        scope.caller().requireCovering(within);
        return Response.ok(transfer.export(kind, sheet, within), sheet.mediaType() + (sheet == SheetFormat.CSV ? "; charset=UTF-8" : ""))
                .header("Content-Disposition", "attachment; filename=\"" + kind + "." + sheet.extension() + "\"")
                .build();
    }
}
