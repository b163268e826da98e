package dk.pulje.spring.security;

import dk.pulje.shared.common.Role;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call an endpoint: a user signed in in one of these roles. Written on each controller method (or on an
 * annotation that names a group of roles, itself written on the methods); {@link EndpointAuthorization} enforces it
 * before the request reaches the controller, so a refused call is answered 403 before its body is read.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
public @interface Allowed {

    Role[] value();
}
