package org.onetrip.platform.notifications;

/**
 * One way of handing a message to a provider: an SMS gateway, an SMTP server, the log. Which one a channel uses is
 * configuration ({@code onetrip.notifications.sms}, {@code onetrip.notifications.email}), so a town changes
 * provider without a rebuild.
 */
public interface Transport {

    /** The name configuration selects it by, e.g. {@code aliyun}, {@code smtp}, {@code log}. */
    String name();

    /** Whether it can carry messages of this channel. */
    boolean carries(Channel channel);

    /**
     * Hands the message over and returns the provider's answer (its message id, for the record).
     *
     * @throws DeliveryFailedException when the provider refused it or could not be reached
     */
    String send(Channel channel, String address, Message message) throws DeliveryFailedException;
}
