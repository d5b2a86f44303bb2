package com.postpartum.backcare.assessment;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class H2AssessmentStoreTest extends AssessmentStoreContract {

}
