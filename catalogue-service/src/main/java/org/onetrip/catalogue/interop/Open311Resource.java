package org.onetrip.catalogue.interop;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onetrip.catalogue.items.ItemGuide;
import org.onetrip.catalogue.items.ItemQueries;
import org.onetrip.catalogue.items.ItemVersion;
import org.onetrip.catalogue.reference.ReferenceData;
import org.onetrip.platform.open311.Open311Format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The published catalogue as an Open311 GeoReport v2 service list and service definitions, in JSON and XML. An item
 * that can be applied for online takes requests ({@code type: realtime}: intake's {@code POST /open311/v2/requests}
 * opens its case at once); the others are listed for information ({@code blackbox}). The spec's list has no paging;
 * it holds one jurisdiction's catalogue. Errors take Open311's own shape on these paths.
 */
@Path("/open311/v2")
@PermitAll
@Tag(name = "Open311 GeoReport v2", description = "services.json|xml and services/{code}.json|xml")
public class Open311Resource {
    /** The attribute a request names the applicant's resident ID number by (the request's own fields have no place for it). */
    public static final String APPLICANT_ID_ATTRIBUTE = "APPLICANT_ID_NUMBER";

    private final ReferenceData reference;
    private final ItemQueries items;

    Open311Resource(ReferenceData reference, ItemQueries items) {
        this.reference = reference;
        this.items = items;
    }

    @GET
    @Path("/services.{format:json|xml}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
    @Operation(summary = "Service list", description = "Every published item of the jurisdiction (and below it) as an Open311 service; "
            + "an unknown jurisdiction_id is a 404.")
    public Response services(@PathParam("format") String format, @QueryParam("jurisdiction_id") String jurisdiction) {
        return Open311Format.list("xml".equals(format), "services", "service", listed(jurisdiction));
    }

    @GET
    @Path("/services/{code}.{format:json|xml}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
    @Operation(summary = "Service definition", description = "The applicant's ID number and the item's materials as the attributes a request carries.")
    public Response definition(@PathParam("code") String code, @PathParam("format") String format) {
        return Open311Format.single("xml".equals(format), "service_definition", described(code));
    }

    private List<Map<String, Object>> listed(String jurisdiction) {
        if (jurisdiction != null) {
            reference.jurisdiction(jurisdiction); // an unknown jurisdiction_id is a 404, as the spec says
        }
        return items.publishedIn(jurisdiction).stream()
                .map(Open311Resource::service).toList();
    }

    private Map<String, Object> described(String code) {
        ItemVersion item = items.publishedVersion(code);
        List<Map<String, Object>> attributes = new ArrayList<>();
        attributes.add(attribute(true, APPLICANT_ID_ATTRIBUTE, true, "18 位居民身份证号码", 1, "申请人居民身份证号码"));
        List<ItemGuide.Material> materials = item.guide.materials();
        for (int i = 0; i < materials.size(); i++) {
            ItemGuide.Material m = materials.get(i);
            attributes.add(attribute(m.source() != ItemGuide.MaterialSource.SHARED_DATA, m.code(),
                    m.necessity() == ItemGuide.Necessity.REQUIRED && m.source() != ItemGuide.MaterialSource.SHARED_DATA,
                    m.form().label() + " " + m.copies() + " 份，" + m.medium().label() + "：填写材料的编号或存放地址", i + 2,
                    m.name() + (m.condition() == null ? "" : "（" + m.condition() + "）")));
        }
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("service_code", code);
        definition.put("attributes", attributes);
        return definition;
    }

    private static Map<String, Object> attribute(boolean variable, String code, boolean required, String datatypeDescription,
                                                 int order, String description) {
        Map<String, Object> attribute = new LinkedHashMap<>();
        attribute.put("variable", variable);
        attribute.put("code", code);
        attribute.put("datatype", "string");
        attribute.put("required", required);
        attribute.put("datatype_description", datatypeDescription);
        attribute.put("order", order);
        attribute.put("description", description);
        return attribute;
    }

    private static Map<String, Object> service(ItemVersion v) {
        List<String> keywords = new ArrayList<>(List.of(v.category.label()));
        if (v.reformListed) {
            keywords.add("最多跑一次");
        }
        if (v.zeroTrip) {
            keywords.add("零跑腿");
        }
        if (v.proxyEligible) {
            keywords.add("可代办");
        }
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("service_code", v.code);
        service.put("service_name", v.name);
        service.put("description", v.guide.conditions());
        service.put("metadata", true);
        service.put("type", v.guide.online() ? "realtime" : "blackbox");
        service.put("keywords", String.join(",", keywords));
        service.put("group", v.category.label());
        return service;
    }
}
