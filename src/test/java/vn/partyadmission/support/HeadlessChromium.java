package vn.partyadmission.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven headless for the browser tests, and their screenshots under
 * target/screenshots/. CI installs Chromium and sets BROWSER_REQUIRED=true, so there a missing
 * browser fails the test; elsewhere the test is skipped with the command to install it.
 */
public final class HeadlessChromium {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private HeadlessChromium() {
	}

	public static WebDriver start() {
		return start(null);
	}

	/** A browser whose language (Accept-Language and navigator.languages) is this one, e.g. "vi-VN"; null: its default. */
	public static WebDriver start(String language) {
		boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if ("true".equals(System.getenv("BROWSER_REQUIRED"))) {
			assertThat(available).as("Chromium and ChromeDriver (Debian: chromium chromium-driver)").isTrue();
		}
		Assumptions.assumeTrue(available, "Chromium not installed: apt-get install chromium chromium-driver");
		try {
			Files.createDirectories(SCREENSHOTS);
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM.toFile());
			// no background traffic: the machine has no internet and refuses it
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
					"--disable-sync", "--window-size=1440,1000",
					"--user-data-dir=" + Files.createTempDirectory("chromium").toAbsolutePath());
			// a Vietnamese user's browser unless a test asks for another: Accept-Language and
			// navigator.languages, the date inputs' format (dd/MM/yyyy)
			String lang = language == null ? "vi-VN" : language;
			boolean vietnamese = lang.startsWith("vi");
			options.addArguments("--lang=" + lang);
			options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", vietnamese ? "vi-VN,vi" : lang));
			// on Linux Chromium takes its interface language (Intl's default, the date inputs' format) from the environment
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
				.withEnvironment(vietnamese ? java.util.Map.of("LANGUAGE", "vi", "LANG", "vi_VN.UTF-8") : java.util.Map.of())
				.usingAnyFreePort()
				.build();
			return new ChromeDriver(service, options);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static void screenshot(WebDriver browser, String name) {
		try {
			Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
