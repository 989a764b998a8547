package vn.partyadmission.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Passwords in Camunda's identity tables are hashed with bcrypt (Spring Security's encoder)
 * instead of Camunda's default salted SHA-512; hashes written before keep working. This uses the
 * engine's password-encryptor extension point, which Operaton keeps.
 */
@Component
class BCryptPasswords extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		// the engine keeps the SHA-512 checker itself, so hashes written before still verify
		configuration.setPasswordEncryptor(new BCryptEncryptor());
	}

	static final class BCryptEncryptor implements PasswordEncryptor {

		private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

		@Override
		public String encrypt(String password) {
			return bcrypt.encode(password);
		}

		@Override
		public boolean check(String password, String encrypted) {
			return bcrypt.matches(password, encrypted);
		}

		@Override
		public String hashAlgorithmName() {
			return "BCRYPT";
		}

	}

}
