package dk.pulje.query;

import static dk.pulje.query.SeedEvents.allocated;
import static dk.pulje.query.SeedEvents.decision;
import static dk.pulje.query.SeedEvents.earlyPreventiveEffort;
import static dk.pulje.query.SeedEvents.satspulje2017;
import static dk.pulje.query.SeedEvents.submitted;
import static dk.pulje.query.infra.ProcessingGroups.GRANTS;
import static dk.pulje.query.infra.ProcessingGroups.POOL_APPLICATIONS;
import static dk.pulje.query.infra.ProcessingGroups.POOL_DECISIONS;
import static dk.pulje.query.infra.ProcessingGroups.POOL_OVERVIEW;
import static dk.pulje.query.infra.ProcessingGroups.PROGRAMME_OVERVIEW;
import static dk.pulje.shared.common.Role.APPROVER;
import static dk.pulje.shared.common.Role.ASSESSOR;
import static dk.pulje.shared.common.Role.POOL_MANAGER;
import static dk.pulje.shared.common.Role.SYSTEM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dk.pulje.query.infra.ProjectionProgress;
import dk.pulje.shared.TestPools;
import dk.pulje.shared.application.Applicant;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.ApplicationScreened;
import dk.pulje.shared.application.AwardReleased;
import dk.pulje.shared.application.BudgetByYear;
import dk.pulje.shared.application.GrantAwarded;
import dk.pulje.shared.application.ReleaseCause;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.grant.GrantId;
import dk.pulje.shared.grant.GrantOpened;
import dk.pulje.shared.grant.ReportDue;
import dk.pulje.shared.grant.ReportKind;
import dk.pulje.shared.grant.ReportOverdue;
import dk.pulje.shared.pool.ActivityCategory;
import dk.pulje.shared.pool.Earmark;
import dk.pulje.shared.pool.GrantConditions;
import dk.pulje.shared.pool.PoolDrafted;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolPublished;
import dk.pulje.shared.pool.PoolTerms;
import dk.pulje.shared.pool.PoolText;
import dk.pulje.shared.pool.ReturnsTo;
import dk.pulje.shared.programme.FinanceYears;
import dk.pulje.shared.programme.InitiativeFundedDirectly;
import dk.pulje.shared.programme.PoolBudgetAllocated;
import dk.pulje.shared.programme.ProgrammeEstablished;
import dk.pulje.shared.programme.ProgrammeId;
import dk.pulje.shared.programme.Track;
import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The dashboard's pages and live figures without a browser (DashboardIT drives them in Chromium): what each role
 * sees, in which language and format, and that a new event reaches an open page.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"embedded", "demo"})
class DashboardPagesTest {

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private MockMvc mockMvc;

    @Autowired
    private EventStore eventStore;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ProjectionProgress progress;

    private EventLog events;
    private final ProgrammeId programme = ProgrammeId.random();
    private final PoolId pool = PoolId.random();
    private final ApplicationId aarhus = ApplicationId.random();

    @DynamicPropertySource
    static void inMemoryDatabase(DynamicPropertyRegistry registry) {
        String url = "jdbc:h2:mem:pulje-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        registry.add("spring.datasource.url", () -> url);
    }

    @BeforeEach
    void awardedPool() {
        events = new EventLog(eventStore, jdbc);
        events.programme(programme, satspulje2017(programme), allocated(programme, pool));
        awaitProjections(events.pool(
                pool,
                earlyPreventiveEffort(pool, programme),
                new PoolPublished(pool, 1, decision("manager", POOL_MANAGER, "2017-02-06T08:00:00Z", null)),
                submitted(pool, aarhus, "751", "2500000", "2017-03-01T09:00:00Z"),
                new ApplicationScreened(
                        pool, aarhus, true, decision("assessor", ASSESSOR, "2017-03-25T09:00:00Z", "Fits the pool")),
                new GrantAwarded(
                        pool,
                        aarhus,
                        Applicant.municipality("751"),
                        Money.of("1800000"),
                        List.of(4),
                        1,
                        decision("approver", APPROVER, "2017-04-03T09:00:00Z", "Scores 4/5"))));
    }

