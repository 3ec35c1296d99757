package org.onetrip.e2e;

import org.onetrip.platform.testing.OneTripSystem;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static io.restassured.RestAssured.given;
import static org.onetrip.e2e.Actors.*;

/**
 * The work of a town while things break: clerks submitting and accepting cases at the window, a department
 * system deciding them, village agents submitting requests for residents. Each thing the system acknowledged is
 * written in the ledger; a call that failed (the service was away, the database down) is simply tried again with
 * new work, as a clerk would. A call whose answer was lost may still have done its work: the ledger's checks take
 * intake's own cases of the chaos villages as the truth, and the ledger as what must be among them.
 */
final class ChaosLoad implements AutoCloseable {
    /** A pause between one worker's calls: some 3 cases a second in all, a busy town on two cores beside the faults. */
    private static final long PACE_MS = 300;
    /** A call to a service that was killed or whose database is away is given up, as a clerk's screen would. */
    private static final RestAssuredConfig IMPATIENT = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
            .setParam("http.connection.timeout", 5_000).setParam("http.socket.timeout", 20_000));
    private static final String PROXY_ITEM_QUERY = "残疾人补助救助保障";

    final List<String> villages;
    final Set<String> submitted = ConcurrentHashMap.newKeySet();
    final Set<String> accepted = ConcurrentHashMap.newKeySet();
    final Set<String> decided = ConcurrentHashMap.newKeySet();
    final Set<String> proxySubmitted = ConcurrentHashMap.newKeySet();
    final AtomicLong refused = new AtomicLong();
    private final Queue<String> toDecide = new ConcurrentLinkedQueue<>();
    private final OneTripSystem system;
    private final ExecutorService workers = Executors.newFixedThreadPool(4);
    private volatile boolean running = true;

    ChaosLoad(OneTripSystem system, int villageCount) {
        this.system = system;
        this.villages = java.util.stream.Stream.generate(Actors::newVillage).limit(villageCount).toList();
    }

    /** Starts the workers: two clerks, a department system, the villages' agents. */
    ChaosLoad start() {
        awaitOffered(system.intake, ELDERLY_CARD);
        String proxyItem = given().baseUri(system.catalogue.url("")).queryParam("q", PROXY_ITEM_QUERY).get("/api/v1/catalogue/items")
                .then().statusCode(200).extract().path("items[0].code");
        for (String village : villages) {
            clerk(system.proxyAgent).body(Map.of("subject", agent(village), "name", "李文书", "level", "VILLAGE",
                            "jurisdiction", village, "roles", List.of("VILLAGE_CLERK"), "partyMember", true, "active", true,
                            "capacity", 200))
                    .post("/api/v1/agents").then().statusCode(201);
            awaitTrue(() -> given().baseUri(system.proxyAgent.url("")).queryParam("size", 100)
                    .get("/api/v1/villages/" + village + "/items").asString().contains(proxyItem));
        }
        for (int clerk = 0; clerk < 2; clerk++) {
            int offset = clerk;
            workers.submit(() -> loop(n -> windowCase(villages.get((n + offset) % villages.size()))));
        }
        workers.submit(() -> loop(n -> decideOne()));
        workers.submit(() -> loop(n -> proxyRequest(villages.get(n % villages.size()), proxyItem)));
        return this;
    }

    private void loop(java.util.function.IntConsumer work) {
        for (int n = 0; running; n++) {
            try {
                work.accept(n);
            } catch (Exception | AssertionError refusedOrAway) { // RestAssured throws a refused connection undeclared
                refused.incrementAndGet();
            }
            sleep(PACE_MS);
        }
    }

    private void windowCase(String village) {
        Response submit = clerk(system.intake).config(IMPATIENT).body(submission(ELDERLY_CARD, village, List.of("M01", "M03", "M05"), List.of()))
                .post("/api/v1/cases");
        if (submit.statusCode() != 201) {
            refused.incrementAndGet();
            return;
        }
        String number = submit.path("number");
        submitted.add(number);
        // Accepting is tried until the window answers: a case left SUBMITTED by a fault is a clerk's job, not a loss.
        for (int attempt = 0; running || attempt < 3; attempt++) {
            int status = safeStatus(() -> clerk(system.intake).config(IMPATIENT).post("/api/v1/cases/" + number + "/acceptance").statusCode());
            if (status == 200) {
                accepted.add(number);
                toDecide.add(number);
                return;
            }
            if (status == 409) {
                return; // accepted already by a call whose answer was lost: the ledger's checks take intake's word
            }
            sleep(PACE_MS);
        }
    }

    /** The civil affairs office decides an accepted case, on its own Kafka topic, once the broker takes the report. */
    private void decideOne() {
        String number = toDecide.poll();
        if (number == null) {
            return;
        }
        try {
            departmentReports(number, MZ, "decided", Map.of("decision", "APPROVED"));
            decided.add(number);
        } catch (RuntimeException brokerAway) {
            toDecide.add(number);
            throw brokerAway;
        }
    }

    /** A village agent takes a resident's request by phone and submits it with the materials collected. */
    private void proxyRequest(String village, String item) {
        Response created = clerk(system.proxyAgent).config(IMPATIENT).body(Map.of("itemCode", item, "village", village, "source", "PHONE",
                        "residentName", "张大伯", "residentIdNumber", "360426199101010071", "phone", "13700003333"))
                .post("/api/v1/requests");
        if (created.statusCode() != 201) {
            refused.incrementAndGet();
            return;
        }
        String request = created.path("id");
        java.util.function.Supplier<RequestSpecification> asAgent =
                () -> as(system.proxyAgent, "agent", null, village, agent(village)).config(IMPATIENT);
        if (asAgent.get().post("/api/v1/requests/" + request + "/contact").statusCode() != 200
                || asAgent.get().body(Map.of("materials", List.of("M01", "M04", "M05", "M06")))
                .post("/api/v1/requests/" + request + "/materials").statusCode() != 200
                || asAgent.get().post("/api/v1/requests/" + request + "/submission").statusCode() != 200) {
            refused.incrementAndGet();
            return;
        }
        proxySubmitted.add(request);
    }

    private static String agent(String village) {
        return "chaos-agent-" + village;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        workers.shutdown();
        workers.awaitTermination(2, TimeUnit.MINUTES);
    }

    private static int safeStatus(java.util.function.IntSupplier call) {
        try {
            return call.getAsInt();
        } catch (Exception away) { // a refused connection, thrown undeclared
            return -1;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
