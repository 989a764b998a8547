package vn.partyadmission.shared;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Camunda's REST APIs (/engine-rest and the webapps' /camunda/api/engine used by Tasklist) turn
 * an exception of a task listener or delegate into a 500 wrapped in engine messages. When a rule
 * refused the input, this answers 400 with the rule's own message and one entry per field (409
 * when the input lost to what someone else did first, see {@link ConflictException}).
 */
@Configuration
class RuleViolationResponses {

	static final String ATTRIBUTE = InvalidInputException.class.getName();

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> ruleViolationFilter(ObjectMapper json) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Rewrite(json));
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
		return registration;
	}

	static final class Rewrite extends OncePerRequestFilter {

		private final ObjectMapper json;

		Rewrite(ObjectMapper json) {
			this.json = json;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			// only writes carry input
			return !"POST".equals(request.getMethod()) && !"PUT".equals(request.getMethod());
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
			chain.doFilter(request, buffered);
			if (buffered.getStatus() >= 500 && request.getAttribute(ATTRIBUTE) instanceof InvalidInputException refused) {
				EngineErrorAnswer.replace(buffered, json,
						refused instanceof ConflictException ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST,
						InvalidInputException.class.getSimpleName(), refused.getMessage(), Map.of("errors", refused.errors()));
			}
			buffered.copyBodyToResponse();
		}

	}

}
