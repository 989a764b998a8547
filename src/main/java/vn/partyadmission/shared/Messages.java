package vn.partyadmission.shared;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What the project's refusals say to a person, from one message bundle ({@code messages_vi.properties},
 * {@code messages_en.properties}) keyed by the stable code that the answer also carries. Vietnamese is
 * the default; English only when the request's Accept-Language puts English before Vietnamese.
 * <p>
 * Keys: {@code refusal.<rule>.<field>} (a field's own wording) or {@code refusal.<rule>}; a message may
 * name its field with {@code {field}} (or {@code {Field}} at the start of a sentence), read from
 * {@code field.<name>}; {@code {0}}, {@code {1}}… are the arguments. Static, because refusals are made
 * in engine commands and value objects that are not Spring beans; the text is made in the request's
 * thread, where the language is known (outside a request: Vietnamese).
 */
public final class Messages {

	public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final List<String> SUPPORTED = List.of("vi", "en");


	private static final java.util.regex.Pattern ISO_DAY = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final ResourceBundleMessageSource BUNDLE = new ResourceBundleMessageSource();

	static {
		BUNDLE.setBasename("messages");
		BUNDLE.setDefaultEncoding("UTF-8");
		BUNDLE.setFallbackToSystemLocale(false);
		BUNDLE.setDefaultLocale(VIETNAMESE);
	}

	private Messages() {
	}

	/** The language of the current request: English if it asks for English before Vietnamese, else Vietnamese. */
	public static Locale locale() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return VIETNAMESE;
		}
		return prefersEnglish(attributes.getRequest()) ? Locale.ENGLISH : VIETNAMESE;
	}

	static boolean prefersEnglish(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (header == null || header.isBlank()) {
			return false;
		}
		try {
			return "en".equals(Locale.lookupTag(Locale.LanguageRange.parse(header), SUPPORTED));
		}
		catch (IllegalArgumentException malformed) {
			return false;
		}
	}

	/** The message under a key, in the request's language. */
	public static String say(String key, Object... args) {
		return text(key, null, args);
	}

	/** The refusal of a field by a rule: {@code refusal.<rule>.<field>}, else {@code refusal.<rule>}. */
	public static String refusal(String field, String rule, Object... args) {
		Locale locale = locale();
		String pattern = pattern("refusal." + rule + "." + plain(field), locale);
		if (pattern == null) {
			pattern = pattern("refusal." + rule, locale);
		}
		if (pattern == null) {
			// a rule without a message of its own still says which field, never nothing
			pattern = pattern("refusal.unknown-rule", locale);
		}
		return format(pattern, field, locale, args);
	}

	/** A message under the key, or the given text when the bundle has none (e.g. a DMN table's own message). */
	public static String sayOr(String key, String otherwise, Object... args) {
		return text(key, otherwise, args);
	}

	/** How a person calls the field, e.g. "số phiếu tán thành"; the field's key when the bundle has no name for it. */
	public static String label(String field) {
		String label = pattern("field." + plain(field), locale());
		return label == null ? field : label;
	}

	private static String text(String key, String otherwise, Object... args) {
		Locale locale = locale();
		String pattern = pattern(key, locale);
		if (pattern == null) {
			return otherwise == null ? key : otherwise;
		}
		return format(pattern, null, locale, args);
	}

	/** introducers[1] and introducer1Id are named like their field. */
	private static String plain(String field) {
		return field == null ? "" : field.replaceAll("\\[\\d+]", "");
	}

	private static String pattern(String key, Locale locale) {
		try {
			return BUNDLE.getMessage(key, null, locale);
		}
		catch (NoSuchMessageException e) {
			return null;
		}
	}

	private static String format(String pattern, String field, Locale locale, Object... args) {
		String text = pattern;
		if (field != null) {
			String label = label(field);
			text = text.replace("{field}", label)
				.replace("{Field}", label.isEmpty() ? label : label.substring(0, 1).toUpperCase(locale) + label.substring(1));
		}
		if (args.length == 0) {
			return text;
		}
		Object[] shown = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			shown[i] = shown(args[i]);
		}
		return new java.text.MessageFormat(text.replace("'", "''"), locale).format(shown);
	}

	/** Numbers without grouping (a year stays 2026), dates as dd/MM/yyyy, lists joined by commas. */
	private static Object shown(Object arg) {
		if (arg instanceof LocalDate date) {
			return Dates.vn(date);
		}
		if (arg instanceof Collection<?> values) {
			return values.stream().map(v -> String.valueOf(shown(v))).collect(Collectors.joining(", "));
		}
		if (arg instanceof Object[] values) {
			return shown(List.of(values));
		}
		if (arg instanceof String text && ISO_DAY.matcher(text).matches()) {
			// a date the case file keeps as text (cellResolutionDate…) reads like any other date; a
			// refused value that only looks like one (2026-02-30) is quoted as it was typed
			try {
				return Dates.vn(LocalDate.parse(text));
			}
			catch (java.time.DateTimeException notADay) {
				return text;
			}
		}
		return arg == null ? "" : arg.toString();
	}

}
