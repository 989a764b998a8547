package vn.partyadmission.shared;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/about: whether the data is demo data, for any signed-in user (Basic, or the web session
 * of Camunda's webapps, whose script shows a band when {@code demo} is true).
 */
@RestController
class AboutController {

	/** The answer; {@code notice} is what a band shows. */
	record About(boolean demo, String notice) {
	}

	private final DemoMark mark;

	AboutController(DemoMark mark) {
		this.mark = mark;
	}

	@GetMapping("/api/about")
	About about() {
		return new About(mark.isDemo(), mark.notice());
	}

}
