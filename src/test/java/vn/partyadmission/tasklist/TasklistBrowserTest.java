package vn.partyadmission.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.partyadmission.admission.AdmissionCases;
import vn.partyadmission.membership.MemberRegister;

import vn.partyadmission.support.DemoTest;
import vn.partyadmission.support.EnglishWords;
import vn.partyadmission.support.HeadlessChromium;
import vn.partyadmission.support.Http;
import vn.partyadmission.support.WebSession;

/**
 * The real Camunda Tasklist in headless Chromium, as a Vietnamese user's browser (vi-VN): a cell
 * secretary opens a case by picking the person and the introducers from her cell's lists and sees
 * its number, the organizing commission appraises and the standing committee decides (9-KNĐ) with
 * the dossier in view, a wrong input is shown at its field and a server refusal in Vietnamese, the
 * secretary downloads the decision from the ceremony's form and picks the mentor by name, the mentor
 * writes a quarterly note, and the secretary of another cell sees none of it. Screenshots of each
 * page go to target/screenshots/ (and, copied, to docs/guide/img/); the English words each page
 * shows are counted and printed.
 */
@DemoTest
class TasklistBrowserTest {

	static final String PERSON = "p00011";

	/** The first Tasklist filter, selected on arrival: one's own and one's bodies' tasks. */
	static final String MINE = "Việc của tôi và đơn vị";

	@LocalServerPort
	int port;

	@Autowired
	ManagementService management;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MemberRegister members;

	@Autowired
	AdmissionCases cases;

	final ObjectMapper json = new ObjectMapper();

	WebDriver browser;

	WebDriverWait wait;

	Http http;

	@BeforeEach
	void openBrowser() {
		browser = HeadlessChromium.start();
		wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		http = new Http(port);
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void secretaryPicksThePerson_committeesDecideWithTheDossier_ceremonyPicksTheMentor_mentorWritesANote() throws Exception {
		// 1. the cell secretary opens the case on the project's page, choosing the person and the introducers by name
		signIn("secretary.hophoa1");
		shot("01-secretary-tasklist");
		browser.get(http.uri("/cases/new").toString());
		choose("personId", PERSON);
		choose("introducer1Id", "p00001");
		choose("introducer1Relation", "WORK");
		setDate("introducer1Since", "2019-05-01");
		if (cases.requiredIntroductionPath(PERSON).isPresent()) {
			// a Youth Union member of youth age: the Youth Union's resolution and one official member introduce her
			choose("introductionPath", "YOUTH_UNION");
			browser.findElement(By.id("unionResolutionNumber")).sendKeys("05-NQ/ĐTN");
		}
		else {
			choose("introductionPath", "TWO_MEMBERS");
			choose("introducer2Id", "p00002");
			choose("introducer2Relation", "RESIDENCE");
			setDate("introducer2Since", "2018-09-01");
		}
		browser.findElement(By.id("certificateNumber")).sendKeys("CN-77/2025");
		setDate("certificateDate", "2025-11-20");
		assertThat(new Select(browser.findElement(By.id("personId"))).getFirstSelectedOption().getText())
			.startsWith(members.findPerson(PERSON).orElseThrow().fullName() + " – sinh năm ");
		shot("02-secretary-new-case-page");
		browser.findElement(By.cssSelector("button[type='submit']")).click();
		// the new case's number, or the page's refusal in the failure's message
		wait.until(ExpectedConditions.or(ExpectedConditions.visibilityOfElementLocated(By.id("caseId")),
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".errors"))));
		assertThat(browser.findElements(By.cssSelector(".errors"))).as(() -> browser.findElement(By.cssSelector(".errors")).getText())
			.isEmpty();
		String caseId = browser.findElement(By.id("caseId")).getText();
		assertThat(caseId).matches("KN-\\d{4}-\\d{6}");
		shot("03-secretary-case-opened-with-its-number");
		String pi = waitForCase();

		// the cell's own steps, then the organizing commission, through the REST API
		complete(pi, "secretary.hophoa1", "ReceiveApplication", "{\"applicationDate\":{\"value\":\"2026-01-05\"},\"personalHistoryDate\":{\"value\":\"2026-01-05\"}}");
		complete(pi, "secretary.hophoa1", "VerifyBackground", "{\"backgroundVerified\":{\"value\":true},\"verificationConclusion\":{\"value\":\"Lý lịch rõ ràng\"},\"verificationDate\":{\"value\":\"2026-01-10\"}}");
		complete(pi, "secretary.hophoa1", "CollectComments", "{\"commentsSummary\":{\"value\":\"Nhất trí\"},\"commentsDate\":{\"value\":\"2026-01-12\"}}");
		// every official member the register counts on the meeting day present, one against
		int base = members.officialMembersOn("xa.tamduong.hophoa1", LocalDate.of(2026, 1, 15));
		complete(pi, "secretary.hophoa1", "HoldCellMeeting", "{\"meetingDate\":{\"value\":\"2026-01-15\"},\"officialMembers\":{\"value\":" + base + "},\"attendees\":{\"value\":" + base + "},\"votesFor\":{\"value\":" + (base - 1) + "},\"votesAgainst\":{\"value\":1}}");

