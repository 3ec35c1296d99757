package org.onetrip.intake.documents;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onetrip.platform.documents.DocumentHtml;
import org.onetrip.platform.documents.DocumentPdf;
import org.onetrip.platform.documents.PrintedDocument;
import org.onetrip.platform.security.Roles;
import org.onetrip.platform.security.Scope;
import org.onetrip.platform.web.OpenApiContract;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/cases/{number}/documents")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CLERK, Roles.APPLICANT})
@Tag(name = "documents", description = "The notices, receipts and decisions the window hands out, as HTML to print and PDF")
public class DocumentResource {
    static final String PDF = "application/pdf";

    private final DocumentQueries queries;
    private final CaseDocuments documents;
    private final Scope scope;

    DocumentResource(DocumentQueries queries, CaseDocuments documents, Scope scope) {
        this.queries = queries;
        this.documents = documents;
        this.scope = scope;
    }

    @GET
    @Operation(summary = "A case's documents", description = "一次性告知书, 受理通知书, 不予受理决定书, 补正材料通知书, 送达回证, in the order issued, with links to each as HTML and PDF.")
    public List<DocumentView> list(@PathParam("number") String number) {
        return queries.list(number, scope.caller());
    }

    @GET
    @Path("/{id}.html")
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    @Operation(summary = "A document to print", description = "One self-contained page laid out for A4.")
    public String html(@PathParam("number") String number, @PathParam("id") UUID id) {
        return DocumentHtml.render(queries.printed(number, id, scope.caller()));
    }

    @GET
    @Path("/{id}.pdf")
    @Produces(PDF)
    @Operation(summary = "A document as PDF", description = "A4, with its Chinese font embedded.")
    public Response pdf(@PathParam("number") String number, @PathParam("id") UUID id) {
        PrintedDocument printed = queries.printed(number, id, scope.caller());
        return Response.ok(DocumentPdf.render(printed), PDF)
                .header("Content-Disposition", "inline; filename=\"" + id + ".pdf\"").build();
    }

    @POST
    @Path("/{id}/reissue")
    @RolesAllowed(Roles.CLERK)
    @Operation(summary = "Re-issue a document", description = "Written again from the case as it stands, under a new number that names the one it replaces; the replaced document stays as issued.")
    @Extension(name = OpenApiContract.CREATED, value = OpenApiContract.IN_BODY)
    @APIResponseSchema(DocumentView.class)
    public Response reissue(@PathParam("number") String number, @PathParam("id") UUID id) {
        CaseDocument d = documents.reissue(number, id, scope.caller());
        return Response.status(Response.Status.CREATED).entity(DocumentView.of(d, number)).build();
    }
}
