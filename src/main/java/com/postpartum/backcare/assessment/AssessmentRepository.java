package com.postpartum.backcare.assessment;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AssessmentRepository extends JpaRepository<AssessmentRecord, UUID> {

}
