package vn.partyadmission.shared;

import java.io.IOException;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Whether this node serves demo data (the profile {@code demo}): then every answer of the project's
 * API carries the header {@value #HEADER}, GET /api/about says so, and the project's pages and
 * Camunda's show a band, so nobody takes the invented district for a real register.
 */
@Configuration(proxyBeanMethods = false)
public class DemoMark {

	public static final String HEADER = "X-Du-Lieu-Minh-Hoa";

	public static final String NOTICE = "Dữ liệu minh họa, không phải số liệu thật";

	private final boolean demo;

	DemoMark(Environment environment) {
		this.demo = environment.acceptsProfiles(Profiles.of("demo"));
	}

	public boolean isDemo() {
		return demo;
	}

	public String notice() {
		return NOTICE;
	}

	/** Before security, so a refused call (401, 403) carries the mark too. */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> demoHeaderFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if (demo) {
					response.setHeader(HEADER, "true");
				}
				chain.doFilter(request, response);
			}

		});
		registration.addUrlPatterns("/api/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
