package dk.pulje.query.web;

import dk.pulje.query.infra.EventStoreHead;
import dk.pulje.query.infra.ProjectionProgress;
import dk.pulje.spring.web.ConsistencyToken;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Lets a client read its own writes. The command side answers every command with the event store position of its
 * last event; a read that carries that position (header {@value #HEADER} or parameter {@value #PARAMETER}) is held
 * until every processing group the endpoint {@link ReadsFrom reads from} has processed it, or answered 503 when
 * that takes longer than {@link ConsistencySettings#maxWait()}. A position beyond the event store's last event was
 * never answered to anyone and would only hold a thread: it is refused at once.
 */
@Component
class ReadYourWrites implements HandlerInterceptor {

    static final String HEADER = ConsistencyToken.HEADER;
    static final String PARAMETER = "consistencyToken";

    private final ProjectionProgress progress;
    private final EventStoreHead head;
    private final ConsistencySettings settings;

    ReadYourWrites(ProjectionProgress progress, EventStoreHead head, ConsistencySettings settings) {
        this.progress = progress;
        this.head = head;
        this.settings = settings;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws InterruptedException {
        String token = request.getHeader(HEADER) != null ? request.getHeader(HEADER) : request.getParameter(PARAMETER);
        if (token == null
                || token.isBlank()
                || !(handler instanceof HandlerMethod method)
                || !method.hasMethodAnnotation(ReadsFrom.class)) {
            return true;
        }
        List<String> groups =
                List.of(method.getMethodAnnotation(ReadsFrom.class).value());
        long position = position(token.strip());
        if (!progress.hasProcessed(groups, position)) {
            refuseBeyondHead(position);
            awaitPosition(groups, position);
        }
        return true;
    }

    private void refuseBeyondHead(long position) {
        long last = head.position();
        if (position > last) {
            throw new ConsistencyTokenAhead("The consistency token " + position + " is beyond the event store's "
                    + "last event (" + last + "): no command was answered with it");
        }
    }

    private void awaitPosition(List<String> groups, long position) throws InterruptedException {
        long deadline = System.nanoTime() + settings.maxWait().toNanos();
        while (!progress.hasProcessed(groups, position)) {
            if (System.nanoTime() - deadline >= 0) {
                throw new ProjectionBehind("The read models " + groups + " have not yet reached position " + position
                        + " of the event store; try again in a moment");
            }
            Thread.sleep(settings.pollInterval().toMillis());
        }
    }

    private static long position(String token) {
        try {
            return Long.parseLong(token);
        } catch (NumberFormatException e) {
            throw new BadParameter(
                    "A consistency token is the whole number a command was answered with, not '" + token + "'");
        }
    }
}
