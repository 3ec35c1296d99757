import org.onetrip.devstack.LocalTokens;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ./onetrip demo: the window journey (one trip) and the proxy journey (zero trips) against a running
 * ./onetrip up, told step by step. Run as a single source file with the devstack's classes on the
 * class path, so it needs nothing but the JDK.
 */
public class Demo {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String TOWN = "330109013";
    private static PrivateKey key;

    public static void main(String[] args) throws Exception {
        key = LocalTokens.readPrivateKey(Path.of(args.length > 0 ? args[0] : ".onetrip/keys").resolve(LocalTokens.PRIVATE_KEY));
        // A village of its own for each run, so its agent is new and the request is surely theirs.
        String village = TOWN + (300 + (int) (System.currentTimeMillis() % 700));
        windowJourney();
        proxyJourney(village);
        Thread.sleep(2000);
        String figures = get(8084, "/api/v1/figures?jurisdiction=" + TOWN, null);
        say("\n监督服务的本镇统计（今年）：改革清单事项占比 " + field(figures, "reformListedPercent") + "%，办结 "
                + field(figures, "casesCompleted") + " 件，综合窗口办结占比 " + field(figures, "windowPercent") + "%，按时办结率 "
                + field(figures, "onTimePercent") + "%，最多跑一次占比 " + field(figures, "atMostOneTripPercent") + "%，代办送达 "
                + field(figures, "proxyRequestsDelivered") + " 件。");
    }

    static void windowJourney() throws Exception {
        say("== 旅程一：综合受理窗口，最多跑一次 ==");
        String clerk = token("clerk-demo", "clerk", null, TOWN);
        String body = post(8082, "/api/v1/cases", clerk, """
                {"itemCode":"330109013-QR-0001","jurisdiction":"%s","channel":"WINDOW","facts":["PROXY_APPLICANT"],
                 "applicant":{"kind":"PERSON","name":"王秀英","idNumber":"11010519491231002X","phone":"13812345678"},
                 "materials":[{"code":"M01","reference":"原件已核"}]}""".formatted(TOWN));
        String number = field(body, "number");
        say("1. 王秀英到窗口申请老年优待证核发，只带了身份证。办件 " + number + " 状态 " + field(body, "status"));
        say("   一次性告知缺少：" + all(body, "\"name\":\"([^\"]+)\",\"reason\""));
        body = post(8082, "/api/v1/cases/" + number + "/supplement", clerk,
                "{\"materials\":[{\"code\":\"M04\"},{\"code\":\"M05\"}]}");
        say("2. 当场补齐委托书和申请表，照片可容缺：" + field(body, "status") + "，到现场次数 " + field(body, "trips")
                + "（同一天在窗口办的事算一次）");
        body = post(8082, "/api/v1/cases/" + number + "/acceptance-on-commitment", clerk,
                "{\"commitment\":\"承诺书：王秀英承诺 5 个工作日内补交近期一寸免冠彩色照片\"}");
        say("3. 容缺受理，签承诺书后当即流转民政办：" + field(body, "status") + "，承诺办结日期 " + field(body, "dueDate")
                + "，照片补交期限 " + field(body, "due"));
        body = post(8082, "/api/v1/cases/" + number + "/supplement", clerk, "{\"materials\":[{\"code\":\"M03\"}]}");
        say("   照片交到窗口，承诺履行于 " + field(body, "keptAt"));
        String officer = token("officer-demo", "officer", TOWN + "-MZ", null);
        post(8082, "/api/v1/inbox/cases/" + number + "/claim", officer, "");
        body = post(8082, "/api/v1/inbox/cases/" + number + "/decision", officer,
                "{\"decision\":\"APPROVED\",\"resultDocument\":\"义民优字〔2026〕0001号\"}");
        say("4. 民政办审核通过：" + field(body, "status") + "，" + field(body, "result"));
        body = post(8082, "/api/v1/cases/" + number + "/delivery", clerk, "{\"method\":\"WINDOW_PICKUP\"}");
        say("5. 当天窗口领取结果：" + field(body, "status") + "，到现场次数 " + field(body, "trips"));
        say("   窗口出具的文书（HTML 可打印，PDF 可下载；凭窗口人员令牌：./onetrip token clerk --jur " + TOWN + "）：");
        String documents = get(8082, "/api/v1/cases/" + number + "/documents", clerk);
        Matcher m = Pattern.compile("\"title\":\"([^\"]+)\",\"number\":\"([^\"]+)\".*?\"pdf\":\"([^\"]+)\"").matcher(documents);
        while (m.find()) {
            say("   - " + m.group(1) + " " + m.group(2) + "  http://localhost:8082" + m.group(3));
        }
    }

