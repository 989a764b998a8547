package vn.partyadmission.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The refusals a person reads: Vietnamese by default, English on request, one bundle keyed by the rule's code. */
class MessagesTest {

	@AfterEach
	void noRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void aRefusalIsVietnamese_namingTheFieldByItsName_withoutFieldKeyOrRuleCode() {
		InvalidInputException refused = InvalidInputException.of("votesFor", "votes-within-attendees", 5, 4, 8);

		assertThat(refused.detail()).isEqualTo("Số phiếu tán thành và không tán thành (5 + 4) không được lớn hơn số có mặt (8).");
		assertThat(refused.errors()).singleElement().satisfies(e -> {
			assertThat(e.field()).isEqualTo("votesFor");
			assertThat(e.rule()).isEqualTo("votes-within-attendees");
		});
		// the exception's own message, for logs and developers, keeps field and rule
		assertThat(refused.getMessage()).contains("votesFor: ").contains("[votes-within-attendees]");
	}

	@Test
	void aRequiredFieldIsNamedInVietnamese_andDatesAreWrittenDayMonthYear() {
		Inputs in = new Inputs(java.util.Map.of("ceremonyDate", "2026-03-01"));
		in.text("decisionNumber");
		in.check(false, "ceremonyDate", "after-decision", LocalDate.of(2026, 3, 5));

		org.assertj.core.api.Assertions.assertThatThrownBy(in::throwIfInvalid).isInstanceOfSatisfying(InvalidInputException.class,
				e -> assertThat(e.detail()).isEqualTo("Cần nhập số quyết định. "
						+ "Ngày tổ chức lễ kết nạp không được trước ngày quyết định kết nạp (05/03/2026)."));
	}

	@Test
	void englishWhenTheRequestPrefersEnglish_vietnameseWhenItPutsVietnameseFirst() {
		ask("en-GB,en;q=0.9,vi;q=0.5");
		assertThat(InvalidInputException.of("decisionNumber", "required").detail()).isEqualTo("The decision number is required.");

		ask("vi-VN,vi;q=0.9,en;q=0.5");
		assertThat(InvalidInputException.of("decisionNumber", "required").detail()).isEqualTo("Cần nhập số quyết định.");

		ask("fr");
		assertThat(InvalidInputException.of("decisionNumber", "required").detail()).isEqualTo("Cần nhập số quyết định.");
	}

	@Test
	void aDateKeptAsText_readsLikeAnyOtherDate() {
		assertThat(InvalidInputException.of("decisionDate", "after-cell-resolution", "2026-01-15").detail())
			.isEqualTo("Ngày quyết định không được trước ngày nghị quyết của chi bộ (15/01/2026).");
	}

	@Test
	void aYearIsNotGroupedLikeAnAmount() {
		assertThat(InvalidInputException.of("year", "calendar-range", 2000, 2100, 1999).detail())
			.isEqualTo("Năm phải từ 2000 đến 2100; không nhận 1999.");
	}

	@Test
	void anApostropheInAMessageWithArgumentsIsKept() {
		ask("en");
		assertThat(InvalidInputException.of("body", "json-object").detail()).contains("request's fields");
		assertThat(InvalidInputException.of("x", "unknown-field", "x", "[a, b]").detail()).isEqualTo("\"x\" is not a field of this request; known: [a, b].");
	}

	/** Every refusal code the code makes has a message in both languages: none falls back to "is not valid". */
	@Test
	void everyRuleRefusedInTheCodeHasAVietnameseAndAnEnglishMessage() throws IOException {
		Properties vi = load("/messages_vi.properties");
		Properties en = load("/messages_en.properties");
		Pattern made = Pattern.compile("(?:InvalidInputException|ConflictException|FieldError)\\.of\\(\\s*(\"[^\"]+\"|[\\w.() +\"\\[\\]]+?)\\s*,\\s*\"([^\"]+)\""
				+ "|\\bin\\.(?:refuse|check)\\((?:[^;]*?,\\s*)?(\"[^\"]+\"|[\\w +\"]+?)\\s*,\\s*\"([^\"]+)\"");
		Pattern said = Pattern.compile("Messages\\.say\\(\"([^\"]+)\"\\s*[,)]");
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file);
				Matcher m = made.matcher(source);
				while (m.find()) {
					String field = (m.group(1) != null ? m.group(1) : m.group(3)).replace("\"", "");
					String rule = m.group(2) != null ? m.group(2) : m.group(4);
					for (Properties bundle : new Properties[] { vi, en }) {
						if (!bundle.containsKey("refusal." + rule) && !bundle.containsKey("refusal." + rule + "." + field)) {
							missing.add((bundle == vi ? "vi " : "en ") + file.getFileName() + ": " + field + " " + rule);
						}
					}
				}
				Matcher s = said.matcher(source);
				while (s.find()) {
					String key = s.group(1);
					boolean prefix = key.endsWith(".");
					for (Properties bundle : new Properties[] { vi, en }) {
						boolean found = prefix ? bundle.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key))
								: bundle.containsKey(key);
						if (!found) {
							missing.add((bundle == vi ? "vi " : "en ") + file.getFileName() + ": " + key);
						}
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void theEnglishBundleHasEveryMessageOfTheVietnamese_fieldNamesApart() throws IOException {
		Properties vi = load("/messages_vi.properties");
		Properties en = load("/messages_en.properties");
		Set<String> untranslated = new TreeSet<>(vi.stringPropertyNames());
		untranslated.removeIf(k -> k.startsWith("field.") || en.containsKey(k));
		assertThat(untranslated).isEmpty();
	}

	private static void ask(String acceptLanguage) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader("Accept-Language", acceptLanguage);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
