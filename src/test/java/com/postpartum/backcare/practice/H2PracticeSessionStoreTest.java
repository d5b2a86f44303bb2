package com.postpartum.backcare.practice;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class H2PracticeSessionStoreTest extends PracticeSessionStoreContract {

}
