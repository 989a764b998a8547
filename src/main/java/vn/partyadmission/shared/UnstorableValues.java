package vn.partyadmission.shared;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Camunda's REST APIs store any variable a request sends, also one no step reads. A text the
 * database cannot store (U+0000, which PostgreSQL refuses, or more than the 4000 characters of a
 * variable's text column) then fails only when the engine writes, and a variable the REST API cannot
 * read (null, an empty type, a File without a file name, an Object: no step takes one) fails inside it:
 * both as a 500. {@link EngineErrorResponses} answers such a failure 400 naming the value, in
 * Camunda's error shape; nothing was written.
 */
final class UnstorableValues {

	/** ACT_RU_VARIABLE.TEXT_ (and its history) holds this many characters. */
	static final int VARIABLE_TEXT = 4000;

	private UnstorableValues() {
	}

	/** The first variable the REST API cannot turn into a value, named, and why. */
	static Optional<String> unreadable(JsonNode body) {
		if (body == null || !body.path("variables").isObject()) {
			return Optional.empty();
		}
		for (Iterator<Map.Entry<String, JsonNode>> variables = body.path("variables").fields(); variables.hasNext();) {
			Map.Entry<String, JsonNode> variable = variables.next();
			String name = "variables." + variable.getKey();
			JsonNode value = variable.getValue();
			if (!value.isObject()) {
				return Optional.of(Messages.say("variable.not-an-object", name, value));
			}
			String type = value.path("type").asText("");
			JsonNode info = value.path("valueInfo");
			if (value.has("type") && type.isBlank()) {
				return Optional.of(Messages.say("variable.no-type", name));
			}
			if (type.equalsIgnoreCase("File") && !info.path("filename").isTextual()) {
				return Optional.of(Messages.say("variable.file-name", name));
			}
			// no step reads an Object; Java serialization is prohibited and JSON objects have no serializer here
			if (type.equalsIgnoreCase("Object")) {
				return Optional.of(Messages.say("variable.object", name));
			}
		}
		return Optional.empty();
	}

	/** The first text in the request that cannot be stored, named by its path, and why. */
	static Optional<String> unstorable(String path, JsonNode node) {
		if (node == null) {
			return Optional.empty();
		}
		if (node.isTextual()) {
			String text = node.asText();
			if (text.indexOf('\u0000') >= 0) {
				return Optional.of(Messages.say("variable.nul", path));
			}
			if (text.length() > VARIABLE_TEXT) {
				return Optional.of(Messages.say("variable.too-long", path, text.length(), VARIABLE_TEXT));
			}
			return Optional.empty();
		}
		if (node.isObject()) {
			for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
				Map.Entry<String, JsonNode> field = fields.next();
				Optional<String> found = unstorable(path.isEmpty() ? field.getKey() : path + "." + field.getKey(),
						field.getValue());
				if (found.isPresent()) {
					return found;
				}
			}
		}
		if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				Optional<String> found = unstorable(path + "[" + i + "]", node.get(i));
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}

}
