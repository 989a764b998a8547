package vn.partyadmission;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * One package per module: modules use each other's public types only and never import each other in
 * a circle (Spring Modulith's verification), and casework, which admission and probation build on,
 * knows neither of them nor security.
 */
class ModuleBoundariesTest {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("vn.partyadmission");

	@Test
	void modulesUseEachOthersPublicApiOnly_andNoneDependOnEachOtherInACircle() {
		ApplicationModules.of(PartyAdmissionApplication.class).verify();
	}

	@Test
	void casework_dependsOnNoModuleBuiltOnIt() {
		noClasses().that().resideInAPackage("vn.partyadmission.casework..")
			.should().dependOnClassesThat().resideInAnyPackage("vn.partyadmission.admission..",
					"vn.partyadmission.probation..", "vn.partyadmission.security..", "vn.partyadmission.reporting..",
					"vn.partyadmission.demo..")
			.check(MAIN);
	}

	@Test
	void probation_usesAdmissionOnlyThroughItsPublicCaseService() {
		noClasses().that().resideInAPackage("vn.partyadmission.probation..")
			.should().dependOnClassesThat(resideInAPackage("vn.partyadmission.admission..")
				.and(not(simpleName("AdmissionCases").or(simpleName("AdmissionCase")))))
			.because("probation builds on casework, not on admission's steps")
			.check(MAIN);
	}

	/** Security follows cases by listening to casework's events; no step module calls it. */
	@Test
	void caseworkAndProbation_doNotKnowSecurity() {
		noClasses().that().resideInAnyPackage("vn.partyadmission.probation..", "vn.partyadmission.casework..")
			.should().dependOnClassesThat().resideInAPackage("vn.partyadmission.security..")
			.check(MAIN);
	}

}
