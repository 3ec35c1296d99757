package org.onetrip.intake.documents;

import org.onetrip.platform.reference.ReferenceNames;

import java.util.List;

/**
 * Who issues a case's documents: the service centre of the case's town (a village case's documents come from its
 * town's centre, where the window is), or of the district for a district's own case.
 *
 * @param jurisdiction the centre's jurisdiction code; documents are numbered per it
 * @param centre       the centre's name, e.g. 义桥镇便民服务中心
 * @param shortName    the name in document numbers, e.g. 义桥 (the code while the catalogue's name is not known)
 * @param parentName   the government one level up, which hears an administrative review (复议机关)
 */
public record Issuer(String jurisdiction, String centre, String shortName, String parentName) {
    private static final List<String> SUFFIXES = List.of("街道", "镇", "乡", "区", "县", "市");

    static Issuer of(String caseJurisdiction, ReferenceNames names) {
        String code = caseJurisdiction.length() > 9 ? caseJurisdiction.substring(0, 9) : caseJurisdiction;
        boolean district = code.length() == 6;
        String name = names.name(code).orElse(null);
        String centre = (name == null ? code : name) + (district ? "政务服务中心" : "便民服务中心");
        String parent = district ? null : names.name(code.substring(0, 6)).orElse(null);
        return new Issuer(code, centre, name == null ? code : shortened(name),
                parent == null ? "上一级人民政府" : parent + "人民政府");
    }

    /** 义桥镇 → 义桥, 城厢街道 → 城厢, 萧山区 → 萧山, 义桥镇（示例） → 义桥; a name that is all suffix stays whole. */
    static String shortened(String fullName) {
        String name = fullName.replaceAll("[（(][^）)]*[）)]", "").strip();
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix) && name.length() > suffix.length() + 1) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }
}
