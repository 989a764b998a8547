package vn.partyadmission.benchmark;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import vn.partyadmission.support.MutableClock;

/**
 * What the benchmark adds to the real application context: a clock per thread and JDBC counters.
 * Given to SpringApplication as a source, and deliberately not a @Configuration: the tests' component
 * scan must not find it.
 */
class BenchmarkConfiguration {

	@Bean
	@Primary
	MutableClock benchmarkClock() {
		return new PerThreadClock(java.time.LocalDate.of(2027, 9, 1));
	}

	@Bean
	JdbcCounters jdbcCounters() {
		return new JdbcCounters();
	}

	@Bean
	static BeanPostProcessor countingDataSource(org.springframework.beans.factory.ObjectProvider<JdbcCounters> counters) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof DataSource ds && beanName.equals("dataSource") ? counters.getObject().wrap(ds) : bean;
			}
		};
	}

}
