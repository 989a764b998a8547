package vn.partyadmission.documents;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.partyadmission.admission.AdmissionCase;
import vn.partyadmission.admission.AdmissionCases;
import vn.partyadmission.membership.MemberRegister;
import vn.partyadmission.organization.UnitScope;
import vn.partyadmission.shared.InvalidInputException;
import vn.partyadmission.shared.NotVisible;
import vn.partyadmission.shared.Messages;

/**
 * A case's and a member's documents, for those who may see the case (its bodies and those above)
 * or the member (also the member themself); anyone else gets the 404 of something that does not
 * exist. A correction is for the issuing body or an administrator.
 */
@RestController
class DocumentController {

	private static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final DocumentStore store;

	private final OfficialDocuments documents;

	private final AdmissionCases cases;

	private final MemberRegister members;

	private final UnitScope scope;

	DocumentController(DocumentStore store, OfficialDocuments documents, AdmissionCases cases, MemberRegister members,
			UnitScope scope) {
		this.store = store;
		this.documents = documents;
		this.cases = cases;
		this.members = members;
		this.scope = scope;
	}

	record DocumentView(String id, String formCode, String title, String number, String issuingBodyId, int year,
			String date, int version, String replacesId, String reason, String sha256, String createdBy,
			Instant createdAt, Map<String, String> links) {
	}

	record Correction(String reason) {
	}

	@GetMapping("/api/cases/{caseId}/documents")
	List<DocumentView> ofCase(@PathVariable String caseId, Authentication user) {
		visibleCase(caseId, user);
		return store.ofCase(caseId).stream().map(d -> view(d, "/api/cases/" + caseId)).toList();
	}

	@GetMapping("/api/cases/{caseId}/documents/{documentId}.{format}")
	ResponseEntity<byte[]> caseFile(@PathVariable String caseId, @PathVariable String documentId,
			@PathVariable String format, Authentication user) {
		visibleCase(caseId, user);
		return file(documentId, format, d -> d.caseId().equals(caseId));
	}

	/**
	 * The newest version of a case's document of a kind, for the links on the task forms: Tasklist's
	 * pages carry the session of the form login (the web chain), not HTTP Basic, so this route lives
	 * outside /api. Same rule as the API: who may not see the case gets 404.
	 */
	@GetMapping("/documents/cases/{caseId}/{kind}.{format}")
	ResponseEntity<byte[]> latestFile(@PathVariable String caseId, @PathVariable String kind,
			@PathVariable String format, Authentication user) {
		visibleCase(caseId, user);
		Kind k = Kind.parse(kind).orElseThrow(() -> new NotVisible(Messages.say("not-found.document-kind", kind)));
		DocumentStore.Stored latest = store.latest(caseId, k.code)
			.orElseThrow(() -> new NotVisible(Messages.say("not-found.case-document", k.code)));
		return file(latest.id(), format, d -> true);
	}

	@GetMapping("/api/members/{personId}/documents")
	List<DocumentView> ofMember(@PathVariable String personId, Authentication user) {
		visibleMember(personId, user);
		return store.ofPerson(personId).stream().map(d -> view(d, "/api/members/" + personId)).toList();
	}

	@GetMapping("/api/members/{personId}/documents/{documentId}.{format}")
	ResponseEntity<byte[]> memberFile(@PathVariable String personId, @PathVariable String documentId,
			@PathVariable String format, Authentication user) {
		visibleMember(personId, user);
		return file(documentId, format, d -> d.personId().equals(personId));
	}

	@PostMapping("/api/cases/{caseId}/documents/{kind}/corrections")
	ResponseEntity<DocumentView> correct(@PathVariable String caseId, @PathVariable String kind,
			@RequestBody(required = false) Correction correction, Authentication user) {
		visibleCase(caseId, user);
		Kind k = Kind.parse(kind).orElseThrow(() -> new NotVisible(Messages.say("not-found.document-kind", kind)));
		DocumentStore.Stored latest = store.latest(caseId, k.code)
			.orElseThrow(() -> new NotVisible(Messages.say("not-found.case-document", k.code)));
		Set<String> groups = UnitScope.groupsOf(user);
		boolean issuer = groups.stream().anyMatch(g -> g.startsWith(latest.issuingBodyId() + ".")
				&& g.indexOf('.', latest.issuingBodyId().length() + 1) < 0 && !g.endsWith(".members"));
		if (!issuer && !groups.contains(org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN)) {
			throw new AccessDeniedException("Chỉ cơ quan ban hành văn bản hoặc quản trị viên được đính chính văn bản");
		}
		String reason = correction == null || correction.reason() == null ? "" : correction.reason().strip();
		if (reason.isEmpty()) {
			throw new InvalidInputException("reason", "required", Messages.say("refusal.required.reason.correction"));
		}
		if (reason.length() > 1000) {
			throw InvalidInputException.of("reason", "too-long", 1000);
		}
		DocumentStore.Stored corrected = documents.correct(caseId, k, reason, user.getName());
		return ResponseEntity.created(URI.create("/api/cases/" + caseId + "/documents/" + corrected.id() + ".pdf"))
			.body(view(corrected, "/api/cases/" + caseId));
	}

	private void visibleCase(String caseId, Authentication user) {
		AdmissionCase c = cases.find(caseId).orElseThrow(() -> new NotVisible(Messages.say("not-found.case", caseId)));
		if (!scope.mayRead(user, c.cellId())) {
			throw new NotVisible(Messages.say("not-found.case", caseId));
		}
	}

	private void visibleMember(String personId, Authentication user) {
		boolean visible = members.findPerson(personId)
			.filter(p -> p.id().equals(user.getName()) || scope.mayRead(user, p.cellId()))
			.isPresent();
		if (!visible) {
			throw new NotVisible(Messages.say("not-found.member", personId));
		}
	}

	private ResponseEntity<byte[]> file(String documentId, String format, Predicate<DocumentStore.Stored> belongs) {
		DocumentStore.Stored d = store.find(documentId).filter(belongs)
			.orElseThrow(() -> new NotVisible(Messages.say("not-found.document", documentId)));
		if (!format.equals("pdf") && !format.equals("docx")) {
			throw new NotVisible(Messages.say("not-found.document", documentId + "." + format));
		}
		String name = Kind.ofCode(d.formCode()).map(k -> k.slug).orElse("van-ban") + "-" + d.caseId() + "-v" + d.version()
				+ "." + format;
		return ResponseEntity.ok()
			.contentType(format.equals("pdf") ? MediaType.APPLICATION_PDF : DOCX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(store.file(documentId, format));
	}

	private static DocumentView view(DocumentStore.Stored d, String base) {
		String prefix = base + "/documents/" + d.id();
		return new DocumentView(d.id(), d.formCode(), Kind.ofCode(d.formCode()).map(k -> k.title).orElse(""), d.number(),
				d.issuingBodyId(), d.year(), d.date().toString(), d.version(), d.replacesId(), d.reason(), d.sha256(),
				d.createdBy(), d.createdAt(), Map.of("pdf", prefix + ".pdf", "docx", prefix + ".docx"));
	}

}
