package org.onetrip.platform.notifications;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.EnumMap;
import java.util.Map;

/**
 * The transport each channel uses, as configured: {@code onetrip.notifications.sms} ({@code log} or {@code aliyun})
 * and {@code onetrip.notifications.email} ({@code log} or {@code smtp}). A name no transport has, or one that cannot
 * carry the channel, stops the service at start.
 */
@Startup
@ApplicationScoped
public class Transports {
    private final Map<Channel, Transport> byChannel = new EnumMap<>(Channel.class);

    Transports(Instance<Transport> all,
               @ConfigProperty(name = "onetrip.notifications.sms", defaultValue = "log") String sms,
               @ConfigProperty(name = "onetrip.notifications.email", defaultValue = "log") String email) {
        byChannel.put(Channel.SMS, pick(all, Channel.SMS, sms));
        byChannel.put(Channel.EMAIL, pick(all, Channel.EMAIL, email));
    }

    public Transport of(Channel channel) {
        return byChannel.get(channel);
    }

    private static Transport pick(Instance<Transport> all, Channel channel, String name) {
        return all.stream().filter(t -> t.name().equals(name) && t.carries(channel)).findFirst().orElseThrow(() ->
                new IllegalStateException("onetrip.notifications." + channel.name().toLowerCase() + "=" + name + ": no such transport for " + channel));
    }
}
