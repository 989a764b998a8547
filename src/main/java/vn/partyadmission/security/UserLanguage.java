package vn.partyadmission.security;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Messages are Vietnamese unless the request's Accept-Language prefers English. */
final class UserLanguage {

	private static final List<String> SUPPORTED = List.of("vi", "en");

	private UserLanguage() {
	}

	static boolean english() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return false;
		}
		HttpServletRequest request = attributes.getRequest();
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

}
