package org.onetrip.platform.testing;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

/**
 * The shape docs/architecture.md promises every service, checked on its compiled classes (each service's
 * {@code ShapeTest}): a change to the code that breaks it fails the build, naming the class and the line, and so does
 * a package the page's table does not list as it is.
 */
public final class ServiceShape {
    private static final String OUTBOX = "org.onetrip.platform.outbox.Outbox";
    private static final String ENTITY_MANAGER = "jakarta.persistence.EntityManager";
    private static final String PANACHE_ENTITY = "io.quarkus.hibernate.orm.panache.PanacheEntityBase";
    private static final String TRANSACTIONAL = "jakarta.transaction.Transactional";
    private static final String PROGRAMMATIC_TRANSACTION = "io.quarkus.narayana.jta.QuarkusTransaction";

    private ServiceShape() {
    }

    /** The rooms of a package, in the order docs/architecture.md lists them, by the suffixes of its classes' names. */
    private static final List<String> ROOMS = List.of("Resource", "Queries", "Service", "Events", "Consumer", "Views");

    /**
     * Every rule, on the main classes under {@code rootPackage} (e.g. {@code org.onetrip.intake}), and the service's
     * rows of docs/architecture.md's table of packages ({@code service} as the table names it) against the code.
     */
    public static void check(String rootPackage, String service) {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage);
        if (classes.isEmpty()) {
            throw new AssertionError("no classes under " + rootPackage + ": the shape would hold on nothing");
        }
        RULES.forEach(rule -> rule.check(classes));
        Map<String, String> documented = documentedPackages(service);
        Map<String, String> actual = new TreeMap<>();
        for (JavaClass c : classes) {
            String rest = c.getPackageName().substring(rootPackage.length());
            if (c.isTopLevelClass() && rest.startsWith(".")) {
                String feature = rest.substring(1).split("\\.")[0];
                actual.merge(feature, room(c.getSimpleName()), ServiceShape::joined);
            }
        }
        actual.replaceAll((feature, rooms) -> ROOMS.stream().filter(r -> List.of(rooms.split(", ")).contains(r))
                .collect(Collectors.joining(", ")));
        if (!actual.equals(documented)) {
            throw new AssertionError("docs/architecture.md's table of packages says, for " + service + ", " + documented
                    + "; the code has " + actual);
        }
    }

    private static String room(String simpleName) {
        String suffix = simpleName.endsWith("View") ? "Views" : simpleName;
        return ROOMS.stream().filter(suffix::endsWith).findFirst().orElse("");
    }

    private static String joined(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + ", " + b;
    }

    /** The rows {@code | service | `package` | holds | rooms |} of docs/architecture.md, found above the module. */
    private static Map<String, String> documentedPackages(String service) {
        Path doc = Path.of("").toAbsolutePath();
        while (doc != null && !Files.exists(doc.resolve("docs/architecture.md"))) {
            doc = doc.getParent();
        }
        if (doc == null) {
            throw new AssertionError("docs/architecture.md not found above " + Path.of("").toAbsolutePath());
        }
        Map<String, String> rows = new TreeMap<>();
        Pattern row = Pattern.compile("^\\| " + Pattern.quote(service) + " \\| `([a-z0-9]+)` \\| [^|]+ \\| ([A-Za-z, ]*) \\|$");
        try {
            for (String line : Files.readAllLines(doc.resolve("docs/architecture.md"))) {
                Matcher m = row.matcher(line);
                if (m.matches()) {
                    rows.put(m.group(1), m.group(2).trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static final List<ArchRule> RULES = List.of(
            noClasses().that().haveSimpleNameNotEndingWith("Events").should().dependOnClassesThat().haveFullyQualifiedName(OUTBOX)
                    .because("*Events is the only place that publishes"),
            noClasses().that().haveSimpleNameEndingWith("Resource").should().dependOnClassesThat()
                    .haveFullyQualifiedName(ENTITY_MANAGER).orShould().dependOnClassesThat().haveFullyQualifiedName(PROGRAMMATIC_TRANSACTION)
                    .because("a resource is HTTP only: reads go through *Queries, changes through *Service"),
            noClasses().that().haveSimpleNameEndingWith("Resource").should().callMethodWhere(describe(
                            "a query or change of an entity", call -> call.getTargetOwner().isAssignableTo(PANACHE_ENTITY)
                                    && call.getName().matches("find.*|list.*|count|stream.*|persist.*|delete.*|update")))
                    .because("a resource is HTTP only: reads go through *Queries, changes through *Service"),
            noClasses().that().haveSimpleNameEndingWith("Resource").should().beAnnotatedWith(TRANSACTIONAL)
                    .because("a resource holds no transaction; the *Service or *Queries it calls does"),
            noMethods().that().areDeclaredInClassesThat().haveSimpleNameEndingWith("Resource").should().beAnnotatedWith(TRANSACTIONAL)
                    .because("a resource holds no transaction; the *Service or *Queries it calls does"));
}
