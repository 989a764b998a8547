package vn.partyadmission.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.partyadmission.support.DemoTest;
import vn.partyadmission.support.EnglishWords;
import vn.partyadmission.support.HeadlessChromium;
import vn.partyadmission.support.Http;
import vn.partyadmission.support.WebSession;

/**
 * Camunda's webapps and the login page as users meet them, in a browser asking for Vietnamese and in
 * one asking for English: both get Vietnamese (English only when chosen with the page's language
 * link), and the English words each page shows are counted (goal 0). An ordinary user sees neither
 * Cockpit nor Admin, nor "Create task" or priorities; the task card shows case, person and cell in
 * full. The demo mark is on every page while /api/about says demo.
 */
@DemoTest
class WebappsSpeakVietnameseTest {

	/** Secretary of a village cell where the demo opens sample cases: her list has tasks. */
	static final String SECRETARY = "secretary.kimlong1";

	/** Printed at the end: English words per page. */
	static final Map<String, List<String>> COUNTS = new LinkedHashMap<>();

	@LocalServerPort
	int port;

	/** A translation key shown instead of its text, e.g. SEARCH_PLACEHOLDER. */
	static final java.util.regex.Pattern RAW_KEY = java.util.regex.Pattern.compile("\\b[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+\\b");

	WebDriver browser;

	WebDriverWait wait;

	String signedIn;

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@AfterAll
	static void printCounts() {
		System.out.println("English words a user sees, per page:");
		COUNTS.forEach((page, words) -> System.out.printf("  %-48s %3d %s%n", page, words.size(), words));
	}

	@Test
	void ordinaryUser_withAVietnameseBrowser_readsNoEnglish_andSeesOnlyTasklist() {
		open("vi-VN");
		assertThat(englishOn("login page (vi-VN)", loginPage())).isEmpty();
		assertDemoMarkOnLoginPage();
		signIn(SECRETARY);

		assertThat(camundasEnglishOn("Tasklist, ordinary user (vi-VN)", tasklist())).isEmpty();
		HeadlessChromium.screenshot(browser, "webapps-01-tasklist-secretary-vi");
		assertThat(visible(By.cssSelector("li.create-task-action"))).as("Create task").isEmpty();
		assertThat(visible(By.cssSelector(".column.tasks-list .priority"))).as("priorities").isEmpty();
		assertThat(browser.findElements(By.cssSelector("a[href*='/app/cockpit/'], a[href*='/app/admin/']")))
			.as("links to Cockpit or Admin in the header").isEmpty();
		assertTaskCardShowsCasePersonAndCell();
		assertDemoMarkAsAboutSays(SECRETARY);

		assertThat(englishOn("Welcome, ordinary user (vi-VN)", page("/camunda/app/welcome/default/"))).isEmpty();
		HeadlessChromium.screenshot(browser, "webapps-02-welcome-secretary-vi");
		assertThat(browser.findElements(By.cssSelector("a[href*='/app/cockpit/'], a[href*='/app/admin/']")))
			.as("links to Cockpit or Admin on the Welcome page").isEmpty();
		assertThat(browser.findElements(By.cssSelector("a[href*='/app/tasklist/']"))).isNotEmpty();

		// signing out leads to the project's sign-in page, not to Camunda's English form
		((JavascriptExecutor) browser).executeScript("document.querySelector('li.logout a').click()");
		wait.until(ExpectedConditions.urlContains("/login?logout"));
		assertThat(settledText(By.id("username"))).contains("Đồng chí đã đăng xuất.");
	}

	@Test
	void ordinaryUser_withAnEnglishBrowser_getsVietnamese_andEnglishOnlyWhenSheChoosesIt() {
		open("en-US");
		assertThat(englishOn("login page (en-US)", loginPage())).isEmpty();
		signIn(SECRETARY);
		assertThat(camundasEnglishOn("Tasklist, ordinary user (en-US)", tasklist())).isEmpty();

		click(By.cssSelector("a.pa-language"));
		String english = settledText(By.cssSelector(".tasks-list li.task, .tasks-list .well"));
		assertThat(RAW_KEY.matcher(english).find()).as("raw translation keys in English: " + english).isFalse();
		HeadlessChromium.screenshot(browser, "webapps-03-tasklist-secretary-chose-english");
		assertThat(EnglishWords.in(english)).as("Tasklist after choosing English").isNotEmpty();
		assertThat(browser.findElement(By.cssSelector("a.pa-language")).getText()).isEqualTo("Tiếng Việt");
		// the choice holds for the login page too, and is taken back the same way
		assertThat(EnglishWords.in(loginPage())).contains("Password");
		click(By.cssSelector("p.language a"));
		assertThat(englishOn("login page after choosing Vietnamese again", settledText(By.id("username")))).isEmpty();
	}

	@Test
	void administrator_readsEveryWebappInVietnamese_andKeepsCreateTask() {
		open("vi-VN");
		signIn("admin");
		camundasEnglishOn("Tasklist, administrator (vi-VN)", tasklist());
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.create-task-action")));
		HeadlessChromium.screenshot(browser, "webapps-04-tasklist-admin-vi");
		englishOn("Cockpit, administrator (vi-VN)", page("/camunda/app/cockpit/default/"));
		HeadlessChromium.screenshot(browser, "webapps-05-cockpit-admin-vi");
		assertDemoMarkAsAboutSays("admin");
		englishOn("Admin, administrator (vi-VN)", page("/camunda/app/admin/default/"));
		HeadlessChromium.screenshot(browser, "webapps-06-admin-admin-vi");
		englishOn("Welcome, administrator (vi-VN)", page("/camunda/app/welcome/default/"));
		assertThat(browser.findElements(By.cssSelector("a[href*='/app/cockpit/']"))).isNotEmpty();
		COUNTS.entrySet().stream().filter(e -> e.getKey().contains("administrator") && !e.getKey().contains("models"))
			.forEach(e -> assertThat(e.getValue()).as(e.getKey()).isEmpty());
	}

