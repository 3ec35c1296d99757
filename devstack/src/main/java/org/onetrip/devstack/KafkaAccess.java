package org.onetrip.devstack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AccessControlEntryFilter;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourcePatternFilter;
import org.apache.kafka.common.resource.ResourceType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * Who may do what on the devstack broker. Every client authenticates with SCRAM-SHA-256; each service is
 * its own principal that writes only the topics it owns (and its dead-letter topics) and reads only what
 * it consumes; each department system is a principal {@code department-<code>} that writes only its own
 * topic {@code department.progress.<code>} and reads intake.cases. The super user {@code admin} is the
 * broker's own and the tests'. docs/security.md has the same table for a production cluster.
 */
public final class KafkaAccess {
    public static final String ADMIN = "admin";
    public static final String MECHANISM = "SCRAM-SHA-256";
    public static final String DEPARTMENT_TOPIC_PREFIX = "department.progress.";
    /** A department code as the catalogue writes it, e.g. 330109013-MZ: also a valid topic name suffix. */
    public static final Pattern DEPARTMENT_CODE = Pattern.compile("[0-9]{6,12}-[A-Za-z0-9]{1,20}");

    /** A service: the topics it owns and the topics it reads (by name, or by prefix for the department topics). */
    record Service(String principal, List<String> owns, List<String> reads, Optional<String> readsPrefix) {
    }

    static final List<Service> SERVICES = List.of(
            new Service("catalogue-service", List.of("catalogue.items", "catalogue.reference"), List.of(), Optional.empty()),
            new Service("intake-service", List.of("intake.cases", "intake.queue"),
                    List.of("catalogue.items", "catalogue.reference", "proxy.requests", "calendar.days"),
                    Optional.of(DEPARTMENT_TOPIC_PREFIX)),
            new Service("proxy-agent-service", List.of("proxy.requests", "proxy.visits"),
                    List.of("catalogue.items", "catalogue.reference", "intake.cases", "calendar.days"), Optional.empty()),
            new Service("oversight-service", List.of("oversight.alerts", "calendar.days"),
                    List.of("catalogue.items", "catalogue.reference", "intake.cases", "intake.queue", "proxy.requests", "proxy.visits"),
                    Optional.empty()));

    private KafkaAccess() {
    }

    /** What a client needs besides the bootstrap servers to connect as {@code principal}. */
    public static Map<String, Object> clientConfig(String principal, String password) {
        return Map.of("security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", MECHANISM,
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                        + principal + "\" password=\"" + password + "\";");
    }

    static Admin admin(String bootstrapServers, KafkaCredentials credentials) {
        return admin(bootstrapServers, clientConfig(ADMIN, credentials.passwordOf(ADMIN)));
    }

    /**
     * The super user over PLAIN, as a broker configured from the environment has it (docker-compose.yml): its
     * SCRAM credentials do not exist before someone with a password the broker already knows makes them.
     */
    static Admin plainAdmin(String bootstrapServers, String password) {
        return admin(bootstrapServers, Map.of("security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", "PLAIN",
                "sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
                        + ADMIN + "\" password=\"" + password + "\";"));
    }

    private static Admin admin(String bootstrapServers, Map<String, Object> security) {
        Map<String, Object> config = new HashMap<>(security);
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
        return Admin.create(config);
    }

    /** Gives every service its credential and its ACLs; safe to run at every start. */
    static void provisionServices(Admin admin, KafkaCredentials credentials) throws ExecutionException, InterruptedException {
        List<UserScramCredentialAlteration> users = new ArrayList<>();
        List<AclBinding> acls = new ArrayList<>();
        for (Service s : SERVICES) {
            users.add(scram(s.principal(), credentials.passwordOf(s.principal())));
            acls.addAll(acls(s));
        }
        admin.alterUserScramCredentials(users).all().get();
        admin.createAcls(acls).all().get();
    }

