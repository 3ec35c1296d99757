package org.onetrip.catalogue.reference;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.onetrip.catalogue.Fixtures;
import org.onetrip.platform.reference.ReferenceEvents;
import org.onetrip.platform.testing.EventSchemas;
import org.onetrip.platform.testing.KafkaProbe;
import org.onetrip.platform.testing.OneTripTestResource;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every jurisdiction and department the catalogue saves is announced, so the others print names, not codes. */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class ReferenceEventsTest {

    @Test
    void savedJurisdictionsAndDepartmentsAreAnnouncedByCode() {
        try (KafkaProbe reference = new KafkaProbe(ReferenceEvents.TOPIC)) {
            Fixtures.referenceData();
            Fixtures.asAdmin().body(Map.of("code", Fixtures.TOWN, "name", "测试镇（更名）", "level", "TOWN", "parent", Fixtures.DISTRICT))
                    .put("/api/v1/jurisdictions/" + Fixtures.TOWN).then().statusCode(200);
            List<ConsumerRecord<String, String>> seen = reference.awaitRecords(records -> records.stream()
                    .anyMatch(r -> r.value().contains("测试镇（更名）")) && records.stream()
                    .anyMatch(r -> Fixtures.DEPARTMENT.equals(r.key())), Duration.ofSeconds(60));
            ConsumerRecord<String, String> renamed = seen.stream().filter(r -> r.value().contains("测试镇（更名）")).findFirst().orElseThrow();
            assertThat(renamed.key()).isEqualTo(Fixtures.TOWN);
            assertThat(KafkaProbe.header(renamed, "ce_type")).isEqualTo(ReferenceEvents.JURISDICTION_SAVED);
            EventSchemas.assertValid(renamed);
            ConsumerRecord<String, String> department = seen.stream().filter(r -> Fixtures.DEPARTMENT.equals(r.key())).findFirst().orElseThrow();
            assertThat(KafkaProbe.header(department, "ce_type")).isEqualTo(ReferenceEvents.DEPARTMENT_SAVED);
            assertThat(department.value()).contains("测试镇民政办");
            EventSchemas.assertValid(department);
        } finally {
            Fixtures.referenceData();
        }
    }
}
