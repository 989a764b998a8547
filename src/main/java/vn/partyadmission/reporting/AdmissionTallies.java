package vn.partyadmission.reporting;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.partyadmission.membership.CellMoved;
import vn.partyadmission.membership.MemberChanged;
import vn.partyadmission.organization.UnitTallies;

/** Keeps the admission and membership tallies in the transaction of each member change (listeners run in it). */
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
		int head = change.person().villageHead() ? 1 : 0;
		membership(cell, MembershipTally.joined(change.before()), -1, -head);
		membership(cell, MembershipTally.left(change.before()), 1, head);
		membership(cell, MembershipTally.joined(change.after()), 1, head);
		membership(cell, MembershipTally.left(change.after()), -1, -head);
	}

	private void membership(String cell, java.time.LocalDate day, int members, int heads) {
		if (day != null) {
			tallies.add(MembershipTally.TALLY, cell, List.of(AdmissionTally.month(day)), members, heads);
		}
	}

	@EventListener
	void on(CellMoved move) {
		tallies.moveCell(AdmissionTally.ADMITTED, move.fromCellId(), move.toCellId());
		tallies.moveCell(AdmissionTally.TALLY, move.fromCellId(), move.toCellId());
		tallies.moveCell(MembershipTally.TALLY, move.fromCellId(), move.toCellId());
	}

}
