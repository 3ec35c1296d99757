package org.onetrip.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onetrip.platform.testing.OneTripSystem;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
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
                .body("status", org.hamcrest.Matchers.equalTo("DELIVERED")).body("trips", org.hamcrest.Matchers.equalTo(1))
                .body("result", org.hamcrest.Matchers.equalTo("义民优字〔2026〕0042号"));
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

            phone.open("/catalogue");
            phone.type("item-q", "老年优待证");
            phone.click("查找");
            phone.await(By.xpath("//ul[@class='items']/li[contains(., '" + ELDERLY_CARD + "')]/button")).click();
            phone.awaitText(By.cssSelector("article.guide"), "申请材料");
            phone.check("resident-catalogue");
        }
    }

    @Test
    void aSupervisorSeesTheRunningWeeksBoardAndTheAlerts() {
        acceptedCase(system.intake, TOWN);
        try (Browser browser = new Browser(system.consoleOrigin(), 1280, 1400)) {
            browser.signIn("supervisor", TOWN, null);
            browser.open("/supervision");
            browser.awaitText(By.cssSelector("section[aria-label='周报']"), "办结");
            assertThat(browser.await(By.cssSelector("section[aria-label='预警'] h2")).getText()).startsWith("预警");
            browser.check("supervision");
        }
    }
}
