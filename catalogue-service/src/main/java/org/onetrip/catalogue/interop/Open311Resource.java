package org.onetrip.catalogue.interop;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onetrip.catalogue.items.ItemGuide;
import org.onetrip.catalogue.items.ItemStatus;
import org.onetrip.catalogue.items.ItemVersion;
import org.onetrip.catalogue.reference.ReferenceData;
import org.onetrip.platform.errors.ProblemException;

import java.util.ArrayList;
import java.util.List;

/**
 * The published catalogue as an Open311 GeoReport v2 service list and service definitions, so that
 * other platforms can read it. The spec's list has no paging; it holds one jurisdiction's catalogue.
 */
@Path("/open311/v2")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Open311 GeoReport v2", description = "services.json and services/{code}.json")
public class Open311Resource {

    public record Service(@JsonProperty("service_code") String serviceCode,
                          @JsonProperty("service_name") String serviceName,
                          String description, boolean metadata, String type, String keywords, String group) {
    }

    public record Attribute(boolean variable, String code, String datatype, boolean required,
                            @JsonProperty("datatype_description") String datatypeDescription, int order,
                            String description) {
    }

    public record Definition(@JsonProperty("service_code") String serviceCode, List<Attribute> attributes) {
    }

    private final ReferenceData reference;

    Open311Resource(ReferenceData reference) {
        this.reference = reference;
    }

    @GET
    @Path("/services.json")
    @Operation(summary = "Service list", description = "Every published item of the jurisdiction (and below it) as an Open311 service.")
    public List<Service> services(@QueryParam("jurisdiction_id") String jurisdiction) {
        List<ItemVersion> items = jurisdiction == null
                ? ItemVersion.list("status = ?1 order by code", ItemStatus.PUBLISHED)
                : ItemVersion.list("status = ?1 and jurisdiction in ?2 order by code", ItemStatus.PUBLISHED,
                reference.withSubordinates(jurisdiction));
        return items.stream().map(Open311Resource::service).toList();
    }

    @GET
    @Path("/services/{code}.json")
    @Operation(summary = "Service definition", description = "The item's materials as the attributes a request carries.")
    public Definition definition(@PathParam("code") String code) {
        ItemVersion item = ItemVersion.current(code, ItemStatus.PUBLISHED)
                .orElseThrow(() -> ProblemException.notFound("entity.item", code));
        List<Attribute> attributes = new ArrayList<>();
        List<ItemGuide.Material> materials = item.guide.materials();
        for (int i = 0; i < materials.size(); i++) {
            ItemGuide.Material m = materials.get(i);
            attributes.add(new Attribute(m.source() != ItemGuide.MaterialSource.SHARED_DATA, m.code(), "string",
                    m.necessity() == ItemGuide.Necessity.REQUIRED,
                    m.form().label() + " " + m.copies() + " 份，" + m.medium().label(), i + 1,
                    m.name() + (m.condition() == null ? "" : "（" + m.condition() + "）")));
        }
        return new Definition(code, attributes);
    }

    private static Service service(ItemVersion v) {
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
        return new Service(v.code, v.name, v.guide.conditions(), !v.guide.materials().isEmpty(), "batch",
                String.join(",", keywords), v.category.label());
    }
}
