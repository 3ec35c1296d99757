package org.onetrip.catalogue.search;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onetrip.catalogue.items.Category;
import org.onetrip.catalogue.items.ItemQueries;
import org.onetrip.catalogue.items.ItemViews;
import org.onetrip.platform.documents.DocumentHtml;
import org.onetrip.platform.documents.DocumentPdf;
import org.onetrip.platform.web.Page;
import org.onetrip.platform.web.PageRequest;


/** The published catalogue, for everyone and without a token: what residents read before they go. */
@Path("/api/v1/catalogue")
@PermitAll
@Tag(name = "catalogue (public)", description = "Published items, their guides and the catalogue figures")
public class CatalogueResource {
    private final ItemQueries queries;
    private final CatalogueQueries catalogue;

    CatalogueResource(ItemQueries queries, CatalogueQueries catalogue) {
        this.queries = queries;
        this.catalogue = catalogue;
    }

    @GET
    @Path("/items")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Search published items",
            description = "Filter by jurisdiction (with its villages/towns below it), department, category, proxy-eligible, zero-trip, reform-listed; `q` finds Chinese substrings of the name, short name or code (\"优待\" finds 老年优待证核发).")
    public Page<ItemViews.Summary> items(
            @QueryParam("jurisdiction") @Parameter(example = "330109013") String jurisdiction,
            @QueryParam("department") String department,
            @QueryParam("category") Category category,
            @QueryParam("proxyEligible") Boolean proxyEligible,
            @QueryParam("zeroTrip") Boolean zeroTrip,
            @QueryParam("reformListed") Boolean reformListed,
            @QueryParam("q") @Size(max = 50) @Parameter(example = "优待") String keyword,
            @BeanParam @Valid PageRequest page) {
        return queries.published(new ItemQueries.Filter(jurisdiction, department, category, proxyEligible, zeroTrip,
                reformListed, keyword), page).map(ItemViews.Summary::of);
    }

    @GET
    @Path("/items/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One item's guide", description = "The published version in full.")
    public ItemViews.Version item(@PathParam("code") String code) {
        return ItemViews.Version.of(queries.publishedVersion(code));
    }

    @GET
    @Path("/items/{code}/guide")
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    @Operation(summary = "Printable guide", description = "The published guide as a Chinese HTML page, fit to print or post.")
    public String guidePage(@PathParam("code") String code) {
        return DocumentHtml.render(catalogue.guide(code));
    }

    @GET
    @Path("/items/{code}/guide.pdf")
    @Produces("application/pdf")
    @Operation(summary = "Guide as PDF", description = "The same guide as an A4 PDF, with its Chinese font embedded.")
    public Response guidePdf(@PathParam("code") String code) {
        return Response.ok(DocumentPdf.render(catalogue.guide(code)), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + code + ".pdf\"").build();
    }

    @GET
    @Path("/figures")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Catalogue figures",
            description = "Published items of a jurisdiction: total, reform-listed and their share (45/49 → 91.84), proxy-eligible, zero-trip, online.")
    public CatalogueFigures figures(@QueryParam("jurisdiction") @NotBlank @Parameter(example = "330109013") String jurisdiction,
                                    @QueryParam("includeSubordinates") @DefaultValue("false") boolean includeSubordinates) {
        return catalogue.figures(jurisdiction, includeSubordinates);
    }
}
