package dk.pulje.query.notification;

import dk.pulje.query.web.Formats;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes a letter in its reader's language (Danish or English; any other is Danish) as an e-mail's subject, its text
 * and its HTML, from the Thymeleaf templates in {@code mail/} and the texts in {@code messages/mail}. The HTML
 * escapes every fact, so a pool's title cannot bring markup into it. The engines are this class's own, not beans:
 * a template engine bean would take the dashboard's place.
 */
@Component
class Letters {

    private final MessageSource messages;
    private final TemplateEngine text;
    private final TemplateEngine html;

    Letters(MessageSource messages) {
        this.messages = messages;
        this.text = engine(messages, TemplateMode.TEXT, ".txt");
        this.html = engine(messages, TemplateMode.HTML, ".html");
    }

    record Written(String subject, String text, String html) {}

    Written write(Letter letter, Locale language) {
        Wording say = new Wording(Formats.supported(language), messages);
        String subject = say.text(
                "mail." + letter.kind() + ".subject",
                letter.subject().apply(say).toArray());
        Context context = new Context(say.language(), letter.facts());
        context.setVariable("say", say);
        context.setVariable("subject", subject);
        context.setVariable("language", say.language().getLanguage());
        return new Written(subject, text.process(letter.kind(), context), html.process(letter.kind(), context));
    }

    private static TemplateEngine engine(MessageSource messages, TemplateMode mode, String suffix) {
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
        templates.setPrefix("mail/");
        templates.setSuffix(suffix);
        templates.setTemplateMode(mode);
        templates.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(templates);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }
}