    @Test
    void amounts_are_shown_in_danish_or_english_and_every_municipality_is_listed() throws Exception {
        Cookie viewer = signIn("viewer");

        String danish = page(viewer, "/dashboard?lang=da");
        assertThat(danish)
                .contains(
                        "<html lang=\"da\"",
                        "Overblik",
                        "24.900.000,00 kr.",
                        "1.800.000,00 kr.",
                        "Region Midtjylland",
                        "Aarhus",
                        "Vesthimmerland");
        assertThat(danish.split("id=\"municipality-")).hasSize(98 + 1);
        MvcTestResult english =
                mvc.get().uri("/dashboard?lang=en").cookie(viewer).exchange();
        assertThat(english)
                .hasStatusOk()
                .bodyText()
                .contains("<html lang=\"en\"", "Overview", "DKK 24,900,000.00", "DKK 1,800,000.00");
        Cookie language = english.getResponse().getCookie("pulje-lang");
        assertThat(language).isNotNull();
        assertThat(mvc.get().uri("/dashboard").cookie(viewer).cookie(language).exchange())
                .as("the language is remembered")
                .bodyText()
                .contains("<html lang=\"en\"");
    }

    @Test
    void a_pool_published_in_danish_is_shown_in_danish_and_in_its_english_translation_to_english_readers()
            throws Exception {
        PoolId danishPool = PoolId.random();
        PoolTerms t = TestPools.earlyPreventiveEffort2017();
        PoolTerms danish = new PoolTerms(
                "Investering i efterværn til unge",
                "Midlerne gives i to runder.",
                t.eligibleKinds(),
                t.categories(),
                t.limits(),
                t.expectedGrantees(),
                t.rounds(),
                t.projectPeriod(),
                t.meetings(),
                t.grantConditions(),
                t.earmarks(),
                t.priority(),
                Map.of(
                        "en",
                        new PoolText("Aftercare for young people leaving care", "The money is given in two rounds.")));
        awaitProjections(events.pool(
                danishPool,
                new PoolDrafted(
                        danishPool,
                        programme,
                        Money.millions("1"),
                        danish,
                        decision("manager", POOL_MANAGER, "2017-02-01T09:00:00Z", null)),
                new PoolPublished(danishPool, 1, decision("manager", POOL_MANAGER, "2017-02-06T08:00:00Z", null))));
        Cookie viewer = signIn("viewer");

        assertThat(page(viewer, "/dashboard?lang=da"))
                .contains("Investering i efterværn til unge")
                .doesNotContain("Aftercare for young people leaving care");
        assertThat(page(viewer, "/dashboard?lang=en"))
                .contains("Aftercare for young people leaving care")
                .doesNotContain("Investering i efterværn til unge");
        assertThat(page(viewer, "/dashboard/pools/" + danishPool + "?lang=da"))
                .contains("Investering i efterværn til unge", "Midlerne gives i to runder.");
        assertThat(page(viewer, "/dashboard/pools/" + danishPool + "?lang=en"))
                .contains("Aftercare for young people leaving care", "The money is given in two rounds.")
                .doesNotContain("Midlerne gives i to runder.");
    }

    @Test
    void viewers_see_aggregates_staff_see_applications_and_decisions_and_auditors_the_history() throws Exception {
        String poolPage = "/dashboard/pools/" + pool + "?lang=en";

        String viewer = page(signIn("viewer"), poolPage);
        assertThat(viewer)
                .contains("DKK 1,800,000.00", "shown to staff and auditors")
                .doesNotContain("Early help in PPR", "Scores 4/5", "approver", "Kim Jensen", "id=\"history\"");

        String approver = page(signIn("approver"), poolPage);
        assertThat(approver)
                .contains(
                        "Aarhus Kommune",
                        "Early help in PPR",
                        "Grant awarded",
                        "Scores 4/5",
                        "Fits the pool",
                        "Screened (eligible)")
                .doesNotContain("Kim Jensen", "id=\"history\"");

        String auditor = page(signIn("auditor"), poolPage);
        assertThat(auditor)
                .contains("id=\"history\"", "ApplicationSubmitted", "GrantAwarded", "Scores 4/5")
                .doesNotContain("Kim Jensen", "kim.jensen@kommune.dk");
    }

