package vn.partyadmission.security;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * A session attribute is written as an upsert. Right after sign-in the webapp's page fires dozens of
 * requests at once on the new session; each found Camunda's {@code authenticatedUser} attribute new
 * and inserted it, all but one failed on the primary key and answered 500 (seen while proving the
 * blank-Tasklist fix, issue 14 item 8). PostgreSQL through Spring Session's own customizer, H2 with MERGE.
 */
@Configuration(proxyBeanMethods = false)
class WebSessionAttributeUpsert {

	private static final String H2_MERGE = """
			MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)
			""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributeUpsert(DataSource dataSource)
			throws MetaDataAccessException, SQLException {
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, meta -> meta.getDatabaseProductName());
		if (product.toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
			return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
		}
		return repository -> repository.setCreateSessionAttributeQuery(H2_MERGE);
	}

}
