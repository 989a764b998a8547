package vn.partyadmission.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No password or secret is written into the configuration outside the demo profile: each is empty
 * (the embedded development database) or read from an environment variable without a default.
 */
class SecretsComeFromTheEnvironmentTest {

	@Test
	void everyPasswordOrSecretSetting_outsideDemo_isEmptyOrAnEnvironmentVariableWithoutDefault() throws IOException {
		Map<String, Object> secrets = new LinkedHashMap<>();
		for (String file : new String[] { "application.yml", "application-postgres.yml" }) {
			try (InputStream in = getClass().getClassLoader().getResourceAsStream(file)) {
				assertThat(in).as(file).isNotNull();
				for (Object document : new Yaml().loadAll(in)) {
					collect(file + ":", document, secrets);
				}
			}
		}

		assertThat(secrets).as("settings named password or secret").isNotEmpty();
		assertThat(secrets).allSatisfy((key, value) -> assertThat(String.valueOf(value)).as(key)
			.matches("|\\$\\{[A-Z_]+\\}"));
	}

	@SuppressWarnings("unchecked")
	private static void collect(String path, Object node, Map<String, Object> secrets) {
		if (node instanceof Map<?, ?> map) {
			map.forEach((k, v) -> collect(path + "." + k, v, secrets));
		}
		else {
			String key = path.toLowerCase();
			if (key.endsWith("password") || key.endsWith("secret")) {
				secrets.put(path, node == null ? "" : node);
			}
		}
	}

}