    static void proxyJourney(String village) throws Exception {
        say("\n== 旅程二：村代办员上门代办，零跑腿 ==");
        String clerk = token("clerk-demo", "clerk", null, TOWN);
        String agentLogin = "agent-demo-" + village;
        post(8083, "/api/v1/agents", clerk, """
                {"subject":"%s","name":"李文书","level":"VILLAGE","jurisdiction":"%s","roles":["VILLAGE_CLERK"],
                 "partyMember":true,"active":true,"capacity":10,"pledge":"群众少跑腿，代办员多跑路"}""".formatted(agentLogin, village));
        String items = get(8081, "/api/v1/catalogue/items?q=" + URLEncoder.encode("残疾人补助救助保障", StandardCharsets.UTF_8), null);
        String item = field(items, "code");
        String body = post(8083, "/api/v1/requests", clerk, """
                {"itemCode":"%s","village":"%s","source":"PHONE","residentName":"张大伯",
                 "residentIdNumber":"360426199101010071","phone":"13700003333","notes":"行动不便"}""".formatted(item, village));
        String request = field(body, "id");
        say("1. 张大伯打电话申请残疾人补助，自动指派给本村代办员：" + field(body, "status"));
        String agent = token(agentLogin, "agent", null, village);
        post(8083, "/api/v1/requests/" + request + "/contact", agent, "");
        post(8083, "/api/v1/requests/" + request + "/materials", agent, "{\"materials\":[\"M01\",\"M04\",\"M05\",\"M06\"]}");
        body = post(8083, "/api/v1/requests/" + request + "/submission", agent, "");
        say("2. 代办员上门联系、收齐材料并提交窗口：" + field(body, "status"));
        String number = null;
        for (int i = 0; i < 60 && number == null; i++) {
            Thread.sleep(500);
            number = field(get(8083, "/api/v1/requests/" + request, agent), "caseNumber");
        }
        say("3. 窗口收到代办件 " + number);
        post(8082, "/api/v1/cases/" + number + "/acceptance", clerk, "");
        String officer = token("officer-demo", "officer", TOWN + "-CL", null);
        body = post(8082, "/api/v1/inbox/cases/" + number + "/decision", officer,
                "{\"decision\":\"APPROVED\",\"resultDocument\":\"残补〔2026〕0001号\"}");
        say("4. 受理后残联审核通过：" + field(body, "status"));
        for (int i = 0; i < 60 && !"COMPLETED".equals(field(get(8083, "/api/v1/requests/" + request, agent), "status")); i++) {
            Thread.sleep(500);
        }
        post(8083, "/api/v1/requests/" + request + "/delivery", agent, "");
        body = post(8083, "/api/v1/requests/" + request + "/confirmation", agent, "{\"note\":\"本人签收\"}");
        say("5. 代办员送达，张大伯签收：" + field(body, "status") + "，到现场次数 " + field(body, "caseTrips"));
    }

    static String token(String subject, String role, String dept, String jur) throws Exception {
        return LocalTokens.mint(key, new LocalTokens.Holder(subject, role, dept, jur), Duration.ofMinutes(30));
    }

    static String post(int port, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").header("Accept-Language", "zh-CN")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        return send(request, token);
    }

    static String get(int port, String path, String token) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET(), token);
    }

    private static String send(HttpRequest.Builder request, String token) throws Exception {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    /** The first value of a field in a JSON answer; enough for a demo that knows the answers' shape. */
    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]*)\"?").matcher(json);
        return m.find() && !m.group(1).equals("null") ? m.group(1) : null;
    }

    static String all(String json, String regex) {
        Matcher m = Pattern.compile(regex).matcher(json);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            out.append(out.isEmpty() ? "" : "、").append(m.group(1));
        }
        return out.toString();
    }

    static void say(String line) {
        System.out.println(line);
    }
}
