package vn.partyadmission.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

import javax.sql.DataSource;

/**
 * Counts what the application sends to the database, the same way on H2 and PostgreSQL: round
 * trips (execute*, executeBatch), statements (batched ones counted one by one) and commits.
 */
final class JdbcCounters {

	final LongAdder roundTrips = new LongAdder();

	final LongAdder statements = new LongAdder();

	final LongAdder commits = new LongAdder();

	Map<String, Long> snapshot() {
		Map<String, Long> m = new LinkedHashMap<>();
		m.put("roundTrips", roundTrips.sum());
		m.put("statements", statements.sum());
		m.put("commits", commits.sum());
		return m;
	}

	DataSource wrap(DataSource target) {
		return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { DataSource.class, AutoCloseable.class }, (proxy, method, args) -> {
					if (method.getName().equals("close") && method.getParameterCount() == 0) {
						if (target instanceof AutoCloseable closeable) {
							closeable.close();
						}
						return null;
					}
					Object result = invoke(target, method, args);
					return result instanceof Connection c ? connection(c) : result;
				});
	}

	private Connection connection(Connection target) {
		return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
				(proxy, method, args) -> {
					if (method.getName().equals("commit")) {
						commits.increment();
					}
					Object result = invoke(target, method, args);
					if (result instanceof CallableStatement s) {
						return statement(s, CallableStatement.class);
					}
					if (result instanceof PreparedStatement s) {
						return statement(s, PreparedStatement.class);
					}
					if (result instanceof Statement s && method.getName().equals("createStatement")) {
						return statement(s, Statement.class);
					}
					return result;
				});
	}

	private Object statement(Statement target, Class<?> type) {
		InvocationHandler handler = (proxy, method, args) -> {
			String name = method.getName();
			if (name.equals("addBatch")) {
				statements.increment();
			}
			else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
				roundTrips.increment();
			}
			else if (name.startsWith("execute")) {
				roundTrips.increment();
				statements.increment();
			}
			return invoke(target, method, args);
		};
		return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { type }, handler);
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException e) {
			throw e.getCause();
		}
	}

}
