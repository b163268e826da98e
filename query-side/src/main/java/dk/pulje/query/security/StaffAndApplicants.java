package dk.pulje.query.security;

import static dk.pulje.shared.common.Role.APPLICANT;
import static dk.pulje.shared.common.Role.APPROVER;
import static dk.pulje.shared.common.Role.ASSESSOR;
import static dk.pulje.shared.common.Role.AUDITOR;
import static dk.pulje.shared.common.Role.FINANCE_OFFICER;
import static dk.pulje.shared.common.Role.POOL_MANAGER;

import dk.pulje.spring.security.Allowed;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Staff and auditors, and applicants, who read their own organisation's only. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Allowed({POOL_MANAGER, ASSESSOR, APPROVER, FINANCE_OFFICER, AUDITOR, APPLICANT})
public @interface StaffAndApplicants {}
