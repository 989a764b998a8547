package vn.partyadmission.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** What the user may not see is answered as if it did not exist: 404, nothing more. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotVisible extends RuntimeException {

	public NotVisible() {
		super("not found", null, false, false);
	}

}
