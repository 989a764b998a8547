package vn.partyadmission.registerimport;

import java.time.Instant;

/** An import and how far it is, as the API answers it. */
record MemberImport(String importId, ImportStatus status, boolean dryRun, boolean importValidRows, int totalRows,
		int processedRows, int validRows, int invalidRows, int importedRows, String failure, String startedBy,
		Instant startedAt, Instant finishedAt) {

	boolean finished() {
		return status != ImportStatus.RUNNING;
	}

}
