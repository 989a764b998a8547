package vn.partyadmission.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.partyadmission.shared.PageOf;

/**
 * Appends to the audit log; there is no method that changes or removes a row. A write joins the
 * caller's transaction, so a decision's row commits or rolls back with the engine step that took it.
 * The client address is the request's remote address, which behind the load balancer is the
 * X-Forwarded-For address that Tomcat accepted from a trusted proxy (server.forward-headers-strategy).
 */
@Service
@Transactional(propagation = Propagation.REQUIRED)
public class AuditLog {

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A decision on a case: the body's vote, resolution or decision, e.g. ("standing.tamduong",
	 * "KN-2026-000001", "9-KNĐ admission decision: ADMIT, QĐ 45"). Name no person in it: the case
	 * number leads to them for those allowed to see the case.
	 */
	public void decision(String actor, String caseId, String what) {
		HttpServletRequest request = currentRequest();
		record(actor, AuditAction.DECISION, caseId, what, request == null ? null : request.getRemoteAddr());
	}

	void record(String actor, AuditAction action, String target, String detail, String clientIp) {
		jdbc.sql("""
				insert into audit_log (occurred_at, actor, action, target, detail, client_ip)
				values (:at, :actor, :action, :target, :detail, :ip)""")
			// wall-clock time, stored as UTC: not the application's business Clock, which tests move through dates
			.param("at", utc(Instant.now()))
			.param("actor", cut(actor == null || actor.isBlank() ? "anonymous" : actor, 100))
			.param("action", action.name())
			.param("target", cut(target, 300))
			.param("detail", cut(detail, 1000))
			.param("ip", cut(clientIp, 64))
			.update();
	}

	/** Newest first, filtered by any of actor, action, target and a time range [from, to). */
	@Transactional(readOnly = true)
	public PageOf<AuditEntry> find(AuditQuery query, int page, int size) {
		List<String> where = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		if (query.actor() != null) {
			where.add("actor = ?");
			params.add(query.actor());
		}
		if (query.action() != null) {
			where.add("action = ?");
			params.add(query.action().name());
		}
		if (query.target() != null) {
			where.add("target = ?");
			params.add(query.target());
		}
		if (query.from() != null) {
			where.add("occurred_at >= ?");
			params.add(utc(query.from()));
		}
		if (query.to() != null) {
			where.add("occurred_at < ?");
			params.add(utc(query.to()));
		}
		String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
		long total = jdbc.sql("select count(*) from audit_log" + condition).params(params).query(Long.class).single();
		PageOf.check(page, size, total);
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(size);
		pageParams.add((long) page * size);
		List<AuditEntry> rows = jdbc.sql("select id, occurred_at, actor, action, target, detail, client_ip from audit_log"
				+ condition + " order by occurred_at desc, id desc limit ? offset ?")
			.params(pageParams)
			.query((rs, n) -> new AuditEntry(rs.getLong("id"),
					rs.getTimestamp("occurred_at").toLocalDateTime().toInstant(ZoneOffset.UTC), rs.getString("actor"),
					AuditAction.valueOf(rs.getString("action")), rs.getString("target"), rs.getString("detail"),
					rs.getString("client_ip")))
			.list();
		return PageOf.of(rows, page, size, total);
	}

	private static Timestamp utc(Instant instant) {
		return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
	}

	/**
	 * The request being served, when the call comes from one: set by Spring MVC and by the filter in
	 * front of Camunda's REST API (not yet inside Spring Security's chain, hence the explicit address
	 * for sign-ins and denials). Null for the engine's own jobs.
	 */
	private static HttpServletRequest currentRequest() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest() : null;
	}

	private static String cut(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

}
