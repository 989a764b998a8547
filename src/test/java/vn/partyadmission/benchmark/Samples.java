package vn.partyadmission.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Latencies in milliseconds and their percentiles (nearest rank). */
final class Samples {

	private final List<Double> millis = new ArrayList<>();

	synchronized void add(long nanos) {
		millis.add(nanos / 1e6);
	}

	synchronized int size() {
		return millis.size();
	}

	synchronized double percentile(double p) {
		if (millis.isEmpty()) {
			return Double.NaN;
		}
		List<Double> sorted = new ArrayList<>(millis);
		Collections.sort(sorted);
		int rank = (int) Math.ceil(p / 100.0 * sorted.size());
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
	}

	synchronized double max() {
		return millis.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
	}

	Map<String, Object> summary() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("n", size());
		m.put("p50Ms", round(percentile(50)));
		m.put("p95Ms", round(percentile(95)));
		m.put("maxMs", round(max()));
		return m;
	}

	static double round(double v) {
		return Double.isNaN(v) ? v : Math.round(v * 100) / 100.0;
	}

	static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int n = sorted.size();
		return n == 0 ? Double.NaN : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

}
