package vn.partyadmission.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishWordsTest {

	@Test
	void camundasEnglishIsCounted_wordByWord() {
		assertThat(EnglishWords.in("Start process · Create task · My tasks (0)"))
			.containsExactly("Start", "process", "Create", "task", "My", "tasks");
	}

	@Test
	void vietnameseText_namesOfPlaces_idsAndFormCodes_areNotEnglish() {
		assertThat(EnglishWords.in("Chi bộ Thôn Đông (xã An Hòa) · Kim Long · In quyết định 9-KNĐ do Ban thường vụ ký "
				+ "· secretary.hophoa1 · p00003 · QĐ 21-QĐ/ĐU · Camunda")).isEmpty();
	}

	@Test
	void rawCodesOfTheModelAreEnglish() {
		assertThat(EnglishWords.in("Nghề nghiệp: FARMER")).containsExactly("FARMER");
	}

}