    @Test
    void the_audit_trail_shows_a_page_of_the_newest_events_with_links_to_older_and_newer_ones() throws Exception {
        Object[] more = new Object[120];
        for (int i = 0; i < more.length; i++) {
            more[i] = submitted(pool, ApplicationId.of("more-" + i), "751", "100000", "2017-03-02T09:00:00Z");
        }
        awaitProjections(events.pool(pool, more));
        Cookie auditor = signIn("auditor");
        String poolPage = "/dashboard/pools/" + pool;

        String newest = oneLine(page(auditor, poolPage + "?lang=en"));
        assertThat(sequences(newest)).containsExactlyElementsOf(descending(124, 75));
        assertThat(newest)
                .contains(
                        "Events 75 to 124 of 125, by sequence number.",
                        "<nav class=\"pages\" id=\"history-pages\" aria-label=\"Pages of the audit history\">",
                        "id=\"history-older\" rel=\"next\" href=\"" + poolPage
                                + "?before=75#history-title\">Older events</a>")
                .doesNotContain("id=\"history-newer\"", "id=\"history-newest\"");

        String middle = oneLine(page(auditor, poolPage + "?before=75&lang=en"));
        assertThat(sequences(middle)).containsExactlyElementsOf(descending(74, 25));
        assertThat(middle)
                .contains(
                        "href=\"" + poolPage + "?before=25#history-title\">Older events",
                        "href=\"" + poolPage + "#history-title\">Newer events")
                .doesNotContain("id=\"history-newest\"");

        String oldest = oneLine(page(auditor, poolPage + "?before=25&lang=da"));
        assertThat(sequences(oldest)).containsExactlyElementsOf(descending(24, 0));
        assertThat(oldest)
                .contains(
                        "Hændelse 0 til 24 af 125, efter løbenummer.",
                        "href=\"" + poolPage + "?before=75#history-title\">Nyere hændelser",
                        "href=\"" + poolPage + "#history-title\">Nyeste hændelser")
                .doesNotContain("id=\"history-older\"");

        assertThat(sequences(page(auditor, poolPage + "?before=9999"))).containsExactlyElementsOf(descending(124, 75));
        assertThat(mvc.get().uri(poolPage + "?before=0").cookie(auditor).exchange())
                .hasStatus(400);
        for (String number : List.of("1e400000000", "1e-999999999", "1e-20000000", "99999999999999999999")) {
            MvcTestResult refused = mvc.get()
                    .uri(poolPage + "?before=" + number)
                    .cookie(auditor)
                    .exchange();
            assertThat(refused)
                    .as(number)
                    .hasStatus(400)
                    .bodyJson()
                    .extractingPath("$.type")
                    .isEqualTo("/problems/number-out-of-range");
            assertThat(refused.getResponse().getContentAsByteArray()).as(number).hasSizeLessThan(1_000);
        }
    }

    /** The sequence numbers of the audit trail's rows, in the order shown. */
    private static List<Long> sequences(String page) {
        String trail = page.substring(page.indexOf("<table id=\"history\">"));
        return Pattern.compile("<tr>\\s*+<td class=\"number\">(\\d+)</td>")
                .matcher(trail.substring(0, trail.indexOf("</table>")))
                .results()
                .map(row -> Long.parseLong(row.group(1)))
                .toList();
    }

    /** The page with every run of white space as one space, as a reader sees it. */
    private static String oneLine(String page) {
        return page.replaceAll("\\s+", " ");
    }

    private static List<Long> descending(long from, long to) {
        return LongStream.rangeClosed(to, from)
                .map(sequence -> from + to - sequence)
                .boxed()
                .toList();
    }