    /** What a service may do: the table of docs/security.md, which deploy/kubernetes's KafkaUsers repeat. */
    static List<AclBinding> acls(Service s) {
        List<AclBinding> acls = new ArrayList<>();
        for (String topic : s.owns()) {
            acls.addAll(allow(s.principal(), ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.WRITE,
                    AclOperation.DESCRIBE, AclOperation.CREATE, AclOperation.DESCRIBE_CONFIGS, AclOperation.ALTER_CONFIGS));
        }
        List<String> reads = new ArrayList<>(s.reads());
        for (String topic : reads) {
            acls.addAll(allow(s.principal(), ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.READ, AclOperation.DESCRIBE));
        }
        s.readsPrefix().ifPresent(prefix -> {
            acls.addAll(allow(s.principal(), ResourceType.TOPIC, prefix, PatternType.PREFIXED, AclOperation.READ, AclOperation.DESCRIBE));
            reads.add(prefix.substring(0, prefix.length() - 1));
        });
        // A consumer's dead letters go to <topic>.dlq.<service>, which it creates and writes.
        for (String topic : reads) {
            acls.addAll(allow(s.principal(), ResourceType.TOPIC, topic + ".dlq." + s.principal(), PatternType.LITERAL,
                    AclOperation.WRITE, AclOperation.DESCRIBE, AclOperation.CREATE));
        }
        acls.addAll(allow(s.principal(), ResourceType.GROUP, s.principal(), PatternType.LITERAL, AclOperation.READ));
        return acls;
    }

