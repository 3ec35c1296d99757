package org.onetrip.platform.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * The providers residents' messages go through, for tests: a real SMTP server (GreenMail) and an SMS gateway speaking
 * Alibaba Cloud's SendSms that checks each request's signature by the provider's published rules (written here apart
 * from the service's own signer, so one cannot hide the other's mistake) and refuses a bad one as the provider does.
 * One of each per test JVM; {@link #config()} points a service at them.
 */
public final class MessageProviders {
    public static final String ACCESS_KEY_ID = "onetrip-test";
    public static final String ACCESS_KEY_SECRET = "onetrip-test-secret";
    public static final String SIGN_NAME = "一次办测试";
    public static final String TEMPLATE_CODE = "SMS_000001";
    private static MessageProviders instance;

    /** A text message the gateway took (a request signed wrong is refused, not taken): to whom, under which signature and template, what it said. */
    public record Sms(String phone, String signName, String templateCode, String content) {
    }

    /** An e-mail the SMTP server received. */
    public record Mail(String to, String subject, String text) {
    }

    private final GreenMail smtp;
    private final HttpServer gateway;
    private final List<Sms> texts = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> throttled = new java.util.concurrent.ConcurrentHashMap<>();
    private final ObjectMapper json = new ObjectMapper();

    private MessageProviders() {
        smtp = new GreenMail(new ServerSetup(OneTripSystem.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            gateway = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        gateway.createContext("/", this::sendSms);
        gateway.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            gateway.stop(0);
            smtp.stop();
        }, "message-providers-stop"));
    }

    public static synchronized MessageProviders get() {
        if (instance == null) {
            instance = new MessageProviders();
        }
        return instance;
    }

    /** The configuration that makes a service send SMS through the gateway and e-mail through the SMTP server. */
    public Map<String, String> config() {
        return Map.of("onetrip.notifications.sms", "aliyun",
                "onetrip.notifications.aliyun.endpoint", "http://127.0.0.1:" + gateway.getAddress().getPort() + "/",
                "onetrip.notifications.aliyun.access-key-id", ACCESS_KEY_ID,
                "onetrip.notifications.aliyun.access-key-secret", ACCESS_KEY_SECRET,
                "onetrip.notifications.aliyun.sign-name", SIGN_NAME,
                "onetrip.notifications.aliyun.template-code", TEMPLATE_CODE,
                "onetrip.notifications.email", "smtp",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(smtp.getSmtp().getPort()));
    }

    /** The same as environment variables, for a packaged service. */
    public Map<String, String> environment() {
        return config().entrySet().stream().collect(Collectors.toMap(
                e -> e.getKey().toUpperCase().replaceAll("[^A-Z0-9]", "_"), Map.Entry::getValue));
    }

    /** Every text the gateway has taken to this phone number, oldest first. */
    public List<Sms> textsTo(String phone) {
        return texts.stream().filter(t -> t.phone().equals(phone)).toList();
    }

    /** Every e-mail received for this address, oldest first. */
    public List<Mail> mailTo(String address) {
        List<Mail> mail = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            try {
                if (Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().contains(address))) {
                    mail.add(new Mail(address, m.getSubject(), String.valueOf(m.getContent()).strip()));
                }
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return mail;
    }

    /** The gateway answers the next {@code requests} texts to this phone as a throttled provider does. */
    public void throttle(String phone, int requests) {
        throttled.put(phone, requests);
    }

    private void sendSms(HttpExchange exchange) throws IOException {
        Map<String, String> form = new TreeMap<>();
        for (String pair : new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("&")) {
            int eq = pair.indexOf('=');
            form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        String answer;
        int status = 200;
        Integer throttlesLeft = throttled.computeIfPresent(form.getOrDefault("PhoneNumbers", ""), (phone, n) -> n - 1);
        if (throttlesLeft != null && throttlesLeft >= 0) {
            answer = "{\"Code\":\"Throttling.User\",\"Message\":\"Request was denied due to user flow control.\",\"RequestId\":\"t\"}";
            status = 400;
        } else if (!expectedSignature(exchange.getRequestMethod(), form).equals(form.get("Signature"))
                || !ACCESS_KEY_ID.equals(form.get("AccessKeyId"))) {
            answer = "{\"Code\":\"SignatureDoesNotMatch\",\"Message\":\"Specified signature is not matched with our calculation.\",\"RequestId\":\"s\"}";
            status = 400;
        } else {
            texts.add(new Sms(form.get("PhoneNumbers"), form.get("SignName"), form.get("TemplateCode"),
                    json.readTree(form.get("TemplateParam")).path("content").asText()));
            answer = "{\"Code\":\"OK\",\"Message\":\"OK\",\"BizId\":\"" + System.nanoTime() + "\",\"RequestId\":\"r\"}";
        }
        byte[] body = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    /** The provider's rule: HMAC-SHA1 with "secret&" over METHOD&%2F&enc(sorted enc(k)=enc(v) joined by &). */
    private static String expectedSignature(String method, Map<String, String> form) {
        StringBuilder canonical = new StringBuilder();
        form.forEach((k, v) -> {
            if (!k.equals("Signature")) {
                canonical.append(canonical.isEmpty() ? "" : "&").append(rfc3986(k)).append('=').append(rfc3986(v));
            }
        });
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec((ACCESS_KEY_SECRET + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            String toSign = method + "&%2F&" + rfc3986(canonical.toString());
            return Base64.getEncoder().encodeToString(mac.doFinal(toSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every byte but A-Z a-z 0-9 - _ . ~ as %XY (UTF-8), written out rather than borrowed from a form encoder. */
    private static String rfc3986(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
