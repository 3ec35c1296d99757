package org.onetrip.platform.notifications;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A wording is text and the kind's fields; anything that would be code in a template engine is refused by name. */
class FieldTemplateTest {
    private static final Set<String> FIELDS = Set.of("number", "item");

    @Test
    void fieldsAreReplacedAndTheRestIsText() {
        FieldTemplate t = FieldTemplate.parse("【义桥】{item}（{number}）已受理。", FIELDS);
        assertThat(t.render(Map.of("item", "老年优待证核发", "number", "330109013-2026-000001")))
                .isEqualTo("【义桥】老年优待证核发（330109013-2026-000001）已受理。");
        assertThat(FieldTemplate.parse("{number}", FIELDS).render(Map.of())).as("a field without a value").isEmpty();
    }

    @Test
    void everythingThatIsNotAFieldOfTheKindIsRefusedByName() {
        String attack = "{number}{config:[\"quarkus.datasource.password\"]}{inject:bean}{#for m in missing}{m}{/for}"
                + "{item.toString()}{str:concat('a')}{lookupCode} } {";
        assertThatThrownBy(() -> FieldTemplate.parse(attack, FIELDS)).isInstanceOfSatisfying(FieldTemplate.InvalidTemplate.class,
                e -> assertThat(e.tokens()).containsExactly("{config:[\"quarkus.datasource.password\"]}", "{inject:bean}",
                        "{#for m in missing}", "{m}", "{/for}", "{item.toString()}", "{str:concat('a')}", "{lookupCode}", "}", "{"));
    }

    @Test
    void aProvidersAnswerIsRecordedWithoutTheAddressInClear() {
        Notification n = new Notification();
        n.recipientMasked = "w***@example.cn";
        assertThat(NotificationSender.answer("550 5.1.1 <Wang.Xiuying@Example.cn>: Recipient address rejected", "wang.xiuying@example.cn", n))
                .isEqualTo("550 5.1.1 <w***@example.cn>: Recipient address rejected");
        n.recipientMasked = "139****5678";
        assertThat(NotificationSender.answer("isv.MOBILE_NUMBER_ILLEGAL 13912345678 and 13800001111 for 11010519491231002X",
                "13912345678", n)).isEqualTo("isv.MOBILE_NUMBER_ILLEGAL 139****5678 and 138****1111 for 1101**********002X");
    }
}