    @Test
    void applicants_and_strangers_are_kept_out() throws Exception {
        assertThat(mvc.get().uri("/dashboard").cookie(signIn("aarhus")).exchange())
                .hasStatus(403)
                .hasForwardedUrl("/dashboard/forbidden");
        assertThat(mvc.get().uri("/dashboard").exchange()).hasStatus(302).hasRedirectedUrl("/dashboard/login");
        assertThat(mvc.get().uri("/dashboard/pools/" + pool).exchange()).hasStatus(302);
        assertThat(mvc.get().uri("/dashboard/login").exchange())
                .hasStatusOk()
                .headers()
                .hasValue("X-Frame-Options", "DENY")
                .containsHeader("Content-Security-Policy");
    }

    @Test
    void viewers_see_how_many_reports_are_overdue_in_each_pool_and_staff_see_whose_live_too() throws Exception {
        GrantId grant = GrantId.of(aarhus);
        long overdue = events.grant(
                grant,
                new GrantOpened(
                        grant,
                        pool,
                        programme,
                        aarhus,
                        Applicant.municipality("751"),
                        Money.of("1800000"),
                        BudgetByYear.of(Map.of(2018, Money.of("600000"), 2019, Money.of("1200000"))),
                        Instant.parse("2017-04-17T09:00:00Z"),
                        Instant.parse("2017-10-03T09:00:00Z"),
                        List.of(new ReportDue("status-2018", ReportKind.STATUS, LocalDate.of(2019, 3, 1))),
                        List.of(14, 3),
                        decision("approver", APPROVER, "2017-04-03T09:00:00Z", "Scores 4/5")),
                new ReportOverdue(
                        grant,
                        "status-2018",
                        LocalDate.of(2019, 3, 1),
                        decision("pulje", SYSTEM, "2019-03-01T23:00:00Z", "Not submitted by 2019-03-01")));
        await().atMost(Duration.ofSeconds(10)).until(() -> progress.hasProcessed(List.of(GRANTS), overdue));
        Cookie viewer = signIn("viewer");

        assertThat(overdueRegion(page(viewer, "/dashboard?lang=en")))
                .contains("Reports overdue", "Initiatives for an early", "<td>1</td>")
                .doesNotContain("status-2018", "Aarhus Kommune");
        assertThat(overdueRegion(page(signIn("approver"), "/dashboard?lang=en")))
                .contains("status-2018", "Aarhus Kommune");
        MvcResult live =
                mockMvc.perform(get("/dashboard/live?lang=en").cookie(viewer)).andReturn();
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(live.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .contains("event:figures", "Reports overdue")
                        .doesNotContain("status-2018"));
    }

    @Test
    void an_open_page_is_sent_the_figures_again_when_an_event_changes_them() throws Exception {
        Cookie viewer = signIn("viewer");
        MvcResult live =
                mockMvc.perform(get("/dashboard/live?lang=da").cookie(viewer)).andReturn();
        assertThat(live.getRequest().isAsyncStarted()).isTrue();
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(live.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .contains("event:figures", "1.800.000,00 kr."));

        ApplicationId odense = ApplicationId.random();
        events.pool(
                pool,
                submitted(pool, odense, "461", "3000000", "2017-03-02T09:00:00Z"),
                new ApplicationScreened(
                        pool, odense, true, decision("assessor", ASSESSOR, "2017-03-25T10:00:00Z", "Fits the pool")),
                new GrantAwarded(
                        pool,
                        odense,
                        Applicant.municipality("461"),
                        Money.of("2000000"),
                        List.of(4),
                        1,
                        decision("approver", APPROVER, "2017-04-03T10:00:00Z", "Scores 4/5")));
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(live.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .contains("3.800.000,00 kr."));
    }

    private Cookie signIn(String user) throws Exception {
        return DashboardSignIn.as(mvc, user);
    }

