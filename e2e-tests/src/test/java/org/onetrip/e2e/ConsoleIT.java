package org.onetrip.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onetrip.platform.testing.OneTripSystem;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.onetrip.e2e.Actors.*;

/**
 * The web console in a real browser (Debian's Chromium) on the packaged services: what a clerk, an officer, a
 * supervisor and a resident do on it, each screen checked with axe-core. On CI, a missing Chromium fails the tests
 * (.ci/run installs it); elsewhere they are skipped with the reason.
 */
class ConsoleIT {
    private static OneTripSystem system;

    @BeforeAll
    static void start() {
        if (System.getenv("CI") == null) {
            assumeTrue(Browser.available(), "Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
        } else {
            assertThat(Browser.available()).as("CI installs chromium and chromium-driver (.ci/run)").isTrue();
        }
        system = OneTripSystem.get();
        system.console();
    }

    @Test
    void aClerkTakesACaseFromItemSearchToDeliveryAndTheDepartmentDecidesItInItsInbox() {
        awaitOffered(system.intake, ELDERLY_CARD);
        String number;
        try (Browser browser = new Browser(system.consoleOrigin(), 1280, 1400)) {
            browser.signIn("clerk", TOWN, null);
            browser.open("/window");
            browser.type("item-q", "老年优待证");
            browser.click("查找");
            browser.await(By.xpath("//ul[@class='items']/li[contains(., '" + ELDERLY_CARD + "')]/button")).click();
            browser.await(By.id("applicant-name"));
            for (String code : List.of("M01", "M03", "M05")) {
                browser.await(By.id("m-" + code)).click();
            }
            browser.type("applicant-name", "王秀英");
            browser.type("applicant-id", "11010519491231002X");
            browser.type("applicant-phone", "13812345678");
            // The item's condition is offered by its name: ticked, the one-time notice asks for the proxy's papers.
            browser.await(By.xpath("//label[@for='f-PROXY_APPLICANT' and normalize-space(.)='委托他人代办']"));
            browser.await(By.id("f-PROXY_APPLICANT")).click();
            browser.click("一次性告知（核对材料）");
            browser.awaitText(By.cssSelector("section[aria-live]"), "缺：代办人身份证及委托书");
            browser.await(By.id("f-PROXY_APPLICANT")).click();
            browser.click("一次性告知（核对材料）");
            browser.awaitText(By.cssSelector("section[aria-live]"), "材料齐全");
            browser.check("window-desk");
            browser.click("提交");
            number = browser.await(By.cssSelector("[data-testid=case-number]")).getText();
            assertThat(browser.await(By.cssSelector("[data-testid=lookup-code]")).getText()).isNotBlank();
            browser.click("受理");
            browser.awaitText(By.cssSelector("[data-testid=case-status]"), "已分送");
            browser.awaitText(By.cssSelector("section.card"), "受理通知书");
            browser.signOut();

            browser.signIn("officer", TOWN, MZ);
            browser.open("/inbox");
            WebElement mine = browser.await(By.cssSelector("section[aria-label='办件 " + number + "']"));
            assertThat(mine.findElement(By.cssSelector("[data-testid=days-left]")).getText()).matches("剩 \\d+ 个工作日");
            browser.check("department-inbox");
            mine.findElement(By.xpath(".//button[normalize-space(.)='签收']")).click();
            browser.awaitText(By.cssSelector("section[aria-label='办件 " + number + "']"), "承办中");
            browser.type("result-" + number, "义民优字〔2026〕0042号");
            browser.await(By.cssSelector("section[aria-label='办件 " + number + "']")).findElement(By.xpath(".//button[normalize-space(.)='准予']")).click();
            awaitStatus(system.intake, number, "COMPLETED");
            browser.signOut();

            browser.signIn("clerk", TOWN, null);
            browser.open("/window");
            browser.type("open-number", number);
            browser.click("调取");
            browser.click("窗口领取，送达");
            browser.awaitText(By.cssSelector("[data-testid=case-status]"), "已送达");
        }
        // What the screens did is what the case file says.
        clerk(system.intake).get("/api/v1/cases/" + number).then().statusCode(200)
                .body("status", equalTo("DELIVERED")).body("trips", equalTo(1))
                .body("result", equalTo("义民优字〔2026〕0042号"));
    }

    @Test
    void aResidentOnAPhoneLooksTheirCaseUpWithoutSigningIn() {
        String number = acceptedCase(system.intake, TOWN);
        String code = clerk(system.intake).get("/api/v1/cases/" + number).then().extract().path("lookupCode");
        try (Browser phone = new Browser(system.consoleOrigin(), 375, 812)) {
            phone.open("/lookup");
            phone.type("lookup-number", number);
            phone.type("lookup-code", code);
            phone.click("查询");
            phone.awaitText(By.cssSelector("section[aria-live]"), "老年优待证");
            assertThat(phone.await(By.cssSelector("section[aria-live] .status")).getText()).isNotBlank();
            assertThat(phone.await(By.cssSelector("section[aria-live] .facts")).getText()).contains("承诺办结");
            phone.check("resident-lookup");

            phone.open("/lookup");
            phone.type("lookup-number", number);
            phone.type("lookup-code", "WRONG1");
            phone.click("查询");
            phone.await(By.cssSelector("[role=alert]"));

            // Once the department decided, the resident rates the case there (好差评); a bad rating reaches the department.
            officer(system.intake, MZ).body(Map.of("decision", "APPROVED")).post("/api/v1/inbox/cases/" + number + "/decision")
                    .then().statusCode(200);
            phone.open("/lookup");
            phone.type("lookup-number", number);
            phone.type("lookup-code", code);
            phone.click("查询");
            phone.await(By.xpath("//label[normalize-space(.)='不满意']")).click();
            phone.type("rating-comment", "第一次来没说清楚要带户口本");
            phone.check("resident-rating");
            phone.click("提交评价");
            phone.awaitText(By.cssSelector("[data-testid=rating-sent]"), "评价已提交");
        }
        awaitTrue(() -> officer(system.oversight, MZ).queryParam("size", 100).get("/api/v1/rectifications")
                .then().statusCode(200).extract().<List<String>>path("items.caseNumber").contains(number));
        try (Browser phone = new Browser(system.consoleOrigin(), 375, 812)) {

            phone.open("/catalogue");
            phone.type("item-q", "老年优待证");
            phone.click("查找");
            phone.await(By.xpath("//ul[@class='items']/li[contains(., '" + ELDERLY_CARD + "')]/button")).click();
            phone.awaitText(By.cssSelector("article.guide"), "申请材料");
            phone.check("resident-catalogue");
        }
    }

    @Test
    void anAgentOnAPhoneContactsTheResidentCollectsTheMaterialsAndHandsThemToTheWindow() {
        String village = newVillage();
        String item = given().baseUri(system.catalogue.url("")).queryParam("q", "残疾人补助救助保障")
                .get("/api/v1/catalogue/items").then().statusCode(200).extract().path("items[0].code");
        String agent = "agent-" + village;
        clerk(system.proxyAgent).body(Map.of("subject", agent, "name", "李文书", "level", "VILLAGE", "jurisdiction", village,
                "roles", List.of("VILLAGE_CLERK"), "partyMember", true, "active", true, "capacity", 10))
                .post("/api/v1/agents").then().statusCode(201);
        awaitTrue(() -> given().baseUri(system.proxyAgent.url("")).queryParam("size", 100)
                .get("/api/v1/villages/" + village + "/items").asString().contains(item));
        String request = clerk(system.proxyAgent).body(Map.of("itemCode", item, "village", village, "source", "PHONE",
                        "residentName", "张大伯", "residentIdNumber", "360426199101010071", "phone", "13700003333"))
                .post("/api/v1/requests").then().statusCode(201).extract().path("id");
        try (Browser phone = new Browser(system.consoleOrigin(), 375, 812)) {
            // A resident of the village finds the agent first (四亮), without signing in.
            phone.open("/agents");
            phone.type("agents-village", village);
            phone.click("查看");
            phone.awaitText(By.cssSelector("main"), "李文书");
            phone.check("resident-agents");
            phone.signIn("agent", village, null, agent);
            phone.open("/agent");
            By status = By.cssSelector("[data-testid=request-status]");
            phone.awaitText(status, "待联系");
            phone.click("已联系群众");
            phone.awaitText(status, "已联系");
            for (String code : List.of("M01", "M04", "M05", "M06")) {
                phone.await(By.id("c-" + request + "-" + code)).click();
            }
            phone.check("agent");
            phone.click("材料已收齐");
            phone.awaitText(status, "材料已收齐");
            phone.click("递交窗口");
            phone.awaitText(status, "已递交窗口");
        }
        awaitTrue(() -> as(system.proxyAgent, "agent", null, village, agent).get("/api/v1/requests/" + request).path("caseNumber") != null);
    }

    @Test
    void aCatalogueAdministratorFindsAnItemAndSeesEveryBadRowOfASheetItImports() throws IOException {
        Path sheet = Files.createTempFile("departments-", ".csv");
        Files.writeString(sheet, "部门编码,部门名称,所属区划,地址,电话\n330109013-MZ,民政办,330109013,义桥镇,0571-1234567\n"
                + "NOT A CODE,,3301,,\n");
        try (Browser browser = new Browser(system.consoleOrigin(), 1280, 1400)) {
            browser.signIn("catalogue-admin", TOWN, null);
            browser.open("/items");
            browser.type("admin-q", "老年优待证");
            browser.click("查找");
            browser.await(By.xpath("//tr[td[normalize-space(.)='" + ELDERLY_CARD + "']]//button")).click();
            browser.await(By.cssSelector("section[aria-label='事项 " + ELDERLY_CARD + "']"));
            // A draft edited field by field: a refused field says why beside it, then the draft shows what it would change.
            browser.click("编辑指南");
            browser.type("g-phone", "call us");
            browser.click("保存草稿");
            assertThat(browser.await(By.id("g-phone-error")).getText()).isNotBlank();
            browser.type("g-phone", "0571-82345678");
            browser.type("g-place", "义桥镇便民服务中心 3 号窗口");
            browser.click("保存草稿");
            browser.awaitText(By.cssSelector("p[role=status]"), "已保存草稿");
            browser.awaitText(By.cssSelector("section[aria-label='事项 " + ELDERLY_CARD + "'] table"), "3 号窗口");
            new Select(browser.await(By.id("import-kind"))).selectByValue("departments");
            browser.driver.findElement(By.id("import-file")).sendKeys(sheet.toString());
            browser.click("导入");
            // Row 3 is wrong in more than one column; every error names its row, and nothing was imported.
            browser.awaitText(By.cssSelector("[role=alert]"), "rows[3]");
            assertThat(browser.driver.findElements(By.cssSelector("[role=alert] li"))).hasSizeGreaterThan(1);
            browser.check("catalogue-admin");
        }
    }

    @Test
    void aSupervisorSeesTheRunningWeeksBoardAndTheAlerts() {
        acceptedCase(system.intake, TOWN);
        String village = newVillage();
        clerk(system.proxyAgent).body(Map.of("subject", "agent-" + village, "name", "赵代办", "level", "VILLAGE",
                "jurisdiction", village, "roles", List.of("VILLAGE_CLERK"), "partyMember", false, "active", true, "capacity", 10))
                .post("/api/v1/agents").then().statusCode(201);
        // More complaints than a page holds: the list says how many and pages on.
        for (int i = 0; i < 21; i++) {
            supervisor(system.oversight).body(Map.of("source", "HOTLINE", "content", "窗口排队太久 " + i, "jurisdiction", TOWN))
                    .post("/api/v1/complaints").then().statusCode(201);
        }
        try (Browser browser = new Browser(system.consoleOrigin(), 1280, 1400)) {
            browser.signIn("supervisor", TOWN, null);
            browser.open("/supervision");
            browser.awaitText(By.cssSelector("section[aria-label='周报']"), "办结");
            // The running week is as it stands, not what was posted on the wall.
            assertThat(browser.await(By.cssSelector("[data-testid=board-running]")).getText()).isEqualTo("本周进行中，未上墙");
            String firstPage = browser.await(By.cssSelector("section[aria-label='投诉'] [data-testid=pager]")).getText();
            assertThat(firstPage).startsWith("第 1 / ");
            browser.driver.findElement(By.xpath("//nav[@aria-label='投诉分页']/button[normalize-space(.)='下一页']")).click();
            browser.awaitText(By.cssSelector("section[aria-label='投诉'] [data-testid=pager]"), "第 2 / ");
            assertThat(browser.await(By.cssSelector("section[aria-label='预警'] h2")).getText()).startsWith("预警");
            // Every agent of the town with this year's figures, the new one with nothing yet.
            browser.awaitText(By.cssSelector("[data-testid=agent-figures]"), "赵代办");
            assertThat(browser.await(By.xpath("//table[@data-testid='agent-figures']//tr[td[normalize-space(.)='赵代办']]"))
                    .getText()).contains(village).contains("0 / 0");
            browser.check("supervision");
        }
    }
}
