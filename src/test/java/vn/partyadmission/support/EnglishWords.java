package vn.partyadmission.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The English words in the text a user sees on a page, for the browser tests that count them (goal 0
 * on every Vietnamese page). The dictionary is every word of Camunda's own English texts (the
 * webjar's {@code locales/en.json} of Tasklist, Cockpit, Admin and Welcome) plus common English words of
 * forms and codes, less the Vietnamese syllables written without diacritics that are also English
 * words ("an", "do", "in", "long"...). Ids, codes and form codes (anything with a digit, a dot inside,
 * '_', '@' or '/'), and proper names of the software, are not words a user reads as English.
 */
public final class EnglishWords {

	private static final String[] WEBAPPS = { "tasklist", "cockpit", "admin", "welcome" };

	/** Common English words of forms, task names and raw codes that Camunda's own texts may lack. */
	private static final String EXTRA = """
			a about above accept accepted admission after agreed all also and application applicant apply appraisal
			approve approved are as at awaiting be before below body by candidate case cell ceremony class clear
			comment comments committee complete completed course date decide decided decision dossier farmer for
			from has have he her his history how if into is it its meeting member members mentor new not note
			of on or our out over party person please probation quarterly reason record refused rejected report
			required residence same secretary she sign standing start started step steps task tasks than that the
			their them then there these they this those through together under until vote votes was we were what
			when where which who will with worked worker yes you your
			""";

	/**
	 * Syllables of Vietnamese written without diacritics (or names of places and people) that are also
	 * English words: "In" (print), "do" (because), "An Hòa", "Kim Long", "Tam Dương", "Ban"...
	 */
	private static final Set<String> VIETNAMESE = Set.of("a", "an", "anh", "ba", "ban", "bang", "bi", "bo", "ca",
			"cam", "can", "canh", "chi", "con", "da", "dan", "do", "dong", "em", "gia", "ha", "hai", "hang", "hay",
			"ho", "hoa", "hung", "in", "kim", "la", "lam", "lan", "long", "mai", "me", "mi", "nam", "nho", "phan",
			"quan", "sang", "so", "son", "tam", "tan", "thi", "thu", "tin", "to", "ton", "trang", "tu", "van", "xa", "yen");

	/**
	 * Names of software and organizations, not English a user is asked to read; and "default", the
	 * process engine's name, which Camunda's header shows only when one JVM holds several engines (the
	 * test suite's cached application contexts), never in a deployment with its one engine.
	 */
	private static final Set<String> PROPER_NAMES = Set.of("camunda", "operaton", "bpmn", "dmn", "cmmn", "pdf",
			"excel", "csv", "json", "xml", "html", "http", "https", "rest", "api", "utc", "gmt", "ict", "ldap", "ctrl",
			"default");

	private static final Pattern WORD = Pattern.compile("\\p{L}+");

	private static final Pattern ID_OR_CODE = Pattern.compile(".*(\\d|\\p{L}[._]\\p{L}|[@/_]).*");

	private static final Set<String> DICTIONARY = load();

	private EnglishWords() {
	}

	/** The English words of the text, in order, with repetitions; empty when none. */
	public static List<String> in(String visibleText) {
		List<String> found = new ArrayList<>();
		if (visibleText == null) {
			return found;
		}
		for (String chunk : visibleText.split("\\s+")) {
			if (chunk.isEmpty() || ID_OR_CODE.matcher(chunk).matches()) {
				continue;
			}
			Matcher word = WORD.matcher(chunk);
			while (word.find()) {
				String w = word.group();
				if (isEnglish(w)) {
					found.add(w);
				}
			}
		}
		return found;
	}

	/** Whether this one word (letters only) counts as English. */
	public static boolean isEnglish(String word) {
		if (word.length() < 2 || !word.chars().allMatch(c -> c < 128)) {
			return false;
		}
		return DICTIONARY.contains(word.toLowerCase(Locale.ROOT));
	}

	private static Set<String> load() {
		Set<String> words = new HashSet<>();
		collect(EXTRA, words);
		ObjectMapper json = new ObjectMapper();
		ClassLoader loader = EnglishWords.class.getClassLoader();
		for (String webapp : WEBAPPS) {
			try {
				Enumeration<URL> resources = loader.getResources("META-INF/resources/webjars/camunda/app/" + webapp + "/locales/en.json");
				for (URL url : Collections.list(resources)) {
					try (InputStream in = url.openStream()) {
						String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
						values(json.readTree(text), words);
					}
				}
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		words.removeAll(VIETNAMESE);
		words.removeAll(PROPER_NAMES);
		return Set.copyOf(words);
	}

	private static void values(JsonNode node, Set<String> words) {
		if (node.isTextual()) {
			// markup and placeholders are not text a user reads
			collect(node.asText().replaceAll("<[^>]*>", " ").replaceAll("\\{\\{[^}]*}}", " ").replaceAll("\\{[^}]*}", " "), words);
		}
		else {
			node.forEach(child -> values(child, words));
		}
	}

	private static void collect(String text, Set<String> words) {
		Matcher word = Pattern.compile("[A-Za-z]+").matcher(text);
		while (word.find()) {
			if (word.group().length() >= 2) {
				words.add(word.group().toLowerCase(Locale.ROOT));
			}
		}
	}

}
