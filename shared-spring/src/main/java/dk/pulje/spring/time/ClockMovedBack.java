package dk.pulje.spring.time;

/** The adjustable clock moves forward only. */
public class ClockMovedBack extends RuntimeException {

    ClockMovedBack(String detail) {
        super(detail);
    }
}
