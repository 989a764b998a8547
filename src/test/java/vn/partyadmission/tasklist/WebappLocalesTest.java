package vn.partyadmission.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Vietnamese locale of each Camunda webapp is complete against the 7.24 webjar's English one:
 * every key there, with its placeholders ({{name}}, %d…) and links kept, and a Vietnamese text
 * wherever the English has words (a missing key would show the raw key, e.g. CREATE_TASK).
 */
class WebappLocalesTest {

	static final Pattern PLACEHOLDERS = Pattern.compile("\\{\\{[^}]*}}|\\{}|%[sd]|href=\"[^\"]*\"");

	final ObjectMapper json = new ObjectMapper();

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
	void everyKeyOfCamundasEnglishLocale_isInOurVietnamese_withItsPlaceholders(String webapp) throws IOException {
		JsonNode en = read("/META-INF/resources/webjars/camunda/app/" + webapp + "/locales/en.json");
		JsonNode vi = read("/META-INF/resources/webjars/camunda/app/" + webapp + "/locales/vi.json");
		List<String> missing = new ArrayList<>();
		List<String> changed = new ArrayList<>();
		compare("", en, vi, missing, changed);
		assertThat(missing).as("keys of en.json missing in vi.json").isEmpty();
		assertThat(changed).as("placeholders or links changed").isEmpty();
	}

	private void compare(String path, JsonNode en, JsonNode vi, List<String> missing, List<String> changed) {
		if (en.isObject()) {
			for (Iterator<Map.Entry<String, JsonNode>> fields = en.fields(); fields.hasNext();) {
				Map.Entry<String, JsonNode> field = fields.next();
				String key = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
				if (vi == null || !vi.has(field.getKey())) {
					missing.add(key);
				}
				else {
					compare(key, field.getValue(), vi.get(field.getKey()), missing, changed);
				}
			}
		}
		else if (en.isArray()) {
			if (vi == null || !vi.isArray() || vi.size() != en.size()) {
				missing.add(path + "[]");
				return;
			}
			for (int i = 0; i < en.size(); i++) {
				compare(path + "[" + i + "]", en.get(i), vi.get(i), missing, changed);
			}
		}
		else if (en.isTextual()) {
			if (!vi.isTextual()) {
				missing.add(path);
			}
			else if (!placeholders(en.asText()).equals(placeholders(vi.asText()))) {
				changed.add(path + ": " + en.asText() + " -> " + vi.asText());
			}
		}
	}

	private static List<String> placeholders(String text) {
		List<String> found = new ArrayList<>();
		Matcher m = PLACEHOLDERS.matcher(text);
		while (m.find()) {
			found.add(m.group().replace(" ", ""));
		}
		found.sort(null);
		return found;
	}

	private JsonNode read(String resource) throws IOException {
		try (InputStream in = getClass().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			return json.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", ""));
		}
	}

}
