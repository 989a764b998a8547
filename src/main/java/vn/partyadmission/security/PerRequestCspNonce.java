package vn.partyadmission.security;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.webapp.impl.security.filter.headersec.provider.impl.ContentSecurityPolicyProvider;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the nonce of Camunda's Content-Security-Policy to the request it was made for.
 *
 * <p>Camunda 7.24's {@code ContentSecurityPolicyProvider} puts each response's new nonce in a
 * <em>servlet context</em> attribute, shared by every request, and {@code ProcessEnginesFilter} reads
 * it back from there to write it into the webapp's index page. Any request to {@code /camunda/app/*}
 * or {@code /camunda/api/*} handled in between (the post-login page loads dozens) replaces it, so the
 * page carried another response's nonce than its own header, and the browser blocked every script:
 * the blank Tasklist of issue 14 (item 8). Here each request sees the servlet context through a view
 * whose nonce attribute is its own; every other attribute is the real context's.
 */
class PerRequestCspNonce extends OncePerRequestFilter {

	static final String NONCE = ContentSecurityPolicyProvider.ATTR_CSP_FILTER_NONCE;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new OwnNonce(request), response);
	}

	private static final class OwnNonce extends HttpServletRequestWrapper {

		private final ServletContext context;

		OwnNonce(HttpServletRequest request) {
			super(request);
			this.context = RequestScopedNonceContext.of(request.getServletContext());
		}

		@Override
		public ServletContext getServletContext() {
			return context;
		}

	}

	/** The servlet context with one attribute, the CSP nonce, held for this request alone. */
	static final class RequestScopedNonceContext {

		private RequestScopedNonceContext() {
		}

		static ServletContext of(ServletContext shared) {
			Map<String, Object> own = new HashMap<>(1);
			return (ServletContext) java.lang.reflect.Proxy.newProxyInstance(PerRequestCspNonce.class.getClassLoader(),
					new Class<?>[] { ServletContext.class }, (proxy, method, args) -> {
						String name = method.getName();
						if (args != null && args.length > 0 && NONCE.equals(args[0])) {
							switch (name) {
								case "getAttribute":
									return own.get(NONCE);
								case "setAttribute":
									own.put(NONCE, args[1]);
									return null;
								case "removeAttribute":
									own.remove(NONCE);
									return null;
								default:
									break;
							}
						}
						if ("getAttributeNames".equals(name)) {
							@SuppressWarnings("unchecked")
							Enumeration<String> names = (Enumeration<String>) method.invoke(shared, args);
							java.util.List<String> all = Collections.list(names);
							all.remove(NONCE);
							all.addAll(own.keySet());
							return Collections.enumeration(all);
						}
						try {
							return method.invoke(shared, args);
						}
						catch (java.lang.reflect.InvocationTargetException e) {
							throw e.getCause();
						}
					});
		}

	}

}
