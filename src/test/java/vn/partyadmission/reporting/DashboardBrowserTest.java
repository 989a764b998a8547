package vn.partyadmission.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.partyadmission.support.DemoTest;
import vn.partyadmission.support.HeadlessChromium;
import vn.partyadmission.support.Http;

/**
 * The dashboard in headless Chromium, as Tam Dương's organizing commission opens it after the
 * web login: the figures, the three server-drawn charts, the tables with their export links, and
 * no sight of Hoàng An. The screenshot goes to target/screenshots/dashboard.png.
 */
@DemoTest
class DashboardBrowserTest {

	@LocalServerPort
	int port;

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
	void organizingCommissionSeesItsCommunesFiguresChartsAndExports_andNothingOfAnotherCommune() throws Exception {
		// anonymous: the login page first, then back to the page asked for
		browser.get(http.uri("/dashboard?year=2025").toString());
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("organizing.tamduong");
		browser.findElement(By.id("password")).sendKeys(DemoTest.PASSWORD);
		browser.findElement(By.cssSelector("button[type='submit']")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#chart-admitted svg")));
		assertThat(browser.getCurrentUrl()).contains("/dashboard");

		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Đảng bộ xã Tam Dương");
		assertThat(browser.findElements(By.cssSelector("#chart-admitted svg rect"))).hasSizeGreaterThan(4);
		assertThat(browser.findElements(By.cssSelector("#chart-funnel svg rect"))).isNotEmpty();
		assertThat(browser.findElements(By.cssSelector("#chart-trend svg rect"))).hasSize(12);
		assertThat(browser.findElement(By.id("card-village-heads")).getText()).contains("/");
		// the demo profile: a band says the figures are not real, and the membership and rate cards are there
		assertThat(browser.findElement(By.id("demo-band")).isDisplayed()).isTrue();
		assertThat(browser.findElement(By.id("demo-band")).getText()).isEqualTo("Dữ liệu minh họa, không phải số liệu thật");
		assertThat(browser.findElement(By.id("card-membership")).getText()).contains("→");
		assertThat(browser.findElement(By.id("card-rate")).getText()).contains("%");
		WebElement csv = browser.findElement(By.xpath("//div[@id='table-admitted']//a[normalize-space(.)='CSV']"));
		assertThat(csv.getAttribute("href")).endsWith("/api/reports/xa.tamduong/admitted.csv?year=2025");
		assertThat(browser.findElement(By.xpath("//div[@id='table-sector']//a[normalize-space(.)='XLSX']")).getAttribute("href"))
			.endsWith("/api/reports/xa.tamduong/sector.xlsx?year=2025");

		// the picker lists only units the commission may see
		List<String> units = new Select(browser.findElement(By.id("unit"))).getOptions().stream()
			.map(o -> o.getAttribute("value")).toList();
		assertThat(units).contains("xa.tamduong", "xa.tamduong.agency1").noneMatch(id -> id.startsWith("xa.hoangan"))
			.noneMatch(id -> id.equals("td") || id.equals("phutho"));
		HeadlessChromium.screenshot(browser, "dashboard");

		browser.get(http.uri("/dashboard?unit=xa.hoangan&year=2025").toString());
		assertThat(browser.getPageSource()).contains("Không tìm thấy đơn vị “xa.hoangan”").doesNotContain("Hoàng An");
	}

}
