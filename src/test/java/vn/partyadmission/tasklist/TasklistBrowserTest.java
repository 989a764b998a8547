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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.partyadmission.membership.MemberRegister;

import vn.partyadmission.support.DemoTest;
import vn.partyadmission.support.HeadlessChromium;
import vn.partyadmission.support.Http;
import vn.partyadmission.support.WebSession;

/**
 * The real Camunda Tasklist in headless Chromium: a cell secretary starts a case with the start
 * form, the standing committee signs off the decision (9-KNĐ) through its form, the secretary
 * downloads that decision from the link on the ceremony's form, the mentor
 * writes a quarterly note through hers, and the secretary of another cell sees none of it.
 * Screenshots of each step go to target/screenshots/.
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
	void secretaryStartsACase_committeeSignsOff_mentorWritesANote_otherCellSeesNothing() throws Exception {
		// 1. the cell secretary starts the case from Tasklist's "Start process" with the start form
		signIn("secretary.hophoa1");
		shot("01-secretary-tasklist");
		click(By.xpath("//a[contains(normalize-space(.), 'Start process')]"));
		click(By.xpath("//a[contains(normalize-space(.), 'Kết nạp đảng viên')]"));
		type("personId", PERSON);
		type("cellId", "xa.tamduong.hophoa1");
		click(By.cssSelector("input[id$='-Field_introductionPath-0']"));
		type("introducer1Id", "p00001");
		select("introducer1Relation", "Worked together");
		type("introducer1Since", "2019-05-01");
		type("introducer2Id", "p00002");
		select("introducer2Relation", "Lived in the same residence area");
		type("introducer2Since", "2018-09-01");
		type("certificateNumber", "CN-77/2025");
		type("certificateDate", "2025-11-20");
		shot("02-secretary-start-form");
		click(By.xpath("//div[contains(@class,'modal-footer')]//button[contains(normalize-space(.), 'Start')]"));
		String pi = waitForCase();
		shot("03-secretary-case-started");

		// the cell's own steps, then the organizing commission, through the REST API
		complete(pi, "secretary.hophoa1", "ReceiveApplication", "{\"applicationDate\":{\"value\":\"2026-01-05\"},\"personalHistoryDate\":{\"value\":\"2026-01-05\"}}");
		complete(pi, "secretary.hophoa1", "VerifyBackground", "{\"backgroundVerified\":{\"value\":true},\"verificationConclusion\":{\"value\":\"Clear\"},\"verificationDate\":{\"value\":\"2026-01-10\"}}");
		complete(pi, "secretary.hophoa1", "CollectComments", "{\"commentsSummary\":{\"value\":\"Agreed\"},\"commentsDate\":{\"value\":\"2026-01-12\"}}");
		// every official member the register counts on the meeting day present, one against
		int base = members.officialMembersOn("xa.tamduong.hophoa1", LocalDate.of(2026, 1, 15));
		complete(pi, "secretary.hophoa1", "HoldCellMeeting", "{\"meetingDate\":{\"value\":\"2026-01-15\"},\"officialMembers\":{\"value\":" + base + "},\"attendees\":{\"value\":" + base + "},\"votesFor\":{\"value\":" + (base - 1) + "},\"votesAgainst\":{\"value\":1}}");
		complete(pi, "organizing.tamduong", "AppraiseByOrganizingCommission", "{\"appraisalOutcome\":{\"value\":\"FORWARD\"}}");

		// 2. the standing committee signs off the decision through its form
		signIn("standing.tamduong");
		openTask("Chờ cấp ủy quyết định", "Ban thường vụ quyết định kết nạp");
		// the server checks the form too: a rejection without its reason is refused, field by field
		click(By.cssSelector("input[id$='-Field_admissionDecision-1']"));
		completeInTasklist();
		wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.xpath("//*[contains(normalize-space(.), 'decisionReason: is required')]")));
		assertThat(browser.getPageSource()).doesNotContain("ENGINE-03051");
		shot("04a-refused-without-reason");
		assertThat(currentTask(pi, "standing.tamduong")).isEqualTo("DecideAdmission");
		click(By.cssSelector("input[id$='-Field_admissionDecision-0']"));
		type("decisionNumber", "QĐ 21-QĐ/ĐU");
		type("decisionDate", "2026-02-20");
		shot("04-standing-committee-decision-form");
		completeInTasklist();
		shot("05-standing-committee-signed-off");
		assertThat(currentTask(pi, "secretary.hophoa1")).isEqualTo("HoldAdmissionCeremony");

		// 2b. the ceremony's form links the decision (9-KNĐ); the browser's session downloads it
		String caseId = jdbc.sql("select id from admission_case where person_id = ?").param(PERSON).query(String.class).single();
		signIn("secretary.hophoa1");
		openTask(MINE, "Tổ chức lễ kết nạp, phân công");
		WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.xpath("//a[contains(@href, '/documents/cases/') and contains(normalize-space(.), '9-KNĐ')]")));
		assertThat(link.getAttribute("href")).endsWith("/documents/cases/" + caseId + "/9-knd.pdf");
		shot("05b-ceremony-form-decision-link");
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

		complete(pi, "secretary.hophoa1", "HoldAdmissionCeremony", "{\"ceremonyDate\":{\"value\":\"2026-02-27\"},\"mentorId\":{\"value\":\"p00003\"},\"oathTaken\":{\"value\":true}}");
		String probation = json.readTree(http.get("/engine-rest/process-instance?superProcessInstance=" + pi, "admin:" + DemoTest.PASSWORD).body())
			.get(0).get("id").asText();
		management.executeJob(management.createJobQuery().processInstanceId(probation).activityId("QuarterPassed")
			.singleResult().getId());

		// 3. the mentor writes the quarterly note through the form of her task
		signIn("p00003");
		openTask(MINE, "nhận xét đảng viên dự bị hằng quý");
		type("mentorNote", "Active in the Youth Union; leads the village's digital literacy class.");
		shot("06-mentor-note-form");
		completeInTasklist();
		shot("07-mentor-note-done");
		assertThat(jdbc.sql("select count(*) from mentor_note where person_id = ?").param(PERSON).query(Long.class).single())
			.isEqualTo(1);

		// 4. the secretary of another commune's cell sees none of these tasks
		signIn("secretary.anhoa1");
		clickFilter(MINE);
		shot("08-other-cell-sees-nothing");
		assertThat(browser.getPageSource()).doesNotContain(caseId).doesNotContain("nhận xét đảng viên dự bị hằng quý");
		assertThat(http.get("/engine-rest/task?processInstanceBusinessKey=" + caseId, "secretary.anhoa1:" + DemoTest.PASSWORD).body())
			.isEqualTo("[]");
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
				By.xpath("//*[self::button or self::a][normalize-space(.)='Claim' or @title='Claim']"));
		if (!claim.isEmpty()) {
			click(By.xpath("//*[self::button or self::a][normalize-space(.)='Claim' or @title='Claim']"));
		}
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".disabled-form")));
	}

	private void completeInTasklist() {
		click(By.xpath("//button[normalize-space(.)='Complete']"));
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

	private void click(By target) {
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

	private void shot(String name) {
		HeadlessChromium.screenshot(browser, name);
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
