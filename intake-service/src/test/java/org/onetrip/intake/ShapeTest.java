package org.onetrip.intake;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.onetrip.platform.testing.ServiceShape;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The service has the shape docs/architecture.md describes. */
class ShapeTest {
    @Test
    void followsTheShapeOfAService() {
        ServiceShape.check("org.onetrip.intake", "intake");
    }

    /** The hall (centres, slots, bookings, queue numbers) is a subject of its own: nothing else of intake reaches into it. */
    @Test
    void theHallIsReachedOnlyFromItself() {
        noClasses().that().resideOutsideOfPackage("org.onetrip.intake.appointments..")
                .should().dependOnClassesThat().resideInAPackage("org.onetrip.intake.appointments..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.onetrip.intake"));
    }
}
