package com.postpartum.backcare.routine;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class H2PracticeSessionStoreTest extends PracticeSessionStoreContract {

}
