package vn.partyadmission.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.partyadmission.support.DemoTest;
import vn.partyadmission.support.HeadlessChromium;
import vn.partyadmission.support.Http;

/**
 * Issue 14 item 8: about one opening of Tasklist in 22 stayed blank, every script blocked by a
 * Content-Security-Policy nonce mismatch, when Tasklist was reopened while the page after sign-in was
 * still loading. Tasklist is opened in one browser, one in four reopened at once while the previous
 * page still loads its data, one in ten right after signing in; every time its filter list must show
 * and no script may have been refused. An opening takes about 2.4 s on two cores, so the build opens
 * it 50 times (at the old rate, 9 in 10 such runs would have shown a blank page) and
 * {@code -Dtasklist.openings=200} gives the full proof (docs/security.md); the cause itself is proved
 * by SecurityHeadersTest's 300 concurrent requests, each with its own nonce.
 */
@DemoTest
class TasklistNeverBlankTest {

	static final int OPENINGS = Integer.getInteger("tasklist.openings", 50);

	@LocalServerPort
	int port;

	WebDriver browser;

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void tasklistOpenedAgainAndAgain_reopenedWhileLoading_isNeverBlank() {
		browser = HeadlessChromium.start("vi-VN");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
		Http http = new Http(port);
		String tasklist = http.uri("/camunda/app/tasklist/default/").toString();
		JavascriptExecutor js = (JavascriptExecutor) browser;
		List<String> blank = new ArrayList<>();
		long started = System.nanoTime();

		for (int i = 1; i <= OPENINGS; i++) {
			if (i == 1 || i % 10 == 0) {
				// signed in anew, and Tasklist reopened while the page after sign-in is still loading
				browser.manage().deleteAllCookies();
				browser.get(http.uri("/login").toString());
				wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("secretary.hophoa1");
				browser.findElement(By.id("password")).sendKeys(DemoTest.PASSWORD);
				browser.findElement(By.cssSelector("button[type='submit']")).click();
				wait.until(ExpectedConditions.urlContains("/camunda/app/tasklist"));
				reopen(js, wait, tasklist);
			}
			else {
				browser.get(tasklist);
				if (i % 4 == 0) {
					// reopened at once: the first page's data requests still run
					reopen(js, wait, tasklist);
				}
			}
			// what a person sees: with its scripts refused, the page never shows the filter list
			try {
				wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filters .item, .task-filters li")));
			}
			catch (TimeoutException e) {
				blank.add("opening " + i);
				HeadlessChromium.screenshot(browser, "tasklist-blank-" + i);
			}
			if (i % 50 == 0) {
				System.out.printf("Tasklist opened %d times in %d s%n", i, Duration.ofNanos(System.nanoTime() - started).toSeconds());
			}
		}
		System.out.printf("Tasklist opened %d times in %d s, blank: %s%n", OPENINGS,
				Duration.ofNanos(System.nanoTime() - started).toSeconds(), blank);
		assertThat(blank).isEmpty();
	}

	/** Navigates again without waiting for the current page, and waits until the new document replaced it. */
	private static void reopen(JavascriptExecutor js, WebDriverWait wait, String url) {
		js.executeScript("window.__previousPage = true; window.location.assign(arguments[0])", url);
		wait.ignoring(WebDriverException.class).until(d -> !Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
				"return window.__previousPage === true")));
	}

}
