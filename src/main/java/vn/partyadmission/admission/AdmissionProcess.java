package vn.partyadmission.admission;

/** Keys and activity ids of processes/admission.bpmn that Java refers to. */
public final class AdmissionProcess {

	public static final String KEY = "admission";

	public static final String OPEN_CASE = "OpenCase";

	public static final String RECORD_AWARENESS_CERTIFICATE = "RecordAwarenessCertificate";

	public static final String RECEIVE_APPLICATION = "ReceiveApplication";

	public static final String VERIFY_BACKGROUND = "VerifyBackground";

	public static final String COLLECT_COMMENTS = "CollectComments";

	public static final String HOLD_CELL_MEETING = "HoldCellMeeting";

	public static final String REVIEW_FAILED_VOTES = "ReviewFailedVotes";

	public static final String APPRAISE_BY_INTERMEDIATE_COMMITTEE = "AppraiseByIntermediateCommittee";

	public static final String RESOLVE_BY_GRASSROOTS_COMMITTEE = "ResolveByGrassrootsCommittee";

	public static final String APPRAISE_BY_ORGANIZING_COMMISSION = "AppraiseByOrganizingCommission";

	public static final String DECIDE_ADMISSION = "DecideAdmission";

	public static final String SUPPLEMENT_DOSSIER = "SupplementDossier";

	public static final String HOLD_ADMISSION_CEREMONY = "HoldAdmissionCeremony";

	public static final String RECORD_NOT_ADMITTED = "RecordNotAdmitted";

	/** Call activity of probation.bpmn. */
	public static final String PROBATION = "Probation";

	private AdmissionProcess() {
	}

}
