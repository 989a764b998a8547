package vn.partyadmission.reporting;

import java.util.Comparator;
import java.util.List;

import vn.partyadmission.reporting.Report.Count;

/** The stages of admission.bpmn in the order a case passes them, for the funnel. */
final class Stages {

	static final List<String> ORDER = List.of("OpenCase", "RecordAwarenessCertificate", "ReceiveApplication",
			"VerifyBackground", "CollectComments", "HoldCellMeeting", "ReviewFailedVotes", "AppraiseByIntermediateCommittee",
			"ResolveByGrassrootsCommittee", "AppraiseByOrganizingCommission", "SupplementDossier", "DecideAdmission",
			"ReportOverdueDecision", "HoldAdmissionCeremony", "ConsentToLateCeremony", "HoldLateAdmissionCeremony");

	private Stages() {
	}

	static List<Count> inProcedureOrder(List<Count> stages) {
		return stages.stream().sorted(Comparator.comparingInt(Stages::position).thenComparing(Count::key)).toList();
	}

	private static int position(Count stage) {
		int i = ORDER.indexOf(stage.key());
		return i < 0 ? ORDER.size() : i;
	}

}
