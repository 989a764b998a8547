package vn.partyadmission.documents;

import vn.partyadmission.support.ApplicationTest;

@ApplicationTest
class DocumentsOnH2Test extends DocumentScenarios {

}