    private String page(Cookie session, String uri) throws Exception {
        MvcTestResult page = mvc.get().uri(uri).cookie(session).exchange();
        assertThat(page).hasStatusOk();
        return page.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void money_no_longer_awarded_is_shown_where_the_pools_terms_sent_it_and_not_as_awarded() throws Exception {
        PoolId toState = PoolId.random();
        ApplicationId odense = ApplicationId.random();
        String before = tight(page(signIn("viewer"), "/dashboard?lang=da"));
        BigDecimal aarhusBefore = municipalityAwarded(before, "751");
        BigDecimal odenseBefore = municipalityAwarded(before, "461");
        PoolTerms t = TestPools.earlyPreventiveEffort2017();
        PoolTerms stateTerms = new PoolTerms(
                "Puljen med penge tilbage til staten",
                null,
                t.eligibleKinds(),
                t.categories(),
                t.limits(),
                t.expectedGrantees(),
                t.rounds(),
                t.projectPeriod(),
                t.meetings(),
                new GrantConditions(null, null, null, ReturnsTo.STATE),
                t.earmarks(),
                t.priority(),
                null);
        events.programme(
                programme,
                new PoolBudgetAllocated(
                        programme,
                        toState,
                        Money.millions("2"),
                        decision("manager", POOL_MANAGER, "2017-02-01T09:00:00Z", null)));
        events.pool(
                pool,
                new AwardReleased(
                        pool,
                        aarhus,
                        Money.of("300000.50"),
                        decision("pulje", SYSTEM, "2019-04-20T09:00:00Z", "Repaid on claim k1"),
                        ReleaseCause.REPAID,
                        ReturnsTo.POOL));
        awaitProjections(events.pool(
                toState,
                new PoolDrafted(
                        toState,
                        programme,
                        Money.millions("2"),
                        stateTerms,
                        decision("manager", POOL_MANAGER, "2017-02-01T09:00:00Z", null)),
                new PoolPublished(toState, 1, decision("manager", POOL_MANAGER, "2017-02-06T08:00:00Z", null)),
                submitted(toState, odense, "461", "1000000", "2017-03-01T09:00:00Z"),
                new GrantAwarded(
                        toState,
                        odense,
                        Applicant.municipality("461"),
                        Money.of("1000000"),
                        List.of(),
                        1,
                        decision("approver", APPROVER, "2017-04-03T09:00:00Z", "Scores 4/5")),
                new AwardReleased(
                        toState,
                        odense,
                        Money.of("1000000"),
                        decision("pulje", SYSTEM, "2017-04-18T09:00:00Z", "Not accepted"),
                        ReleaseCause.LAPSED,
                        ReturnsTo.STATE)));
        Cookie viewer = signIn("viewer");

        String danish = tight(page(viewer, "/dashboard?lang=da"));
        String aarhusPool = danish.substring(danish.indexOf("id=\"pool-" + pool + "\""));
        assertThat(measure(aarhusPool, "awarded")).isEqualTo("1.499.999,50 kr.");
        assertThat(measure(aarhusPool, "returnedToPool")).isEqualTo("300.000,50 kr.");
        assertThat(measure(aarhusPool, "remaining")).isEqualTo("23.400.000,50 kr.");
        assertThat(aarhusPool.substring(0, aarhusPool.indexOf("</article>")))
                .contains("Tilbageført til puljen")
                .doesNotContain("returnedToState");
        String statePool = danish.substring(danish.indexOf("id=\"pool-" + toState + "\""));
        assertThat(measure(statePool, "awarded")).isEqualTo("0,00 kr.");
        assertThat(measure(statePool, "returnedToState")).isEqualTo("1.000.000,00 kr.");
        assertThat(measure(statePool, "remaining"))
                .as("money back to the state is not available again")
                .isEqualTo("1.000.000,00 kr.");
        assertThat(statePool).contains("Tilbageført til statskassen");
        assertThat(danish)
                .as("the programme's figures")
                .contains(
                        "<dt>Tilbageført til puljerne</dt><dd>300.000,50 kr.</dd>",
                        "<dt>Tilbageført til statskassen</dt><dd>1.000.000,00 kr.</dd>");
        assertThat(municipalityAwarded(danish, "751"))
                .as("Aarhus no longer holds what it repaid")
                .isEqualByComparingTo(aarhusBefore.subtract(new BigDecimal("300000.50")));
        assertThat(municipalityAwarded(danish, "461"))
                .as("Odense's grant lapsed: it holds nothing more")
                .isEqualByComparingTo(odenseBefore);
        assertThat(page(viewer, "/dashboard/pools/" + toState + "?lang=en"))
                .contains("Money no longer awarded", "Back to the state (the treasury)", "Returned to the state");
        assertThat(page(viewer, "/dashboard/pools/" + toState + "?lang=da"))
                .contains("Midler, der ikke længere er bevilget", "Tilbage til statskassen");
    }

    @Test
    void a_programmes_finance_years_tracks_and_directly_funded_initiatives_are_shown_in_danish_and_english()
            throws Exception {
        ProgrammeId adults = ProgrammeId.random();
        PoolId aftercare = PoolId.random();
        var by = decision("manager", POOL_MANAGER, "2017-05-09T08:00:00Z", "Satspuljeaftalen 2017");
        awaitProjections(events.programme(
                adults,
                new ProgrammeEstablished(
                        adults,
                        "Socialt udviklings- og investeringsprogram",
                        Money.millions("250"),
                        by,
                        FinanceYears.of(Map.of(
                                2017,
                                Money.millions("62.5"),
                                2018,
                                Money.millions("62.5"),
                                2019,
                                Money.millions("62.5"),
                                2020,
                                Money.millions("62.5"))),
                        List.of(
                                new Track("development", "Udviklingsspor", null),
                                new Track("spread", "Udbredelsesspor", Money.millions("100")),
                                new Track("data", "Dataspor", null))),
                new PoolBudgetAllocated(
                        adults,
                        aftercare,
                        Money.millions("60"),
                        by,
                        "spread",
                        FinanceYears.of(Map.of(2017, Money.millions("30"), 2018, Money.millions("30")))),
                new InitiativeFundedDirectly(
                        adults,
                        "data-sources",
                        "Data og vidensgrundlag",
                        "data",
                        Money.millions("5"),
                        FinanceYears.in(2018, Money.millions("5")),
                        by)));
        Cookie viewer = signIn("viewer");

        String danish = tight(page(viewer, "/dashboard?lang=da"));
        String years = danish.substring(danish.indexOf("id=\"programme-years-" + adults + "\""));
        assertThat(years.substring(0, years.indexOf("</table>")))
                .contains(
                        "<caption>Finansår</caption>",
                        "<th scope=\"col\">Finansår</th>",
                        "<th scope=\"row\">2017</th><td class=\"number\">62.500.000,00 kr.</td>"
                                + "<td class=\"number\">30.000.000,00 kr.</td>"
                                + "<td class=\"number\">32.500.000,00 kr.</td>",
                        "<th scope=\"row\">2018</th><td class=\"number\">62.500.000,00 kr.</td>"
                                + "<td class=\"number\">35.000.000,00 kr.</td>",
                        "<th scope=\"row\">2020</th>");
        String tracks = danish.substring(danish.indexOf("id=\"programme-tracks-" + adults + "\""));
        assertThat(tracks.substring(0, tracks.indexOf("</table>")))
                .contains(
                        "<caption>Spor</caption>",
                        "<th scope=\"row\">Udviklingsspor</th><td class=\"number\">ingen egen</td>",
                        "<th scope=\"row\">Udbredelsesspor</th><td class=\"number\">100.000.000,00 kr.</td>"
                                + "<td class=\"number\">60.000.000,00 kr.</td>",
                        "<th scope=\"row\">Dataspor</th>");
        assertThat(danish)
                .contains(
                        "id=\"programme-initiatives-" + adults + "\"",
                        "Data og vidensgrundlag",
                        "<dt>Finansieret direkte</dt><dd>5.000.000,00 kr.</dd>");
        String english = tight(page(viewer, "/dashboard?lang=en"));
        assertThat(english)
                .contains(
                        "<caption>Finance years</caption>",
                        "<caption>Tracks</caption>",
                        "<caption>Initiatives funded directly</caption>",
                        "DKK 62,500,000.00",
                        "none of its own");
        assertThat(danish)
                .as("a programme without years or tracks shows no such tables")
                .doesNotContain("id=\"programme-years-" + programme + "\"");
    }

    @Test
    void categories_earmarks_and_their_english_translations_are_shown_on_the_pool_page() throws Exception {
        PoolId ppr = PoolId.random();
        PoolTerms t = TestPools.earlyPreventiveEffort2017();
        PoolTerms terms = new PoolTerms(
                "Investering i den tidlige og forebyggende indsats i PPR",
                null,
                t.eligibleKinds(),
                List.of(new ActivityCategory(
                        "ppr-staff",
                        "Ekstra medarbejdere i PPR til den tidlige og forebyggende indsats",
                        Map.of("en", "Extra PPR staff for the early, preventive effort"))),
                t.limits(),
                t.expectedGrantees(),
                t.rounds(),
                t.projectPeriod(),
                t.meetings(),
                t.grantConditions(),
                List.of(new Earmark(
                        "partnership",
                        "Deltagelse i partnerskabet med Socialstyrelsen",
                        Money.of("100000"),
                        Map.of("en", "Participation in the partnership with the agency"))),
                t.priority(),
                null);
        awaitProjections(events.pool(
                ppr,
                new PoolDrafted(
                        ppr,
                        programme,
                        Money.millions("1"),
                        terms,
                        decision("manager", POOL_MANAGER, "2017-02-01T09:00:00Z", null)),
                new PoolPublished(ppr, 1, decision("manager", POOL_MANAGER, "2017-02-06T08:00:00Z", null))));
        Cookie viewer = signIn("viewer");

        assertThat(page(viewer, "/dashboard/pools/" + ppr + "?lang=da"))
                .contains(
                        "Der kan søges om",
                        "Ekstra medarbejdere i PPR til den tidlige og forebyggende indsats",
                        "Deltagelse i partnerskabet med Socialstyrelsen: mindst 100.000,00 kr.",
                        "Tilbage til puljen og kan bevilges igen")
                .doesNotContain("Extra PPR staff");
        assertThat(page(viewer, "/dashboard/pools/" + ppr + "?lang=en"))
                .contains(
                        "What may be funded",
                        "Extra PPR staff for the early, preventive effort",
                        "Participation in the partnership with the agency: at least DKK 100,000.00")
                .doesNotContain("Ekstra medarbejdere i PPR");
    }

    /** The page without the white space between its tags. */
    private static String tight(String page) {
        return page.replaceAll(">\\s+<", "><");
    }

    /** What the municipality's row says it has been awarded, from the Danish page (1.234,56 kr.). */
    private static BigDecimal municipalityAwarded(String page, String code) {
        String from = page.substring(page.indexOf("id=\"municipality-" + code + "\""));
        String row = from.substring(0, from.indexOf("</tr>"));
        String amount = row.substring(row.lastIndexOf("<td class=\"number\">") + 19, row.lastIndexOf(" kr."));
        return new BigDecimal(amount.replace(".", "").replace(',', '.'));
    }

    /** The amount a pool card shows for a measure. */
    private static String measure(String card, String name) {
        String from = card.substring(card.indexOf("data-measure=\"" + name + "\""));
        return from.substring(from.indexOf('>') + 1, from.indexOf('<'));
    }

    private static String overdueRegion(String page) {
        String region = page.substring(page.indexOf("id=\"overdue\""));
        return region.substring(0, region.indexOf("</section>"));
    }

    private void awaitProjections(long position) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> progress.hasProcessed(
                        List.of(PROGRAMME_OVERVIEW, POOL_OVERVIEW, POOL_APPLICATIONS, POOL_DECISIONS), position));
    }
}
