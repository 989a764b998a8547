package vn.partyadmission.security;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.ResponseCookie;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;

/**
 * The sign-in page, in Vietnamese (English when the browser chose it with the language link, cookie
 * {@value #LANGUAGE_COOKIE}, shared with the webapps' link). No script: the page lives under the
 * project's strict Content-Security-Policy. With the demo profile it carries the demo mark.
 */
@Controller
class LoginPage {

	static final String LANGUAGE_COOKIE = "party-admission-language";

	static final String DEMO_MARK = "DỮ LIỆU MINH HỌA – không dùng cho công việc thật";

	private final boolean demo;

	LoginPage(Environment environment) {
		this.demo = environment.acceptsProfiles(Profiles.of("demo"));
	}

	@GetMapping("/login")
	ResponseEntity<String> page(HttpServletRequest request, HttpServletResponse response, CsrfToken csrf,
			@RequestParam(name = "lang", required = false) String lang) {
		boolean english = "en".equals(lang) || (lang == null && "en".equals(cookie(request)));
		if ("en".equals(lang) || "vi".equals(lang)) {
			// the same choice as the webapps' language link: a preference, readable by their scripts
			response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(LANGUAGE_COOKIE, lang).path("/")
				.maxAge(Duration.ofDays(365)).sameSite("Lax").build().toString());
		}
		Text t = english ? Text.EN : Text.VI;
		String message = null;
		boolean problem = false;
		if (request.getParameter("error") != null) {
			problem = true;
			message = lastFailure(request) instanceof LockedException ? t.locked : t.wrong;
		}
		else if (request.getParameter("logout") != null) {
			message = t.loggedOut;
		}
		else if (request.getParameter("expired") != null) {
			message = t.expired;
		}
		StringBuilder html = new StringBuilder(4096);
		html.append("<!DOCTYPE html>\n<html lang=\"").append(english ? "en" : "vi").append("\">\n<head>\n")
			.append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
			.append("<title>").append(esc(t.title)).append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
		if (demo) {
			html.append("<div class=\"demo-band\" role=\"note\">").append(esc(english ? "DEMO DATA – not for real work" : DEMO_MARK))
				.append("</div>\n");
		}
		html.append("<main>\n<h1>").append(esc(t.product)).append("</h1>\n<h2>").append(esc(t.heading)).append("</h2>\n");
		if (message != null) {
			html.append("<p class=\"").append(problem ? "message problem" : "message").append("\" role=\"")
				.append(problem ? "alert" : "status").append("\">").append(esc(message)).append("</p>\n");
		}
		html.append("<form method=\"post\" action=\"").append(esc(request.getContextPath())).append("/login\">\n")
			.append("<label for=\"username\">").append(esc(t.username)).append("</label>\n")
			.append("<input type=\"text\" id=\"username\" name=\"username\" autocomplete=\"username\" autocapitalize=\"none\" required autofocus>\n")
			.append("<label for=\"password\">").append(esc(t.password)).append("</label>\n")
			.append("<input type=\"password\" id=\"password\" name=\"password\" autocomplete=\"current-password\" required>\n")
			// attribute order as on Spring's own page (name, type, value): clients read the token that way
			.append("<input name=\"").append(esc(csrf.getParameterName())).append("\" type=\"hidden\" value=\"")
			.append(esc(csrf.getToken())).append("\">\n")
			.append("<button type=\"submit\">").append(esc(t.signIn)).append("</button>\n</form>\n")
			.append("<p class=\"language\"><a lang=\"").append(english ? "vi" : "en").append("\" href=\"?lang=")
			.append(english ? "vi\">Tiếng Việt" : "en\">English").append("</a></p>\n</main>\n</body>\n</html>\n");
		// HTML whatever the request accepts
		return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
			.body(html.toString());
	}

	private static Object lastFailure(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
	}

	private static String cookie(HttpServletRequest request) {
		if (request.getCookies() == null) {
			return null;
		}
		for (var cookie : request.getCookies()) {
			if (LANGUAGE_COOKIE.equals(cookie.getName())) {
				return cookie.getValue();
			}
		}
		return null;
	}

	private static String esc(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	private record Text(String title, String product, String heading, String username, String password, String signIn,
			String wrong, String locked, String loggedOut, String expired) {

		static final Text VI = new Text("Đăng nhập – Kết nạp đảng viên", "Kết nạp đảng viên", "Đăng nhập", "Tên đăng nhập",
				"Mật khẩu", "Đăng nhập", "Tên đăng nhập hoặc mật khẩu không đúng.",
				"Tài khoản đang tạm khóa do nhập sai mật khẩu. Đồng chí vui lòng chờ một lát rồi đăng nhập lại; "
						+ "nếu vẫn bị khóa, đề nghị quản trị viên mở khóa.",
				"Đồng chí đã đăng xuất.", "Phiên làm việc đã hết hạn. Đồng chí vui lòng đăng nhập lại.");

		static final Text EN = new Text("Sign in – Party Admission", "Party Admission", "Sign in", "User name", "Password",
				"Sign in", "Wrong user name or password.",
				"The account is locked after a wrong password. Wait a moment and sign in again; if it stays locked, ask an administrator to unlock it.",
				"You have signed out.", "Your session has expired. Please sign in again.");

	}

	private static final String STYLE = """
			body{margin:0;font-family:"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;background:#f4f4f4;color:#1a1a1a}
			.demo-band{background:#b71c1c;color:#fff;font-weight:bold;text-align:center;padding:6px 12px;letter-spacing:.02em}
			main{max-width:360px;margin:8vh auto;background:#fff;border-top:4px solid #c62828;padding:28px 32px;box-shadow:0 1px 4px rgba(0,0,0,.15)}
			h1{font-size:20px;margin:0 0 4px;color:#c62828}h2{font-size:16px;font-weight:normal;margin:0 0 20px}
			label{display:block;margin:14px 0 4px;font-weight:600}
			input[type=text],input[type=password]{width:100%;box-sizing:border-box;padding:8px;font-size:15px;border:1px solid #999;border-radius:3px}
			button{margin-top:20px;width:100%;padding:10px;font-size:15px;background:#c62828;color:#fff;border:0;border-radius:3px;cursor:pointer}
			.message{padding:8px 10px;background:#e8f5e9;border-left:4px solid #2e7d32}
			.message.problem{background:#fdecea;border-left-color:#c62828}
			.language{margin:18px 0 0;text-align:right;font-size:13px}
			""";

}