	// ---- helpers

	private void open(String language) {
		browser = HeadlessChromium.start(language);
		wait = new WebDriverWait(browser, Duration.ofSeconds(30));
	}

	private String loginPage() {
		browser.get(new Http(port).uri("/login").toString());
		return settledText(By.id("username"));
	}

	private void signIn(String user) {
		signedIn = user;
		browser.get(new Http(port).uri("/login").toString());
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
		browser.findElement(By.id("password")).sendKeys(DemoTest.PASSWORD);
		browser.findElement(By.cssSelector("button[type='submit']")).click();
		wait.until(ExpectedConditions.urlContains("/camunda/app/tasklist"));
	}

	private String tasklist() {
		browser.get(new Http(port).uri("/camunda/app/tasklist/default/").toString());
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filters .item, .task-filters li")));
		// the list of the selected filter: its tasks, or the message that it has none
		return settledText(By.cssSelector(".tasks-list li.task, .tasks-list .well"));
	}

	private String page(String path) {
		browser.get(new Http(port).uri(path).toString());
		return settledText(By.cssSelector("[ng-view] *, .page-wrap *"));
	}

	/** The page's visible text (and its fields' placeholders) once it has stopped changing. */
	private String settledText(By ready) {
		wait.until(ExpectedConditions.presenceOfElementLocated(ready));
		String previous = "";
		for (int i = 0; i < 40; i++) {
			String now = visibleText();
			if (now.equals(previous) && now.length() > 20) {
				return now;
			}
			previous = now;
			sleep(400);
		}
		return previous;
	}

	private String visibleText() {
		return (String) ((JavascriptExecutor) browser).executeScript("""
				const placeholders = Array.from(document.querySelectorAll('input[placeholder], textarea[placeholder]'))
				  .filter(e => e.offsetParent !== null).map(e => e.placeholder);
				return document.body.innerText + '\\n' + placeholders.join('\\n');
				""");
	}

	private List<String> englishOn(String page, String text) {
		// user ids are not words to translate ("admin (demo)" in the header); raw translation keys are a miss
		String shown = signedIn == null ? text : text.replaceAll("\\b" + java.util.regex.Pattern.quote(signedIn) + "\\b", " ");
		List<String> words = new ArrayList<>(EnglishWords.in(shown));
		java.util.regex.Matcher key = RAW_KEY.matcher(shown);
		while (key.find()) {
			words.add(key.group());
		}
		COUNTS.put(page, words);
		System.out.printf("English words on %s: %d %s%n", page, words.size(), words);
		return words;
	}

	/**
	 * Camunda's own English on a Tasklist page: the page's English words less those of the tasks' and
	 * processes' names in the list, which come from the models (printed apart: their translation is
	 * the models' part of issue 14).
	 */
	private List<String> camundasEnglishOn(String page, String text) {
		List<String> all = englishOn(page, text);
		StringBuilder models = new StringBuilder();
		for (WebElement names : browser.findElements(By.cssSelector(".tasks-list li.task .names"))) {
			models.append(names.getText()).append('\n');
		}
		List<String> fromModels = EnglishWords.in(models.toString());
		List<String> camundas = new ArrayList<>(all);
		fromModels.forEach(camundas::remove);
		COUNTS.put(page, camundas);
		COUNTS.put(page + " - names from the models", fromModels);
		System.out.printf("  of which from the models' task and process names: %d %s%n", fromModels.size(), fromModels);
		return camundas;
	}

	private List<WebElement> visible(By by) {
		return browser.findElements(by).stream().filter(WebElement::isDisplayed).toList();
	}

	private void click(By by) {
		wait.until(ExpectedConditions.elementToBeClickable(by)).click();
	}

	private void assertTaskCardShowsCasePersonAndCell() {
		WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tasks-list .task-card, [cam-tasks] li")));
		List<String> labels = new ArrayList<>();
		for (WebElement label : card.findElements(By.cssSelector(".variable-label"))) {
			if (label.isDisplayed()) {
				labels.add(label.getText());
			}
		}
		assertThat(labels).as("the card's display variables, all visible").hasSizeGreaterThanOrEqualTo(3);
		assertThat(card.findElements(By.cssSelector(".shutter")).stream().filter(WebElement::isDisplayed)).isEmpty();
	}

	private void assertDemoMarkOnLoginPage() {
		assertThat(browser.findElement(By.cssSelector(".demo-band")).getText()).contains("DỮ LIỆU MINH HỌA");
	}

	/** The band follows /api/about: shown when it answers demo true, absent on 404 or false. */
	private void assertDemoMarkAsAboutSays(String user) {
		Http http = new Http(port);
		WebSession session = new WebSession();
		session.signIn(http, user, DemoTest.PASSWORD);
		var about = session.get(http, "/api/about");
		boolean demo = about.statusCode() == 200 && about.body().replace(" ", "").contains("\"demo\":true");
		if (demo) {
			assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".pa-demo-band"))).getText())
				.isNotBlank();
		}
		else {
			sleep(1000);
			assertThat(browser.findElements(By.cssSelector(".pa-demo-band"))).isEmpty();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

}
