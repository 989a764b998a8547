package vn.partyadmission.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.partyadmission.casework.DocumentIssued;
import vn.partyadmission.membership.Change;
import vn.partyadmission.membership.MemberRegister;
import vn.partyadmission.shared.ConflictException;

/**
 * Fixes a document when its step completes: listens to the step's event in the step's own
 * transaction, so the engine step, the stored files and the journal line commit or roll back
 * together. A correction is a new version rendered from the current record, with a reason.
 */
@Service
class OfficialDocuments {

	private final Drafts drafts;

	private final Templates templates;

	private final Rendering rendering;

	private final DocumentStore store;

	private final MemberRegister members;

	private final ObjectMapper json;

	private final Clock clock;

	OfficialDocuments(Drafts drafts, Templates templates, Rendering rendering, DocumentStore store,
			MemberRegister members, ObjectMapper json, Clock clock) {
		this.drafts = drafts;
		this.templates = templates;
		this.rendering = rendering;
		this.store = store;
		this.members = members;
		this.json = json;
		this.clock = clock;
	}

	@EventListener
	void issued(DocumentIssued event) {
		Kind kind = Kind.ofCode(event.formCode()).orElse(null);
		if (kind == null) {
			return;
		}
		// a step done again (a returned dossier decided anew) issues the next version of the case's document
		DocumentStore.Stored previous = store.latest(event.caseId(), kind.code).orElse(null);
		// every step's number comes from the issuing body's register (casework.DecisionNumbers)
		String number = event.number();
		Drafts.Issue issue = new Drafts.Issue(kind, event.caseId(), event.personId(), number, event.date(),
				event.issuingBodyId(), event.facts());
		fix(issue, previous, previous == null ? null : "Bước " + kind.code + " được thực hiện lại", event.actor(),
				event.activityId());
	}

	/** A new version of the case's newest document of that kind, rendered from the current record. */
	@Transactional
	DocumentStore.Stored correct(String caseId, Kind kind, String reason, String actor) {
		DocumentStore.Stored previous = store.latest(caseId, kind.code).orElseThrow();
		Drafts.Issue issue = new Drafts.Issue(kind, caseId, previous.personId(), previous.number(), previous.date(),
				previous.issuingBodyId(), facts(previous.facts()));
		try {
			return fix(issue, previous, reason, actor, null);
		}
		catch (DuplicateKeyException e) {
			// two corrections of one version at once: the unique (case, form, version) lets one through
			throw new ConflictException("reason", "document-version", "Văn bản " + kind.code
					+ " vừa được đính chính bởi người khác; đề nghị xem lại danh sách văn bản rồi thử lại");
		}
	}

	private DocumentStore.Stored fix(Drafts.Issue issue, DocumentStore.Stored previous, String reason, String actor,
			String activityId) {
		String xhtml = templates.fill(issue.kind(), drafts.values(issue));
		byte[] pdf = rendering.pdf(xhtml);
		byte[] docx = rendering.docx(xhtml);
		int version = previous == null ? 1 : previous.version() + 1;
		DocumentStore.Stored stored = new DocumentStore.Stored(UUID.randomUUID().toString(), issue.caseId(),
				issue.personId(), issue.kind().code, issue.number(), issue.issuingBodyId(), issue.date().getYear(),
				issue.date(), version, previous == null ? null : previous.id(), reason, sha256(pdf),
				toJson(issue.facts()), actor, clock.instant());
		store.insert(stored, pdf, docx);
		members.note(issue.personId(), new Change(issue.caseId(), activityId, actor, "Văn bản " + issue.kind().code
				+ " số " + issue.number() + " lưu bản " + version + (reason == null ? "" : " (" + reason + ")")
				+ ", SHA-256 của tệp PDF: " + stored.sha256(), null));
		return stored;
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private String toJson(Map<String, String> facts) {
		try {
			return json.writeValueAsString(facts);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	private Map<String, String> facts(String text) {
		try {
			return json.readValue(text, new TypeReference<Map<String, String>>() {
			});
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

}
