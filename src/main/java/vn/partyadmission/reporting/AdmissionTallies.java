package vn.partyadmission.reporting;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.partyadmission.membership.CellMoved;
import vn.partyadmission.membership.MemberChanged;
import vn.partyadmission.organization.UnitTallies;

/** Keeps the admission tally in the transaction of each member change (listeners run in it). */
@Component
class AdmissionTallies {

	private final UnitTallies tallies;

	AdmissionTallies(UnitTallies tallies) {
		this.tallies = tallies;
	}

	@EventListener
	void on(MemberChanged change) {
		String cell = change.person().cellId();
		if (AdmissionTally.stood(change.before())) {
			tallies.add(AdmissionTally.ADMITTED, cell, List.of(AdmissionTally.month(change.before().admissionDecisionDate())), -1);
		}
		if (AdmissionTally.stood(change.after())) {
			tallies.add(AdmissionTally.ADMITTED, cell, List.of(AdmissionTally.month(change.after().admissionDecisionDate())), 1);
		}
		AdmissionTally.keys(change.person(), change.before()).forEach(k -> tallies.add(AdmissionTally.TALLY, cell, k, -1));
		AdmissionTally.keys(change.person(), change.after()).forEach(k -> tallies.add(AdmissionTally.TALLY, cell, k, 1));
	}

	@EventListener
	void on(CellMoved move) {
		tallies.moveCell(AdmissionTally.ADMITTED, move.fromCellId(), move.toCellId());
		tallies.moveCell(AdmissionTally.TALLY, move.fromCellId(), move.toCellId());
	}

}
