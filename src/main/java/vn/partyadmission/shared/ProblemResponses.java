package vn.partyadmission.shared;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The project's API answers a refused input with an RFC 7807 problem naming each field and rule. */
@RestControllerAdvice
class ProblemResponses {

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalidInput(InvalidInputException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
		problem.setTitle("Input refused by a rule of the procedure");
		problem.setProperty("errors", e.errors());
		return problem;
	}

}