		// 2. the organizing commission appraises through its form, with the dossier in view
		signIn("organizing.tamduong");
		openTask(MINE, taskName(pi, "organizing.tamduong"));
		assertThat(formText()).contains("Chi bộ biểu quyết (Nghị quyết 6-KNĐ)");
		click(By.cssSelector("input[id$='-Field_appraisalOutcome-0']"));
		shot("04-organizing-commission-appraisal");
		completeInTasklist();
		assertThat(currentTask(pi, "standing.tamduong")).isEqualTo("DecideAdmission");

		// 3. the standing committee decides with the dossier in view
		signIn("standing.tamduong");
		openTask("Chờ cấp ủy quyết định", taskName(pi, "standing.tamduong"));
		String dossier = formText();
		assertThat(dossier).contains("Hồ sơ kết nạp " + caseId).contains(members.findPerson(PERSON).orElseThrow().fullName())
			// no number typed: the cell's register of 2026 gave it
			.containsPattern("Chi bộ biểu quyết \\(Nghị quyết 6-KNĐ\\): số \\d{2}-NQ/CB ngày 15/01/2026; " + (base - 1) + "/" + base
					+ " đảng viên chính thức tán thành").contains("Thẩm tra lý lịch (20-KNĐ): đã thẩm tra")
			.contains("Ban tổ chức thẩm định: trình ban thường vụ").contains("CN-77/2025");
		// a wrong input shown at its field: admitting without a decision number is caught by the form itself
		click(By.cssSelector("input[id$='-Field_admissionDecision-0']"));
		completeInTasklist();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
				"//*[contains(@class,'fjs-form-field') and .//*[contains(@id,'-Field_decisionNumber')]]//*[contains(@class,'fjs-form-field-error')]")));
		shot("05a-decision-number-missing-at-its-field");
		assertThat(currentTask(pi, "standing.tamduong")).isEqualTo("DecideAdmission");
		// and what only the server knows comes back in Vietnamese: a decision dated before the cell's resolution
		type("decisionNumber", "QĐ 21-QĐ/ĐU");
		typeDate("decisionDate", "10/01/2026");
		completeInTasklist();
		shot("05b-refused-by-the-server-in-vietnamese");
		System.out.println("Form after the refused completion: " + formText() + " | notifications: "
				+ browser.findElements(By.cssSelector(".notifications, .alert, [class*='notification']")).stream()
					.map(WebElement::getText).toList());
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
				"//*[contains(normalize-space(.), 'Ngày quyết định không được trước ngày nghị quyết của chi bộ (15/01/2026).')]")));
		assertThat(browser.getPageSource()).doesNotContain("ENGINE-03051").doesNotContain("[after-cell-resolution]");
		assertThat(currentTask(pi, "standing.tamduong")).isEqualTo("DecideAdmission");
		typeDate("decisionDate", "20/02/2026");
		shot("05-standing-committee-decision-with-dossier");
		completeInTasklist();
		assertThat(currentTask(pi, "secretary.hophoa1")).isEqualTo("HoldAdmissionCeremony");

		// 4. the ceremony's form links the decision (9-KNĐ) and picks the mentor by name
		signIn("secretary.hophoa1");
		openTask(MINE, taskName(pi, "secretary.hophoa1"));
		WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.xpath("//a[contains(@href, '/documents/cases/') and contains(normalize-space(.), '9-KNĐ')]")));
		assertThat(link.getAttribute("href")).endsWith("/documents/cases/" + caseId + "/9-knd.pdf");
		byte[] pdf = downloadWithTheBrowsersSession(link.getAttribute("href"));
		assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		try (PDDocument decision = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(decision).replaceAll("\\s+", " ");
			assertThat(Normalizer.normalize(text, Normalizer.Form.NFC))
				.contains(Normalizer.normalize("QĐ 21-QĐ/ĐU", Normalizer.Form.NFC));
		}
		// a secretary of another commune's cell, signed in, gets the 404 of a case that does not exist
		WebSession other = new WebSession();
		other.signIn(http, "secretary.anhoa1", DemoTest.PASSWORD);
		assertThat(other.get(http, "/documents/cases/" + caseId + "/9-knd.pdf").statusCode()).isEqualTo(404);
		typeDate("ceremonyDate", "27/02/2026");
		String mentor = members.findPerson("p00003").orElseThrow().fullName();
		pick("mentorId", mentor + " – sinh năm " + members.findPerson("p00003").orElseThrow().dateOfBirth().getYear());
		click(By.cssSelector("input[id$='-Field_oathTaken']"));
		shot("06-ceremony-mentor-chosen-by-name");
		completeInTasklist();
		assertThat(members.findRecord(PERSON).orElseThrow().mentorId()).isEqualTo("p00003");
		String probation = json.readTree(http.get("/engine-rest/process-instance?superProcessInstance=" + pi, "admin:" + DemoTest.PASSWORD).body())
			.get(0).get("id").asText();
		management.executeJob(management.createJobQuery().processInstanceId(probation).activityId("QuarterPassed")
			.singleResult().getId());

		// 5. the mentor writes the quarterly note through the form of her task
		signIn("p00003");
		openTask(MINE, taskName(probation, "p00003"));
		type("mentorNote", "Tích cực trong Đoàn Thanh niên; phụ trách lớp phổ cập kỹ năng số của thôn.");
		shot("07-mentor-note-form");
		completeInTasklist();
		shot("08-mentor-note-done");
		assertThat(jdbc.sql("select count(*) from mentor_note where person_id = ?").param(PERSON).query(Long.class).single())
			.isEqualTo(1);

		// 6. the secretary of another commune's cell sees none of these tasks
		signIn("secretary.anhoa1");
		clickFilter(MINE);
		shot("09-other-cell-sees-nothing");
		assertThat(browser.getPageSource()).doesNotContain(caseId);
		assertThat(http.get("/engine-rest/task?processInstanceBusinessKey=" + caseId, "secretary.anhoa1:" + DemoTest.PASSWORD).body())
			.isEqualTo("[]");
		englishWords.forEach((page, words) -> System.out.println("English words on " + page + ": " + words.size() + " " + words));
		System.out.println("Date formats of the date pickers: " + dateFormats);
	}

	// ---- Tasklist as a person uses it

	private void signIn(String user) {
		browser.manage().deleteAllCookies();
		browser.get(http.uri("/login").toString());
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
		browser.findElement(By.id("password")).sendKeys(DemoTest.PASSWORD);
		browser.findElement(By.cssSelector("button[type='submit']")).click();
		wait.until(ExpectedConditions.urlContains("/camunda/app/tasklist"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(normalize-space(.), '" + MINE + "')]")));
	}

	/** fetch() from the open Tasklist page: the session cookie of the form login, as a click would send it. */
	private byte[] downloadWithTheBrowsersSession(String href) {
		Object result = ((JavascriptExecutor) browser).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0], {credentials: 'same-origin'})
				  .then(r => r.ok && r.headers.get('Content-Type') === 'application/pdf'
				      && (r.headers.get('Content-Disposition') || '').startsWith('attachment')
				    ? r.arrayBuffer() : Promise.reject(r.status + ' ' + r.headers.get('Content-Type')))
				  .then(b => { let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s)); })
				  .catch(e => done('failed: ' + e));""", href);
		assertThat(String.valueOf(result)).doesNotStartWith("failed");
		return Base64.getDecoder().decode(String.valueOf(result));
	}

	private void clickFilter(String name) {
		click(By.xpath("//*[contains(@class,'task-filters')]//h4/a[contains(normalize-space(.), \"" + name + "\")]"));
		sleep(1500);
	}

	private void openTask(String filter, String taskName) {
		clickFilter(filter);
		click(By.xpath("//ol[contains(@class,'tasks-list')]//h4[contains(@class,'task')]/a[contains(normalize-space(.), \"" + taskName + "\")]"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
		// a group task's form stays disabled until someone claims it
		List<WebElement> claim = browser.findElements(
				By.xpath("//*[self::button or self::a][normalize-space(.)='Claim' or @title='Claim' or normalize-space(.)='Nhận việc' or @title='Nhận việc']"));
		if (!claim.isEmpty()) {
			click(By.xpath("//*[self::button or self::a][normalize-space(.)='Claim' or @title='Claim' or normalize-space(.)='Nhận việc' or @title='Nhận việc']"));
		}
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".disabled-form")));
	}

	private void completeInTasklist() {
		click(By.xpath("//button[normalize-space(.)='Complete' or normalize-space(.)='Hoàn thành']"));
		sleep(2000);
	}

	private void type(String key, String value) {
		WebElement field = wait.until(ExpectedConditions.elementToBeClickable(
				By.cssSelector("input[id$='-Field_" + key + "'], textarea[id$='-Field_" + key + "']")));
		field.clear();
		field.sendKeys(value);
	}

	/** form-js draws selects as a list that opens on click. */
	private void select(String key, String label) {
		click(By.cssSelector("[id$='-Field_" + key + "-display']"));
		click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)=\"" + label + "\"]"));
	}

	/** A select of the project's own page, by the chosen option's value (the label shows the name). */
	private void choose(String id, String value) {
		new Select(wait.until(ExpectedConditions.elementToBeClickable(By.id(id)))).selectByValue(value);
	}

	/** The native date input of the project's page takes an ISO value, as the browser's picker sets it. */
	private void setDate(String id, String iso) {
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(id)), iso);
	}

	/**
	 * form-js's date picker, typed as the user reads it: dd/MM/yyyy in a Vietnamese browser (form-js
	 * takes the format from the browser's locale and shows it as the placeholder), then left.
	 */
	private void typeDate(String key, String day) {
		WebElement field = wait.until(ExpectedConditions.elementToBeClickable(
				By.cssSelector("input[id$='-Field_" + key + "'], input[id$='-Field_" + key + "-date']")));
		String placeholder = String.valueOf(field.getAttribute("placeholder")).toLowerCase(java.util.Locale.ROOT);
		dateFormats.add(placeholder);
		String[] dmy = day.split("/");
		String typed = placeholder.startsWith("m") ? dmy[1] + "/" + dmy[0] + "/" + dmy[2] : day;
		field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
		field.sendKeys(typed);
		field.sendKeys(Keys.TAB);
		System.out.println("Date typed in " + key + ": " + typed + " -> " + field.getAttribute("value"));
	}

	/** form-js's searchable select: type part of the name, pick the entry. */
	private void pick(String key, String labelStart) {
		WebElement search = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[id$='-Field_" + key + "']")));
		search.click();
		search.sendKeys(labelStart.substring(0, Math.min(12, labelStart.length())));
		click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and starts-with(normalize-space(.), \"" + labelStart + "\")]"));
	}

	/** The text of the open task's form, as the user reads it. */
	private String formText() {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form"))).getText().replace('\n', ' ')
			.replaceAll(" +", " ");
	}

	/** The name Tasklist shows for the user's open task of the process (the models name their tasks). */
	private String taskName(String pi, String user) throws Exception {
		JsonNode tasks = json.readTree(http.get("/engine-rest/task?processInstanceId=" + pi, user + ":" + DemoTest.PASSWORD).body());
		assertThat(tasks).as("open task of %s for %s", pi, user).hasSize(1);
		return tasks.get(0).get("name").asText();
	}

	private void click(By target) {
		for (int attempt = 1;; attempt++) {
			try {
				clickOnce(target);
				return;
			}
			catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
				// Tasklist redrew the list between finding and clicking: find it again
				if (attempt == 3) {
					throw redrawn;
				}
				sleep(500);
			}
		}
	}

	private void clickOnce(By target) {
		WebElement element = wait.until(ExpectedConditions.elementToBeClickable(target));
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		try {
			element.click();
		}
		catch (ElementClickInterceptedException covered) {
			// a notification toast may lie over the button, as it would for a user who waits for it to fade
			((JavascriptExecutor) browser).executeScript("arguments[0].click();", element);
		}
	}

	/** The date formats form-js showed, printed at the end (dd/mm/yyyy in a Vietnamese browser). */
	final java.util.Set<String> dateFormats = new java.util.TreeSet<>();

	/** The English words each page of the walk shows (goal 0), printed at the end. */
	final java.util.Map<String, List<String>> englishWords = new java.util.LinkedHashMap<>();

	private void shot(String name) {
		HeadlessChromium.screenshot(browser, name);
		englishWords.put(name, EnglishWords.in(browser.findElement(By.tagName("body")).getText()));
	}

	// ---- the rest of the case, through the REST API as the bodies call it

	private String waitForCase() {
		for (int i = 0; i < 40; i++) {
			List<String> ids = jdbc.sql("select process_instance_id from admission_case where person_id = ?").param(PERSON)
				.query(String.class).list();
			if (!ids.isEmpty()) {
				return ids.get(0);
			}
			sleep(500);
		}
		throw new AssertionError("the start form did not open a case for " + PERSON);
	}

	private String currentTask(String pi, String user) throws Exception {
		JsonNode tasks = json.readTree(http.get("/engine-rest/task?processInstanceId=" + pi, user + ":" + DemoTest.PASSWORD).body());
		return tasks.size() == 1 ? tasks.get(0).get("taskDefinitionKey").asText() : tasks.toString();
	}

	private void complete(String pi, String user, String activity, String variables) throws Exception {
		JsonNode tasks = json.readTree(http.get("/engine-rest/task?processInstanceId=" + pi, user + ":" + DemoTest.PASSWORD).body());
		assertThat(tasks).as("task %s for %s", activity, user).hasSize(1);
		assertThat(tasks.get(0).get("taskDefinitionKey").asText()).isEqualTo(activity);
		assertThat(http.post("/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete", user + ":" + DemoTest.PASSWORD,
				"{\"variables\":" + variables + "}").statusCode()).isEqualTo(204);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

}
