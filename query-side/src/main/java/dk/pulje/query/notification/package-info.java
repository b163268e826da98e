/**
 * E-mail notifications. The handlers of the {@code notifications} processing group ({@code PoolNews},
 * {@code MeetingNews}, {@code GrantNews}, with {@code Subscriptions} and {@code ErasedPeople}) write the e-mails that
 * events call for into the outbox, in the transaction that moves the group's token, so none is lost; they keep the
 * subscriptions, pools, attendees and applications' projects they need themselves, in event order (one segment). The
 * group is never replayed (a replay would tell people again). {@code OutboxSender} sends what the outbox holds.
 */
package dk.pulje.query.notification;
