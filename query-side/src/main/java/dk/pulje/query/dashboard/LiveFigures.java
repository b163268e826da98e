package dk.pulje.query.dashboard;

import dk.pulje.query.web.Formats;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pushes the dashboard's figures to every open page (server-sent events) within moments of a read model changing.
 * One poller serves all pages: it looks at the read models' {@link ReadModelFingerprint fingerprint} every
 * {@link DashboardSettings#pollInterval()}, and when it changed (or a minute turned, as deadlines pass) reads the
 * figures once, renders them once per language and audience in use and sends each page the regions of its own, if they
 * differ from what it was sent last. Every send happens on the poller's thread, so no page is written to by two
 * threads at once.
 */
@Component
class LiveFigures implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveFigures.class);
    static final String EVENT = "figures";

    private final DashboardReader reader;
    private final ReadModelFingerprint fingerprint;
    private final LiveRegions regions;
    private final MessageSource messages;
    private final JsonMapper json;
    private final DashboardSettings settings;
    private final Map<SseEmitter, Audience> pages = new ConcurrentHashMap<>();
    private final Map<SseEmitter, String> sent = new HashMap<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "dashboard-live");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean running;
    private boolean failing;
    private List<String> lastFingerprint;
    private Instant lastRead = Instant.EPOCH;
    private DashboardFigures figures;
    private final Map<Audience, String> payloads = new HashMap<>();
    private final Clock clock;
    private Instant lastHeartbeat = Instant.EPOCH;

    LiveFigures(
            DashboardReader reader,
            ReadModelFingerprint fingerprint,
            LiveRegions regions,
            MessageSource messages,
            JsonMapper json,
            DashboardSettings settings,
            Clock clock) {
        this.reader = reader;
        this.clock = clock;
        this.fingerprint = fingerprint;
        this.regions = regions;
        this.messages = messages;
        this.json = json;
        this.settings = settings;
    }

    /** Who a page is drawn for: its language, and whether it may name grantees (staff and auditors). */
    record Audience(Locale locale, boolean staff) {}

    /** A page's live connection; it is sent the current figures at once, then every change. */
    SseEmitter subscribe(Locale locale, boolean staff) {
        SseEmitter page = new SseEmitter(settings.connectionTimeout().toMillis());
        page.onCompletion(() -> pages.remove(page));
        page.onTimeout(page::complete);
        page.onError(error -> pages.remove(page));
        pages.put(page, new Audience(Formats.supported(locale), staff));
        try {
            poller.execute(this::look);
        } catch (RejectedExecutionException stopping) {
            page.complete();
        }
        return page;
    }

    private void look() {
        try {
            if (pages.isEmpty()) {
                forgetFigures();
                return;
            }
            List<String> now = fingerprint.read();
            Instant at = clock.instant();
            if (figures == null
                    || !now.equals(lastFingerprint)
                    || !at.truncatedTo(ChronoUnit.MINUTES).equals(lastRead.truncatedTo(ChronoUnit.MINUTES))) {
                figures = reader.figures();
                lastFingerprint = now;
                lastRead = at;
                payloads.clear();
            }
            send();
            if (failing) {
                failing = false;
                log.info("The dashboard's figures can be read again");
            }
            if (at.isAfter(lastHeartbeat.plus(settings.heartbeat()))) {
                lastHeartbeat = at;
                pages.keySet().forEach(page -> deliver(page, SseEmitter.event().comment("heartbeat")));
            }
        } catch (RuntimeException e) {
            // A database that is briefly away must not end the live updates; the next look tries again.
            if (!failing) {
                failing = true;
                log.warn("Cannot read the dashboard's figures; trying again every {}", settings.pollInterval(), e);
            }
        }
    }

    private void send() {
        sent.keySet().retainAll(pages.keySet());
        pages.forEach((page, audience) -> {
            String payload = payloads.computeIfAbsent(audience, this::payload);
            if (!payload.equals(sent.get(page))) {
                sent.put(page, payload);
                deliver(page, SseEmitter.event().name(EVENT).reconnectTime(2000).data(payload, MediaType.TEXT_PLAIN));
            }
        });
    }

    /** One line of JSON: the regions by element id, and the status line that says when they were read. */
    private String payload(Audience audience) {
        Locale locale = audience.locale();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put(
                "status",
                messages.getMessage(
                        "live.updated", new Object[] {Formats.of(locale).time(figures.readAt())}, locale));
        payload.put("regions", regions.render(figures, locale, audience.staff()));
        return json.writeValueAsString(payload);
    }

    private void deliver(SseEmitter page, SseEmitter.SseEventBuilder event) {
        try {
            page.send(event);
        } catch (IOException | IllegalStateException gone) {
            // The container ends the request of a page that went away; it only has to be forgotten here.
            pages.remove(page);
        }
    }

    private void forgetFigures() {
        figures = null;
        lastFingerprint = null;
        payloads.clear();
        sent.clear();
    }

    @Override
    public void start() {
        long interval = settings.pollInterval().toMillis();
        poller.scheduleWithFixedDelay(this::look, interval, interval, TimeUnit.MILLISECONDS);
        running = true;
    }

    /** Ends the open pages' connections first, or the web server's graceful shutdown would wait for them. */
    @Override
    public void stop() {
        running = false;
        poller.shutdownNow();
        pages.keySet().forEach(SseEmitter::complete);
        pages.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
