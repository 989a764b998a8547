package vn.partyadmission.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.partyadmission.support.PostgresApplicationTest;

/**
 * V1_15: Camunda's authorization check filters grants by `PERMS_ & permission = permission`; without
 * statistics on that expression PostgreSQL guesses 0.5 % of the grants and picks a nested loop that took
 * a committee's task count from 0.1 s to 3.4 s at national scale (docs/performance.md).
 */
@PostgresApplicationTest
class AuthorizationGrantEstimatesOnPostgresTest {

  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  TransactionTemplate transactions;

  @Test
  void thePlannerKnowsHowManyGrantsCarryReadPermission() {
    // rolled back: the grants and the statistics ANALYZE writes for them stay in this transaction
    transactions.executeWithoutResult(status -> {
      jdbc.update("""
          insert into act_ru_authorization (id_, rev_, type_, group_id_, resource_type_, resource_id_, perms_)
          select 'estimate-' || i, 1, 1, 'estimate-group-' || (i % 50), 7, 'estimate-task-' || i, 6
          from generate_series(1, 20000) i""");
      jdbc.execute("analyze act_ru_authorization");
      long rows = jdbc.queryForObject("select count(*) from act_ru_authorization where perms_ & 2 = 2", Long.class);
      assertThat(estimatedRows("select * from act_ru_authorization where resource_type_ = 7 and perms_ & 2 = 2"))
          .as("estimated grants with READ on tasks, of %d", rows).isGreaterThan(rows / 2);
      assertThat(estimatedRows("select * from act_ru_authorization where resource_type_ = 7 and perms_ & 64 = 64"))
          .as("no grant carries READ_TASK").isLessThan(100);
      status.setRollbackOnly();
    });
  }

  private long estimatedRows(String sql) {
    String plan = jdbc.queryForObject("explain (format json) " + sql, String.class);
    return Long.parseLong(plan.replaceAll("(?s).*?\"Plan Rows\": (\\d+).*", "$1"));
  }
}
