package dk.pulje.query.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The processing groups whose read models an endpoint answers from: a request with a consistency token waits
 * until all of them have processed its position (see {@link ReadYourWrites}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadsFrom {

    String[] value();
}
