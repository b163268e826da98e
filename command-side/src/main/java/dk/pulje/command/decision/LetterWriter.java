package dk.pulje.command.decision;

import dk.pulje.shared.common.Money;
import dk.pulje.shared.decision.DecisionOutcome;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Writes a decision letter as PDF: a Thymeleaf text template ({@code letters/<language>/<grant|rejection|amount-changed>.txt}, or the
 * agency's own of that name in {@code pulje.letters.templates}) gives its text; a line starting with {@code # } is a
 * heading, an empty line ends a paragraph. PDFBox lays the text out on A4 pages in Helvetica, whose encoding holds
 * æ, ø and å. Text, not HTML: the agency edits a letter as it reads.
 */
@Component
class LetterWriter {

    private static final float MARGIN = 64;
    private static final float TEXT_SIZE = 11;
    private static final float HEADING_SIZE = 15;
    private static final float LEADING = 1.45f;

    private final TemplateEngine templates;
    private final String language;

    LetterWriter(LetterSettings settings) {
        this.language = settings.language();
        this.templates = new TemplateEngine();
        int order = 1;
        if (settings.templates() != null) {
            FileTemplateResolver agencys = new FileTemplateResolver();
            configure(agencys, settings.templates().toAbsolutePath() + "/", order++);
            agencys.setCheckExistence(true);
            templates.addTemplateResolver(agencys);
        }
        ClassLoaderTemplateResolver builtIn = new ClassLoaderTemplateResolver();
        configure(builtIn, "letters/", order);
        templates.addTemplateResolver(builtIn);
    }

    private static void configure(AbstractConfigurableTemplateResolver resolver, String prefix, int order) {
        resolver.setPrefix(prefix);
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(false);
        resolver.setOrder(order);
    }

    String language() {
        return language;
    }

    /** The letter's text, as the template writes it. */
    String text(LetterContent letter) {
        Locale locale = Locale.forLanguageTag(language);
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        Context context = new Context(locale);
        context.setVariables(Map.of(
                "letter", letter,
                "pool", letter.facts().poolTitle(),
                "applicant", letter.facts().applicant().name(),
                "amount", letter.amount() == null ? "" : kroner(letter.amount(), locale),
                "reasons", letter.reasons() == null ? "" : letter.reasons(),
                "decidedOn", dates.format(letter.decidedOn()),
                "reconsiderationBy", dates.format(letter.reconsiderationBy()),
                "projectStart", dates.format(letter.facts().projectPeriod().start()),
                "projectEnd", dates.format(letter.facts().projectPeriod().end())));
        context.setVariable(
                "previousAmount", letter.previousAmount() == null ? "" : kroner(letter.previousAmount(), locale));
        context.setVariable(
                "earmarks",
                letter.facts().earmarks().stream()
                        .map(earmark -> new Earmarked(earmark.purpose(), kroner(earmark.minimum(), locale)))
                        .toList());
        String kind = letter.previousAmount() != null
                ? "amount-changed"
                : letter.outcome() == DecisionOutcome.GRANT ? "grant" : "rejection";
        return templates.process(language + "/" + kind, context);
    }

    record Earmarked(String purpose, String amount) {}

    byte[] pdf(LetterContent letter) {
        return layOut(text(letter));
    }

    private static String kroner(Money amount, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        BigDecimal kroner = amount.kroner();
        return format.format(kroner) + " kr.";
    }

    static byte[] layOut(String text) {
        PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Page page = new Page(document);
            for (String paragraph : text.strip().split("\\R\\s*\\R")) {
                String joined = paragraph.strip().replaceAll("\\s*\\R\\s*", " ");
                boolean heading = joined.startsWith("# ");
                PDFont font = heading ? bold : regular;
                float size = heading ? HEADING_SIZE : TEXT_SIZE;
                for (String line : wrap(heading ? joined.substring(2) : joined, font, size, page.width())) {
                    page = page.line(line, font, size);
                }
                page = page.gap(size * 0.8f);
            }
            page.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The decision letter could not be laid out", e);
        }
    }

    private static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(Page.printable(candidate, font)) / 1000 * size > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The page being written, which starts the next one when it is full. */
    private static final class Page {

        private final PDDocument document;
        private final PDPageContentStream content;
        private float y;

        Page(PDDocument document) throws IOException {
            this.document = document;
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            this.content = new PDPageContentStream(document, page);
            this.y = PDRectangle.A4.getHeight() - MARGIN;
        }

        float width() {
            return PDRectangle.A4.getWidth() - 2 * MARGIN;
        }

        Page line(String text, PDFont font, float size) throws IOException {
            Page page = y - size * LEADING < MARGIN ? next() : this;
            page.y -= size * LEADING;
            page.content.beginText();
            page.content.setFont(font, size);
            page.content.newLineAtOffset(MARGIN, page.y);
            page.content.showText(printable(text, font));
            page.content.endText();
            return page;
        }

        /** The text with what the font cannot encode (outside WinAnsi, e.g. ≤) shown as "?". */
        private static String printable(String text, PDFont font) throws IOException {
            StringBuilder shown = new StringBuilder(text.length());
            for (int at = 0; at < text.length(); ) {
                String character = new String(Character.toChars(text.codePointAt(at)));
                at += character.length();
                try {
                    font.encode(character);
                    shown.append(character);
                } catch (IllegalArgumentException notInFont) {
                    shown.append('?');
                }
            }
            return shown.toString();
        }

        Page gap(float height) {
            y -= height;
            return this;
        }

        private Page next() throws IOException {
            close();
            return new Page(document);
        }

        void close() throws IOException {
            content.close();
        }
    }
}
