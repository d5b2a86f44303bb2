package com.postpartum.backcare.account;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class H2ReminderStoreTest extends ReminderStoreContract {

}
