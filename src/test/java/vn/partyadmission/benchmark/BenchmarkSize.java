package vn.partyadmission.benchmark;

/**
 * How much the benchmark does. smoke keeps the harness working in CI in well under two minutes;
 * full is the national scale of issue 7 and takes tens of minutes.
 */
record BenchmarkSize(String name, int warmUpCases, int casesPerBatch, int rounds, int openTasksSmall, int openTasksLarge,
		int historicTasks, int querySamples, int members, int admissions, int reportSamples, int timers) {

	static BenchmarkSize of(String name) {
		return switch (name) {
			case "smoke" -> new BenchmarkSize("smoke", 1, 4, 1, 2_000, 8_000, 24_000, 10, 55_000, 20_000, 5, 300);
			case "full" -> new BenchmarkSize("full", 8, 24, 3, 100_000, 400_000, 1_200_000, 60, 5_500_000, 2_000_000, 30,
					10_000);
			default -> throw new IllegalArgumentException("benchmark.size must be smoke or full, got " + name);
		};
	}

}
