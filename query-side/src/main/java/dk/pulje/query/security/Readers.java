package dk.pulje.query.security;

import static dk.pulje.shared.common.Role.APPROVER;
import static dk.pulje.shared.common.Role.ASSESSOR;
import static dk.pulje.shared.common.Role.AUDITOR;
import static dk.pulje.shared.common.Role.DASHBOARD_VIEWER;
import static dk.pulje.shared.common.Role.FINANCE_OFFICER;
import static dk.pulje.shared.common.Role.POOL_MANAGER;

import dk.pulje.spring.security.Allowed;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Staff, auditors and dashboard viewers: what names no organisation or person (programmes, pools, aggregates). */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Allowed({POOL_MANAGER, ASSESSOR, APPROVER, FINANCE_OFFICER, AUDITOR, DASHBOARD_VIEWER})
public @interface Readers {}
