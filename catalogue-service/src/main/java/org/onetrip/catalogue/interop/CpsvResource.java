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
import org.onetrip.catalogue.items.ItemVersion;
import org.onetrip.catalogue.reference.Department;
import org.onetrip.catalogue.reference.ReferenceData;
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
    /** ADMS status of a published service (the ADMS status vocabulary's "Completed"). */
    private static final String ADMS_STATUS_COMPLETED = "http://purl.org/adms/status/Completed";
    private static final String LANGUAGE_ZHO = "http://publications.europa.eu/resource/authority/language/ZHO";
    private static final String CURRENCY_CNY = "http://publications.europa.eu/resource/authority/currency/CNY";

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
                jurisdiction, null, null, null, null, null, null), page);
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
        ItemVersion item = queries.publishedVersion(code);
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
        context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        context.put("owl", "http://www.w3.org/2002/07/owl#");
        return doc;
    }

    /**
     * One item as a {@code cpsv:PublicService}. Every node CPSV-AP 3.2 makes mandatory is there with its identifier
     * and name; statuses, types and channel types are concepts (IRIs described as {@code skos:Concept}), never literals.
     */
    private ObjectNode service(ItemVersion v) {
        ItemGuide g = v.guide;
        String id = BASE + "item:" + v.code;
        ObjectNode s = json.createObjectNode();
        s.put("@id", id);
        s.put("@type", "cpsv:PublicService");
        s.put("dct:identifier", v.code);
        s.set("dct:title", text(g.name()));
        s.set("dct:description", text(g.conditions() == null ? g.name() : g.conditions()));
        s.set("dct:type", concept(BASE + "concept:category:" + g.category().name(), g.category().label()));
        s.set("adms:status", concept(ADMS_STATUS_COMPLETED, "已发布"));
        s.set("dct:language", concept(LANGUAGE_ZHO, "中文"));
        s.put("owl:versionInfo", String.valueOf(v.version));
        s.set("dct:spatial", location(g.jurisdiction()));
        if (g.department() != null) {
            Department d = reference.known(g.department()).orElse(null);
            ObjectNode authority = s.putObject("cv:hasCompetentAuthority");
            authority.put("@id", BASE + "organisation:" + g.department());
            authority.put("@type", "cv:PublicOrganisation");
            authority.put("dct:identifier", g.department());
            authority.set("skos:prefLabel", text(d == null ? g.department() : d.name));
            authority.set("dct:spatial", location(d == null ? g.jurisdiction() : d.jurisdiction));
        }
        ArrayNode legal = s.putArray("cv:hasLegalResource");
        for (int i = 0; i < g.legalBasis().size(); i++) {
            ItemGuide.LegalBasis b = g.legalBasis().get(i);
            legal.addObject().put("@id", id + ":legal:" + (i + 1)).put("@type", "eli:LegalResource")
                    .put("dct:identifier", v.code + "-L" + (i + 1))
                    .set("dct:title", text(b.title() + (b.article() == null ? "" : " " + b.article())));
        }
        if (g.conditions() != null) {
            s.putObject("cv:holdsRequirement").put("@id", id + ":requirement:conditions").put("@type", "cv:Requirement")
                    .put("dct:identifier", v.code + "-conditions")
                    .<ObjectNode>set("dct:title", text("受理条件")).set("dct:description", text(g.conditions()));
        }
        ArrayNode evidence = s.putArray("cpsv:hasInput");
        g.materials().forEach(m -> {
            ObjectNode e = evidence.addObject();
            e.put("@id", id + ":evidence:" + m.code());
            e.put("@type", "cv:Evidence");
            e.put("dct:identifier", m.code());
            e.set("dct:title", text(m.name()));
            e.set("dct:description", text(m.necessity().label() + "；" + m.form().label() + "；" + m.source().label()
                    + (m.condition() == null ? "" : "；" + m.condition()) + (m.tolerable() ? "；可容缺受理" : "")));
        });
        ArrayNode costs = s.putArray("cv:hasCost");
        for (int i = 0; i < g.fees().size(); i++) {
            ItemGuide.Fee f = g.fees().get(i);
            ObjectNode cost = costs.addObject().put("@id", id + ":cost:" + (i + 1)).put("@type", "cv:Cost")
                    .put("dct:identifier", v.code + "-F" + (i + 1));
            cost.set("cv:value", typed(f.amount().toPlainString(), "xsd:double"));
            cost.set("cv:currency", json.createObjectNode().put("@id", CURRENCY_CNY));
            cost.set("dct:description", text(f.name()));
        }
        ArrayNode channels = s.putArray("cv:hasChannel");
        if (g.place() != null) {
            channel(channels, id, "IN_PERSON", "窗口办理").set("dct:description", text(g.place()));
        }
        if (g.online()) {
            channel(channels, id, "ONLINE", "网上办理");
        }
        if (g.proxyEligible()) {
            channel(channels, id, "ASSISTED", "代办").set("dct:description", text("村（社区）代办员上门代办"));
        }
        if (g.consultationPhone() != null) {
            channel(channels, id, "TELEPHONE", "电话咨询").put("cv:telephone", g.consultationPhone());
        }
        if (g.promisedDays() != null) {
            // The promise is in working days; xsd:duration counts calendar days. The span n working days can take
            // at most outside public holidays (two weekend days per started five) is what a reader may rely on.
            s.set("cv:processingTime", typed("P" + calendarSpan(g.promisedDays()) + "D", "xsd:duration"));
        }
        return s;
    }

    /** The most calendar days {@code workingDays} working days span, weekends only (5 → 7, 20 → 28). */
    static int calendarSpan(int workingDays) {
        return workingDays + 2 * ((workingDays + 4) / 5);
    }

    private ObjectNode channel(ArrayNode channels, String serviceId, String type, String label) {
        ObjectNode channel = channels.addObject().put("@id", serviceId + ":channel:" + type.toLowerCase()).put("@type", "cv:Channel")
                .put("dct:identifier", type);
        channel.set("dct:type", concept(BASE + "concept:channel-type:" + type, label));
        return channel;
    }

    private ObjectNode location(String jurisdiction) {
        return json.createObjectNode().put("@id", BASE + "jurisdiction:" + jurisdiction).put("@type", "dct:Location")
                .put("dct:identifier", jurisdiction);
    }

    private ObjectNode concept(String iri, String label) {
        ObjectNode concept = json.createObjectNode().put("@id", iri).put("@type", "skos:Concept");
        concept.set("skos:prefLabel", text(label));
        return concept;
    }

    private ObjectNode typed(String value, String type) {
        return json.createObjectNode().put("@value", value).put("@type", type);
    }

    private ObjectNode text(String value) {
        return json.createObjectNode().put("@language", "zh").put("@value", value == null ? "" : value);
    }
}
