package org.conditionatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.conditionatlas.auth.Readers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reader in a real browser (Debian's Chromium): arrives anonymously on the seed page, meets the
 * gate, signs up right there, reads the treatment, logs out. One browser for the class; each test
 * starts without cookies and with its own account.
 */
@QuarkusTest
class ReaderJourneyBrowserTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final String TITLE = ConditionPageTest.TITLE;
    static final String GATE = "To see full information about treatment please Sign up or Log in";

    static Chromium chromium;
    static WebDriver browser;

    @TestHTTPResource("/")
    URL site;

    @BeforeAll
    static void startBrowser() {
        chromium = Chromium.start();
        browser = chromium.driver;
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        chromium.close();
    }

    @BeforeEach
    void withoutCookies() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        open("/robots.txt");
        browser.manage().deleteAllCookies();
    }

    void open(String path) {
        browser.get(site.toString().replaceAll("/$", "") + path);
    }

    String path() {
        String url = browser.getCurrentUrl();
        return url.substring(site.toString().replaceAll("/$", "").length());
    }

    WebElement treatment() {
        return browser.findElement(By.id("treatment"));
    }

    void waitForPath(String path) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.urlToBe(site.toString().replaceAll("/$", "") + path));
    }

    @Test
    void anAnonymousReaderMeetsTheGateSignsUpReadsTheTreatmentAndLogsOutToTheGateAgain() throws Exception {
        open("/conditions/M61.28");
        assertEquals(TITLE, browser.findElement(By.cssSelector("main h1")).getText());
        assertTrue(browser.findElement(By.id("overview"))
                .getText()
                .contains("This process is known as heterotopic ossification"));
        WebElement illustration = browser.findElement(By.cssSelector("figure img"));
        assertTrue(
                (Boolean) ((JavascriptExecutor) browser)
                        .executeScript(
                                "return arguments[0].complete &&" + " arguments[0].naturalWidth > 0", illustration),
                "the illustration loads");
        assertTrue(treatment().getText().contains(GATE));
        assertTrue(treatment().findElement(By.cssSelector(".teaser")).getText().endsWith("..."));
        assertFalse(browser.getPageSource().contains("indomethacin"));
        assertFalse(browser.getPageSource().contains("An individual decision"));
        chromium.screenshot(SCREENSHOTS.resolve("anonymous-M61.28.png"));

        treatment().findElement(By.linkText("Sign up")).click();
        waitForPath("/signup?next=%2Fconditions%2FM61.28");
        String email = Readers.newEmail();
        browser.findElement(By.id("signup-email")).sendKeys(email);
        browser.findElement(By.id("signup-password")).sendKeys(Readers.PASSWORD);
        browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();

        waitForPath("/conditions/M61.28");
        assertTrue(treatment().getText().contains("An individual decision"));
        assertTrue(treatment().getText().contains("indomethacin"));
        assertFalse(treatment().getText().contains(GATE));
        Cookie session = browser.manage().getCookieNamed(SessionCookies.ACCESS);
        assertTrue(session.isHttpOnly());
        assertEquals("Lax", session.getSameSite());
        chromium.screenshot(SCREENSHOTS.resolve("member-M61.28.png"));

        browser.findElement(By.linkText("Log out")).click();
        browser.findElement(By.cssSelector("main form[action='/logout'] button"))
                .click();
        waitForPath("/conditions/M61.28");
        assertTrue(treatment().getText().contains(GATE));
        assertFalse(browser.getPageSource().contains("indomethacin"));
        assertNull(browser.manage().getCookieNamed(SessionCookies.ACCESS));
        assertTrue(Files.size(SCREENSHOTS.resolve("anonymous-M61.28.png")) > 10_000);
        assertTrue(Files.size(SCREENSHOTS.resolve("member-M61.28.png")) > 10_000);
    }

    @Test
    void aReaderWhoLogsInFromTheGateReturnsToThePage() {
        String email = Readers.signUp(Readers.newEmail(), Readers.PASSWORD);
        open("/conditions/M61.28");
        treatment().findElement(By.linkText("Log in")).click();
        waitForPath("/login?next=%2Fconditions%2FM61.28");
        browser.findElement(By.id("login-email")).sendKeys(email);
        browser.findElement(By.id("login-password")).sendKeys(Readers.PASSWORD);
        browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        waitForPath("/conditions/M61.28");
        assertTrue(treatment().getText().contains("An individual decision"));
    }

    @Test
    void aWrongPasswordShowsAClearMessage() {
        String email = Readers.signUp(Readers.newEmail(), Readers.PASSWORD);
        open("/login?next=%2Fconditions%2FM61.28");
        browser.findElement(By.id("login-email")).sendKeys(email);
        browser.findElement(By.id("login-password")).sendKeys("not my password at all");
        browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        WebElement alert = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role=alert]")));
        assertEquals("The email or password is not correct.", alert.getText());
        assertEquals(email, browser.findElement(By.id("login-email")).getAttribute("value"));
        assertNull(browser.manage().getCookieNamed(SessionCookies.ACCESS));
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() {
        String email = Readers.signUp(Readers.newEmail(), Readers.PASSWORD);
        open("/login");
        ((JavascriptExecutor) browser).executeScript("document.querySelector('input[name=\"csrf-token\"]').remove()");
        browser.findElement(By.id("login-email")).sendKeys(email);
        browser.findElement(By.id("login-password")).sendKeys(Readers.PASSWORD);
        browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.titleContains("This form has expired"));
        assertEquals(
                "This form has expired", browser.findElement(By.tagName("h1")).getText());
        assertNull(browser.manage().getCookieNamed(SessionCookies.ACCESS));
    }

    @Test
    void theConditionPageFitsAPhoneScreen() {
        browser.manage().window().setSize(new Dimension(390, 844));
        open("/conditions/M61.28");
        Number overflow = (Number) ((JavascriptExecutor) browser)
                .executeScript(
                        "return document.documentElement.scrollWidth" + " - document.documentElement.clientWidth");
        assertEquals(0, overflow.intValue(), "no sideways scrolling on a phone");
        assertTrue(treatment().findElement(By.linkText("Sign up")).isDisplayed());
        // Keyboard users see where they are: the focused link gets an outline.
        WebElement skip = browser.findElement(By.cssSelector("a.skip-link"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", skip);
        String outline = (String) ((JavascriptExecutor) browser)
                .executeScript("return getComputedStyle(arguments[0]).outlineStyle", skip);
        assertEquals("solid", outline);
    }
}
