package vn.partyadmission.reorganization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.partyadmission.membership.Change;
import vn.partyadmission.membership.Education;
import vn.partyadmission.membership.MemberRegister;
import vn.partyadmission.membership.MemberStatus;
import vn.partyadmission.membership.Person;
import vn.partyadmission.organization.OrganizationTree;
import vn.partyadmission.support.DemoTest;
import vn.partyadmission.support.HeadlessChromium;
import vn.partyadmission.support.Http;

/**
 * The tree screen in headless Chromium, as Tam Dương's organizing commission uses it after the web
 * login: two cells set up and one renamed through its forms, then a reform plan merging them
 * written, previewed (nothing changes) and applied. Screenshots: target/screenshots/tree-*.png.
 */
@DemoTest
class TreeBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	OrganizationTree tree;

	@Autowired
	MemberRegister members;

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
	void organizingCommissionChangesTheTree_thenPreviewsAndAppliesAReform() {
		browser.get(http.uri("/organization-tree?unit=xa.tamduong").toString());
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("organizing.tamduong");
		browser.findElement(By.id("password")).sendKeys(DemoTest.PASSWORD);
		browser.findElement(By.cssSelector("button[type='submit']")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unit-details")));
		assertThat(browser.findElement(By.cssSelector("#unit-details h2")).getText()).contains("Tam Dương");
		// the tree shows the commune's units with their dates, and nothing of another commune
		assertThat(browser.findElement(By.id("unit-xa.tamduong.hophoa1")).isDisplayed()).isTrue();
		assertThat(browser.findElements(By.id("unit-xa.hoangan"))).isEmpty();

		addCell("xa.tamduong.webcell1", "Chi bộ Thôn Web");
		addCell("xa.tamduong.webcell2", "Chi bộ Thôn Mạng");
		WebElement rename = browser.findElement(By.id("form-rename"));
		rename.findElement(By.name("name")).clear();
		rename.findElement(By.name("name")).sendKeys("Chi bộ Thôn Mạng Mới");
		rename.findElement(By.name("effectiveDate")).sendKeys("2026-02-01");
		rename.findElement(By.tagName("button")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#unit-details h2"), "Chi bộ Thôn Mạng Mới"));
		assertThat(browser.findElement(By.id("changes")).getText()).contains("Đổi tên", "2026-02-01");
		members.register(new Person("web-tree-o1", "Đỗ Thị Lan", LocalDate.of(1985, 2, 2), "FEMALE", "Kinh", Education.HIGHER,
				"Thôn Web", "Thôn Web", "xa.tamduong.webcell1", false), MemberStatus.OFFICIAL, LocalDate.of(2012, 5, 19),
				new Change(null, null, "test", "Official member", null));

		browser.get(http.uri("/organization-tree/plans").toString());
		WebElement create = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("form-create-plan")));
		create.findElement(By.name("title")).sendKeys("Hợp nhất chi bộ Thôn Web và Thôn Mạng");
		create.findElement(By.name("effectiveDate")).sendKeys("2026-03-01");
		create.findElement(By.name("changes")).sendKeys("MERGE xa.tamduong.webcell1 xa.tamduong.webcell2");
		create.findElement(By.tagName("button")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("form-preview")));
		assertThat(browser.findElement(By.id("plan-changes")).getText()).contains("Sáp nhập xa.tamduong.webcell1 vào xa.tamduong.webcell2");
		assertThat(browser.findElements(By.id("form-apply"))).isEmpty();

		browser.findElement(By.cssSelector("#form-preview button")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#outcome.preview")));
		assertThat(browser.findElement(By.id("outcome-people")).getText()).contains("web-tree-o1", "Đỗ Thị Lan", "xa.tamduong.webcell2");
		assertThat(browser.findElement(By.id("outcome-bodies")).getText()).contains("xa.tamduong.webcell2.secretary");
		assertThat(members.findPerson("web-tree-o1").orElseThrow().cellId()).isEqualTo("xa.tamduong.webcell1");
		HeadlessChromium.screenshot(browser, "tree-preview");

		browser.findElement(By.cssSelector("#form-apply button")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#outcome.applied")));
		assertThat(browser.findElement(By.id("plan-status")).getText()).contains("đã áp dụng");
		assertThat(browser.findElements(By.id("form-apply"))).isEmpty();
		assertThat(members.findPerson("web-tree-o1").orElseThrow().cellId()).isEqualTo("xa.tamduong.webcell2");
		assertThat(tree.find("xa.tamduong.webcell1").orElseThrow().validTo()).isEqualTo(LocalDate.of(2026, 3, 1));
		HeadlessChromium.screenshot(browser, "tree-applied");

		// the ended cell shows its dates and successor in the tree, struck through
		browser.get(http.uri("/organization-tree?unit=xa.tamduong.webcell1").toString());
		assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unit-details"))).getText())
			.contains("đến 2026-03-01 → xa.tamduong.webcell2", "Đơn vị đã kết thúc hoạt động");
	}

	private void addCell(String id, String name) {
		browser.get(http.uri("/organization-tree?unit=xa.tamduong").toString());
		WebElement add = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("form-add")));
		add.findElement(By.name("id")).clear();
		add.findElement(By.name("id")).sendKeys(id);
		add.findElement(By.name("name")).sendKeys(name);
		new Select(add.findElement(By.name("kind"))).selectByValue("GRASSROOTS_CELL");
		add.findElement(By.name("effectiveDate")).sendKeys("2026-01-05");
		add.findElement(By.tagName("button")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#unit-details h2"), name));
	}

}
