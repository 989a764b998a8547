package vn.partyadmission.security;

import java.util.List;

import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyDigitRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLengthRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLowerCaseRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicySpecialCharacterRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUpperCaseRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUserDataRuleImpl;

import vn.partyadmission.shared.InvalidInputException;

/**
 * The password policy: Camunda's default rules (lower and upper case, digit, special character, no
 * user data) with 12 characters instead of 10, the length the administrator bootstrap always asked.
 * Camunda's own rule classes, so the Admin webapp shows each rule in its words where a password is set.
 */
final class PasswordRules implements PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final PasswordRules POLICY = new PasswordRules();

	private final List<PasswordPolicyRule> rules = List.of(new PasswordPolicyUserDataRuleImpl(),
			new PasswordPolicyLengthRuleImpl(MIN_LENGTH), new PasswordPolicyLowerCaseRuleImpl(1),
			new PasswordPolicyUpperCaseRuleImpl(1), new PasswordPolicyDigitRuleImpl(1),
			new PasswordPolicySpecialCharacterRuleImpl(1));

	private PasswordRules() {
	}

	@Override
	public List<PasswordPolicyRule> getRules() {
		return rules;
	}

	/** The refusal of a password: one entry per broken rule, named by Camunda's placeholder. */
	static InvalidInputException refusal(PasswordPolicyResult result, boolean english) {
		return new InvalidInputException(result.getViolatedRules().stream()
			.map(rule -> new InvalidInputException.FieldError("password", rule.getPlaceholder(), message(rule, english)))
			.toList());
	}

	static String message(PasswordPolicyRule rule, boolean english) {
		String n = rule.getParameters() == null || rule.getParameters().isEmpty() ? ""
				: rule.getParameters().values().iterator().next();
		return switch (rule.getPlaceholder()) {
			case PasswordPolicyLengthRuleImpl.PLACEHOLDER -> english ? "must have at least " + n + " characters"
					: "mật khẩu phải có ít nhất " + n + " ký tự";
			case PasswordPolicyLowerCaseRuleImpl.PLACEHOLDER -> english ? "must contain at least " + n + " lower-case letter"
					: "mật khẩu phải có ít nhất " + n + " chữ thường";
			case PasswordPolicyUpperCaseRuleImpl.PLACEHOLDER -> english ? "must contain at least " + n + " upper-case letter"
					: "mật khẩu phải có ít nhất " + n + " chữ hoa";
			case PasswordPolicyDigitRuleImpl.PLACEHOLDER -> english ? "must contain at least " + n + " digit"
					: "mật khẩu phải có ít nhất " + n + " chữ số";
			case PasswordPolicySpecialCharacterRuleImpl.PLACEHOLDER -> english
					? "must contain at least " + n + " special character (such as - _ ! @ #)"
					: "mật khẩu phải có ít nhất " + n + " ký tự đặc biệt (như - _ ! @ #)";
			case PasswordPolicyUserDataRuleImpl.PLACEHOLDER -> english
					? "must not contain the user's id, first name, last name or e-mail"
					: "mật khẩu không được chứa tên đăng nhập, họ, tên hoặc e-mail của người dùng";
			default -> english ? "breaks the password rule " + rule.getPlaceholder()
					: "mật khẩu vi phạm quy tắc " + rule.getPlaceholder();
		};
	}

}
