package vn.partyadmission.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.partyadmission.support.PostgresApplicationTest;

/** On PostgreSQL the audit log cannot be rewritten, not even by SQL sent through the application's own connection. */
@PostgresApplicationTest
class AuditLogAppendOnlyOnPostgresTest {

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Test
	void updateDeleteAndTruncate_areRefusedByTheDatabase() {
		audit.decision("standing.x", "KN-2026-999999", "9-KNĐ admission decision: ADMIT, QĐ 1");

		assertThatThrownBy(() -> jdbc.sql("update audit_log set detail = 'REJECT' where target = 'KN-2026-999999'").update())
			.hasMessageContaining("audit_log is append-only: UPDATE refused");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_log where target = 'KN-2026-999999'").update())
			.hasMessageContaining("audit_log is append-only: DELETE refused");
		assertThatThrownBy(() -> jdbc.sql("truncate audit_log").update())
			.hasMessageContaining("audit_log is append-only: TRUNCATE refused");
		assertThat(jdbc.sql("select detail from audit_log where target = 'KN-2026-999999'").query(String.class).list())
			.containsExactly("9-KNĐ admission decision: ADMIT, QĐ 1");
	}

}
