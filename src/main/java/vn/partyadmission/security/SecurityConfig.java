package vn.partyadmission.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two chains: a stateless one (HTTP Basic, no session, no CSRF) for the REST APIs, and a session
 * one with form login for the webapps. Camunda's own filters then turn the Spring login into the
 * engine's authenticated user, so its authorization checks apply everywhere.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

	/**
	 * For the project's own pages (login, dashboard): scripts only from this origin; inline styles
	 * are allowed for the dashboard's charts. Camunda's webapps send their own policy (with a nonce
	 * for their scripts, camunda.bpm.webapp.header-security), so this one stays off /camunda/**.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * GET /api/about (is this a demo?) is asked by the webapps' own script with the browser's session,
	 * so it is served by the session chain; HTTP Basic works there too. Without a session it answers a
	 * plain 401, without the Basic challenge that would open the browser's password dialog.
	 */
	static final RequestMatcher ABOUT = withDefaults().matcher(HttpMethod.GET, "/api/about");

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
		http.securityMatcher(new OrRequestMatcher(withDefaults().matcher("/engine-rest/**"),
				new AndRequestMatcher(withDefaults().matcher("/api/**"), new NegatedRequestMatcher(ABOUT))))
			.authorizeHttpRequests(a -> a.anyRequest().authenticated())
			.httpBasic(Customizer.withDefaults())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// stateless Basic auth: no browser session cookie is accepted, so CSRF cannot apply
			.csrf(c -> c.disable());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(a -> a
			.requestMatchers(withDefaults().matcher("/login"), withDefaults().matcher("/error"),
					withDefaults().matcher("/actuator/health"), withDefaults().matcher("/actuator/health/liveness"),
					withDefaults().matcher("/actuator/health/readiness"))
			.permitAll()
			.anyRequest()
			.authenticated())
			// our own page (LoginPage): Vietnamese, the demo mark; Spring still processes the POST to /login
			.formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/camunda/app/tasklist/default/", false))
			.exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), ABOUT))
			// a new session id at sign-in, so an id planted before it is worth nothing (the default, made explicit)
			.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
			// Spring's defaults stay (nosniff, X-Frame-Options DENY, HSTS on HTTPS requests, no caching)
			.headers(h -> h.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
					new NegatedRequestMatcher(withDefaults().matcher("/camunda/**")),
					new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY))))
			.httpBasic(Customizer.withDefaults())
			// Camunda's CsrfPreventionFilter protects its webapp API with its own token
			.csrf(c -> c.ignoringRequestMatchers(withDefaults().matcher("/camunda/api/**")))
			// the webapps' "Log out" button posts here (per engine): end the Spring session with Camunda's
			.logout(l -> l.logoutRequestMatcher(withDefaults().matcher(HttpMethod.POST,
					"/camunda/api/admin/auth/user/{engine}/logout"))
				.logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT)));
		return http.build();
	}

	@Bean
	FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappAuthenticationFilter() {
		FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ContainerBasedAuthenticationFilter());
		registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
				SpringSecurityAuthenticationProvider.class.getName());
		registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
		// after Spring Security's filter chain, before Camunda's webapp filters
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

	/** Before Camunda's HttpHeaderSecurity and Engines filters (its initializer registers them last). */
	@Bean
	FilterRegistrationBean<PerRequestCspNonce> webappCspNonceFilter() {
		FilterRegistrationBean<PerRequestCspNonce> registration = new FilterRegistrationBean<>(new PerRequestCspNonce());
		registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 3);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter() {
		FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ProcessEngineAuthenticationFilter());
		registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
				SpringSecurityAuthenticationProvider.class.getName());
		registration.addUrlPatterns("/engine-rest/*");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
		return registration;
	}

}
