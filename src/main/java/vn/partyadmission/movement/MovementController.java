package vn.partyadmission.movement;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.partyadmission.organization.UnitScope;
import vn.partyadmission.shared.NotVisible;

/**
 * The member's life around a case over HTTP: end a case by the person's situation, send and confirm
 * transfers of Party membership, and list a unit's incoming and outgoing transfers. Who may do what
 * is decided in {@link CaseEndings} and {@link Transfers}, from the records, never from the body.
 */
@RestController
class MovementController {

	private final CaseEndings endings;

	private final Transfers transfers;

	MovementController(CaseEndings endings, Transfers transfers) {
		this.endings = endings;
		this.transfers = transfers;
	}

	@PostMapping("/api/cases/{caseId}/endings")
	ResponseEntity<CaseEndings.Ending> end(@PathVariable String caseId, @RequestBody CaseEndings.Request request,
			Authentication user) {
		CaseEndings.Ending ending = endings.end(caseId, request, user.getName(), UnitScope.groupsOf(user));
		return ResponseEntity.created(URI.create("/api/cases/" + caseId + "/endings")).body(ending);
	}

	@GetMapping("/api/cases/{caseId}/endings")
	CaseEndings.Ending ending(@PathVariable String caseId, Authentication user) {
		return endings.find(caseId, UnitScope.groupsOf(user)).orElseThrow(() -> new NotVisible("no ending of case '" + caseId + "'"));
	}

	@PostMapping("/api/transfers")
	ResponseEntity<Transfer> send(@RequestBody Transfers.SendRequest request, Authentication user) {
		Transfer sent = transfers.send(request, user.getName(), UnitScope.groupsOf(user));
		return ResponseEntity.created(URI.create("/api/transfers/" + sent.id())).body(sent);
	}

	@PostMapping("/api/transfers/{id}/confirmation")
	Transfer confirm(@PathVariable long id, @RequestBody(required = false) Transfers.ConfirmRequest request,
			Authentication user) {
		return transfers.confirm(id, request, user.getName(), UnitScope.groupsOf(user));
	}

	@GetMapping("/api/transfers/{id}")
	Transfer one(@PathVariable long id, Authentication user) {
		return transfers.one(id, UnitScope.groupsOf(user));
	}

	@GetMapping("/api/transfers/incoming")
	List<Transfer> incoming(@RequestParam String unit, @RequestParam(required = false) Transfer.Status status,
			Authentication user) {
		return transfers.ofUnit(unit, true, status, UnitScope.groupsOf(user));
	}

	@GetMapping("/api/transfers/outgoing")
	List<Transfer> outgoing(@RequestParam String unit, @RequestParam(required = false) Transfer.Status status,
			Authentication user) {
		return transfers.ofUnit(unit, false, status, UnitScope.groupsOf(user));
	}

}
