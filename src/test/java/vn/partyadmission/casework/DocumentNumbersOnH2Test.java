package vn.partyadmission.casework;

import vn.partyadmission.support.ApplicationTest;

@ApplicationTest
class DocumentNumbersOnH2Test extends DocumentNumbersScenarios {

}
