package org.onetrip.catalogue.interop;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onetrip.catalogue.items.ItemGuide;
import org.onetrip.catalogue.items.ItemQueries;
import org.onetrip.catalogue.items.ItemStatus;
import org.onetrip.catalogue.items.ItemVersion;
import org.onetrip.catalogue.reference.Department;
import org.onetrip.catalogue.reference.ReferenceData;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.web.PageRequest;

/**
 * The published catalogue in the EU's Core Public Service Vocabulary Application Profile (CPSV-AP) as
 * JSON-LD: each item a {@code cpsv:PublicService} with its competent authority, legal resources,
 * requirements and evidence, costs, channels and processing time.
 */
@Path("/api/v1/catalogue/cpsv")
@PermitAll
@Produces(CpsvResource.JSON_LD)
@Tag(name = "CPSV-AP", description = "The catalogue as CPSV-AP JSON-LD")
public class CpsvResource {
    public static final String JSON_LD = "application/ld+json";
    private static final String BASE = "urn:onetrip:";

    private final ObjectMapper json;
    private final ItemQueries queries;
    private final ReferenceData reference;

    CpsvResource(ObjectMapper json, ItemQueries queries, ReferenceData reference) {
        this.json = json;
        this.queries = queries;
        this.reference = reference;
    }

    @GET
    @Operation(summary = "Catalogue as CPSV-AP", description = "A page of published items as a JSON-LD graph.")
    public ObjectNode catalogue(@QueryParam("jurisdiction") String jurisdiction, @BeanParam @Valid PageRequest page) {
        var items = queries.published(new ItemQueries.Filter(
                jurisdiction == null ? null : reference.withSubordinates(jurisdiction), null, null, null, null, null, null), page);
        ObjectNode doc = context();
        ArrayNode graph = doc.putArray("@graph");
        items.items().forEach(v -> graph.add(service(v)));
        doc.put("totalItems", items.total());
        return doc;
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One item as CPSV-AP")
    public ObjectNode item(@PathParam("code") String code) {
        ItemVersion item = ItemVersion.current(code, ItemStatus.PUBLISHED)
                .orElseThrow(() -> ProblemException.notFound("entity.item", code));
        ObjectNode doc = context();
        doc.setAll(service(item));
        return doc;
    }

    private ObjectNode context() {
        ObjectNode doc = json.createObjectNode();
        ObjectNode context = doc.putObject("@context");
        context.put("cpsv", "http://purl.org/vocab/cpsv#");
        context.put("cv", "http://data.europa.eu/m8g/");
        context.put("dct", "http://purl.org/dc/terms/");
        context.put("skos", "http://www.w3.org/2004/02/skos/core#");
        context.put("eli", "http://data.europa.eu/eli/ontology#");
        context.put("adms", "http://www.w3.org/ns/adms#");
        return doc;
    }

    private ObjectNode service(ItemVersion v) {
        ItemGuide g = v.guide;
        ObjectNode s = json.createObjectNode();
        s.put("@id", BASE + "item:" + v.code);
        s.put("@type", "cpsv:PublicService");
        s.put("dct:identifier", v.code);
        s.set("dct:title", text(g.name()));
        s.set("dct:description", text(g.conditions()));
        s.put("dct:type", g.category().label());
        s.put("adms:status", "published");
        s.put("dct:hasVersion", String.valueOf(v.version));
        if (g.department() != null) {
            Department d = Department.findById(g.department());
            ObjectNode authority = s.putObject("cv:hasCompetentAuthority");
            authority.put("@id", BASE + "organisation:" + g.department());
            authority.put("@type", "cv:PublicOrganisation");
            authority.set("skos:prefLabel", text(d == null ? g.department() : d.name));
            authority.put("cv:spatial", BASE + "jurisdiction:" + g.jurisdiction());
        }
        ArrayNode legal = s.putArray("cv:hasLegalResource");
        g.legalBasis().forEach(b -> legal.addObject().put("@type", "eli:LegalResource")
                .set("dct:title", text(b.title() + (b.article() == null ? "" : " " + b.article()))));
        s.putObject("cv:holdsRequirement").put("@type", "cv:Requirement").set("dct:description", text(g.conditions()));
        ArrayNode evidence = s.putArray("cpsv:hasInput");
        g.materials().forEach(m -> {
            ObjectNode e = evidence.addObject();
            e.put("@id", BASE + "item:" + v.code + ":evidence:" + m.code());
            e.put("@type", "cv:Evidence");
            e.put("dct:identifier", m.code());
            e.set("dct:title", text(m.name()));
            e.set("dct:description", text(m.necessity().label() + "；" + m.form().label() + "；" + m.source().label()
                    + (m.condition() == null ? "" : "；" + m.condition())));
        });
        ArrayNode costs = s.putArray("cv:hasCost");
        g.fees().forEach(f -> costs.addObject().put("@type", "cv:Cost").put("cv:value", f.amount())
                .put("cv:currency", "http://publications.europa.eu/resource/authority/currency/CNY")
                .set("dct:description", text(f.name())));
        ArrayNode channels = s.putArray("cv:hasChannel");
        if (g.place() != null) {
            channels.addObject().put("@type", "cv:Channel").put("dct:type", "in person").set("dct:description", text(g.place()));
        }
        if (g.online()) {
            channels.addObject().put("@type", "cv:Channel").put("dct:type", "online");
        }
        if (g.proxyEligible()) {
            channels.addObject().put("@type", "cv:Channel").put("dct:type", "assisted service")
                    .set("dct:description", text("村（社区）代办员上门代办"));
        }
        if (g.consultationPhone() != null) {
            channels.addObject().put("@type", "cv:Channel").put("dct:type", "telephone").put("cv:telephone", g.consultationPhone());
        }
        if (g.promisedDays() != null) {
            s.put("cv:processingTime", "P" + g.promisedDays() + "D");
        }
        return s;
    }

    private ObjectNode text(String value) {
        return json.createObjectNode().put("@language", "zh").put("@value", value == null ? "" : value);
    }
}
