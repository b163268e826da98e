package dk.pulje.query.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The outbox is sent on a schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotificationScheduling {}
