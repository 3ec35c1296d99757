package org.onetrip.platform.reference;

/**
 * What the catalogue tells the other services about its reference data, on the compacted {@code catalogue.reference}
 * (key = the code, so the latest word on each jurisdiction and department is kept and a new replica reads them all).
 */
public final class ReferenceEvents {
    public static final String TOPIC = "catalogue.reference";
    public static final String JURISDICTION_SAVED = "org.onetrip.catalogue.jurisdiction.saved.v1";
    public static final String DEPARTMENT_SAVED = "org.onetrip.catalogue.department.saved.v1";

    private ReferenceEvents() {
    }

    /** A jurisdiction created or changed: {@code level} DISTRICT, TOWN or VILLAGE; no parent for a district. */
    public record JurisdictionSaved(String code, String name, String level, String parent) {
    }

    /** A department created or changed, with the jurisdiction it belongs to. */
    public record DepartmentSaved(String code, String name, String jurisdiction, String address, String phone) {
    }
}