    /**
     * Makes (or gives again) a department system's credential and topic: it may write only
     * {@code department.progress.<code>} and read intake.cases with the consumer group {@code department-<code>} or groups
     * named {@code department-<code>.<anything>}: never a prefix another department's code could continue
     * ({@code …-M} must not reach {@code …-MZ}'s groups). A prefix binding an earlier version made is taken back.
     *
     * @return the department's password
     */
    static String provisionDepartment(Admin admin, KafkaCredentials credentials, String code)
            throws ExecutionException, InterruptedException, TimeoutException {
        if (!DEPARTMENT_CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("not a department code: " + code + " (e.g. 330109013-MZ)");
        }
        String principal = "department-" + code;
        String password = credentials.passwordOf(principal);
        admin.alterUserScramCredentials(List.<UserScramCredentialAlteration>of(scram(principal, password))).all().get();
        try {
            admin.createTopics(List.of(new NewTopic(DEPARTMENT_TOPIC_PREFIX + code, Optional.of(3), Optional.empty())))
                    .all().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        List<AclBinding> acls = new ArrayList<>();
        acls.addAll(allow(principal, ResourceType.TOPIC, DEPARTMENT_TOPIC_PREFIX + code, PatternType.LITERAL,
                AclOperation.WRITE, AclOperation.DESCRIBE));
        acls.addAll(allow(principal, ResourceType.TOPIC, "intake.cases", PatternType.LITERAL, AclOperation.READ, AclOperation.DESCRIBE));
        acls.addAll(allow(principal, ResourceType.GROUP, principal, PatternType.LITERAL, AclOperation.READ));
        acls.addAll(allow(principal, ResourceType.GROUP, principal + ".", PatternType.PREFIXED, AclOperation.READ));
        admin.deleteAcls(List.of(new AclBindingFilter(
                new ResourcePatternFilter(ResourceType.GROUP, principal, PatternType.PREFIXED),
                AccessControlEntryFilter.ANY))).all().get();
        admin.createAcls(acls).all().get();
        awaitAcls(admin, principal, acls);
        return password;
    }

    /**
     * Until the broker applies the new bindings: the controller has them when createAcls answers, the broker's authorizer
     * a moment later, and a department system that writes at once in that moment is refused (TopicAuthorizationException,
     * seen under load). The broker answers describeAcls from its own authorizer.
     */
    private static void awaitAcls(Admin admin, String principal, List<AclBinding> acls)
            throws ExecutionException, InterruptedException, TimeoutException {
        var mine = new AclBindingFilter(ResourcePatternFilter.ANY,
                new AccessControlEntryFilter("User:" + principal, null, AclOperation.ANY, AclPermissionType.ANY));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!admin.describeAcls(mine).values().get().containsAll(acls)) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("the broker has not applied the ACLs of " + principal);
            }
            Thread.sleep(50);
        }
    }

    private static UserScramCredentialUpsertion scram(String principal, String password) {
        return new UserScramCredentialUpsertion(principal, new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_256, 8192), password);
    }

    private static List<AclBinding> allow(String principal, ResourceType type, String name, PatternType pattern,
                                          AclOperation... operations) {
        List<AclBinding> bindings = new ArrayList<>();
        for (AclOperation operation : operations) {
            bindings.add(new AclBinding(new ResourcePattern(type, name, pattern),
                    new AccessControlEntry("User:" + principal, "*", operation, AclPermissionType.ALLOW)));
        }
        return bindings;
    }

    /**
     * {@code department DATA_DIR BOOTSTRAP CODE}: makes a department system's credential and topic on a
     * running devstack and prints how it connects ({@code ./onetrip department CODE}).
     * {@code keys KEYS_DIR}: makes every principal's password for Docker Compose ({@code ./onetrip keys}):
     * {@code KEYS_DIR/kafka/credentials.properties} and, for Compose's {@code --env-file}, {@code KEYS_DIR/kafka.env}.
     * {@code provision BOOTSTRAP KEYS_DIR}: gives the services their SCRAM credentials and ACLs on a broker whose
     * super user logs in with PLAIN and {@code ONETRIP_KAFKA_ADMIN_PASSWORD} (Compose's kafka-init).
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 4 && args[0].equals("department")) {
            KafkaCredentials credentials = KafkaCredentials.in(Path.of(args[1]).resolve("kafka"));
            try (Admin admin = admin(args[2], credentials)) {
                String password = provisionDepartment(admin, credentials, args[3]);
                System.out.println("bootstrap.servers=" + args[2]);
                clientConfig("department-" + args[3], password).forEach((k, v) -> System.out.println(k + "=" + v));
                System.out.println("# publish progress on: " + DEPARTMENT_TOPIC_PREFIX + args[3]);
            }
        } else if (args.length == 2 && args[0].equals("keys")) {
            writeKeys(Path.of(args[1]));
        } else if (args.length == 3 && args[0].equals("provision")) {
            KafkaCredentials credentials = KafkaCredentials.in(Path.of(args[2]).resolve("kafka"));
            String admin = System.getenv("ONETRIP_KAFKA_ADMIN_PASSWORD");
            if (admin == null || admin.isBlank()) {
                throw new IllegalStateException("ONETRIP_KAFKA_ADMIN_PASSWORD is not set");
            }
            try (Admin client = plainAdmin(args[1], admin)) {
                provisionServices(client, credentials);
            }
            System.out.println("services' Kafka credentials and ACLs made on " + args[1]);
        } else {
            System.err.println("usage: department DATA_DIR BOOTSTRAP_SERVERS DEPARTMENT_CODE | keys KEYS_DIR | provision BOOTSTRAP_SERVERS KEYS_DIR");
            System.exit(2);
        }
    }

    /** Every principal's password, and the same as variables for Compose to put into each container's environment. */
    private static void writeKeys(Path keys) throws java.io.IOException {
        KafkaCredentials credentials = KafkaCredentials.in(keys.resolve("kafka"));
        StringBuilder env = new StringBuilder("ONETRIP_KAFKA_ADMIN_PASSWORD=" + credentials.passwordOf(ADMIN) + "\n");
        for (Service s : SERVICES) {
            env.append("ONETRIP_KAFKA_PASSWORD_").append(s.principal().replace("-service", "").replace('-', '_').toUpperCase())
                    .append('=').append(credentials.passwordOf(s.principal())).append('\n');
        }
        Path file = keys.resolve("kafka.env");
        java.nio.file.Files.writeString(file, env.toString());
        KafkaCredentials.ownerOnly(file);
    }
}
