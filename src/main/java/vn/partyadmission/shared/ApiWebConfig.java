package vn.partyadmission.shared;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Strictness of the project's API: unknown JSON fields are refused (only for our controllers; the
 * Camunda REST API keeps its own leniency) and bodies above a limit get 413 before being read.
 */
@Configuration
class ApiWebConfig implements WebMvcConfigurer {

	private final ObjectMapper json = new ObjectMapper();

	@Override
	public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
		for (HttpMessageConverter<?> converter : converters) {
			if (converter instanceof MappingJackson2HttpMessageConverter json) {
				ObjectMapper strict = json.getObjectMapper().copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
				json.setObjectMapper(strict);
			}
		}
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> bodySizeLimit() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				long limit = request.getRequestURI().startsWith("/api/members/imports") ? ApiLimits.MAX_IMPORT_BODY : ApiLimits.MAX_BODY;
				if (request.getContentLengthLong() > limit) {
					response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
					response.setContentType("application/problem+json");
					response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Payload too large\",\"status\":413,"
							+ "\"detail\":\"the body has " + request.getContentLengthLong() + " bytes; the limit is " + limit + "\"}");
					return;
				}
				chain.doFilter(request, response);
			}
		});
		registration.addUrlPatterns("/api/*");
		return registration;
	}

	/**
	 * A query parameter PostgreSQL cannot even compare (it refuses U+0000 in text) gets 400 naming the
	 * parameter instead of failing in the query as a 500.
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> unsearchableParameters() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				String query = request.getQueryString();
				for (String pair : query == null ? new String[0] : query.split("&")) {
					String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
					if (pair.toUpperCase(java.util.Locale.ROOT).contains("%00")) {
						response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
						response.setContentType("application/problem+json");
						response.setCharacterEncoding("UTF-8");
						response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Input refused\",\"status\":400,"
								+ "\"detail\":\"a parameter contains the character U+0000\",\"errors\":[{\"field\":"
								+ json.writeValueAsString(name) + ",\"rule\":\"text\",\"message\":\"contains the character U+0000,"
								+ " which cannot be searched for\"}]}");
						return;
					}
				}
				chain.doFilter(request, response);
			}
		});
		registration.addUrlPatterns("/api/*");
		return registration;
	}

}
