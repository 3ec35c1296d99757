package org.onetrip.platform.notifications;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * SMS through Alibaba Cloud's Short Message Service (阿里云短信, {@code dysmsapi} 2017-05-25 {@code SendSms}), the
 * gateway many Chinese governments' platforms use. Requests are signed as the provider publishes it for its RPC
 * API (signature version 1.0, HMAC-SHA1 of the sorted, percent-encoded parameters; {@link #sign}). SMS in China goes
 * out only under a registered signature (签名) and template: the town registers one notice template whose single
 * variable {@code ${content}} carries the text OneTrip renders, so the wording stays editable here.
 */
@ApplicationScoped
public class AliyunSms implements Transport {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private final ObjectMapper json;
    private final URI endpoint;
    private final Optional<String> accessKeyId;
    private final Optional<String> accessKeySecret;
    private final Optional<String> signName;
    private final Optional<String> templateCode;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    AliyunSms(ObjectMapper json,
              @ConfigProperty(name = "onetrip.notifications.aliyun.endpoint", defaultValue = "https://dysmsapi.aliyuncs.com/") URI endpoint,
              @ConfigProperty(name = "onetrip.notifications.aliyun.access-key-id") Optional<String> accessKeyId,
              @ConfigProperty(name = "onetrip.notifications.aliyun.access-key-secret") Optional<String> accessKeySecret,
              @ConfigProperty(name = "onetrip.notifications.aliyun.sign-name") Optional<String> signName,
              @ConfigProperty(name = "onetrip.notifications.aliyun.template-code") Optional<String> templateCode) {
        this.json = json;
        this.endpoint = endpoint;
        this.accessKeyId = accessKeyId;
        this.accessKeySecret = accessKeySecret;
        this.signName = signName;
        this.templateCode = templateCode;
    }

    @Override
    public String name() {
        return "aliyun";
    }

    @Override
    public boolean carries(Channel channel) {
        return channel == Channel.SMS;
    }

    @Override
    public String send(Channel channel, String address, Message message) throws DeliveryFailedException {
        Map<String, String> parameters = new TreeMap<>();
        parameters.put("AccessKeyId", required(accessKeyId, "access-key-id"));
        parameters.put("Action", "SendSms");
        parameters.put("Format", "JSON");
        parameters.put("PhoneNumbers", address);
        parameters.put("RegionId", "cn-hangzhou");
        parameters.put("SignName", required(signName, "sign-name"));
        parameters.put("SignatureMethod", "HMAC-SHA1");
        parameters.put("SignatureNonce", UUID.randomUUID().toString());
        parameters.put("SignatureVersion", "1.0");
        parameters.put("TemplateCode", required(templateCode, "template-code"));
        parameters.put("TemplateParam", json.createObjectNode().put("content", message.text()).toString());
        parameters.put("Timestamp", TIMESTAMP.format(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        parameters.put("Version", "2017-05-25");
        parameters.put("Signature", sign("POST", parameters, required(accessKeySecret, "access-key-secret")));
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(query(parameters))).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new DeliveryFailedException("unreachable: " + e, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailedException("interrupted", true);
        }
        JsonNode answer;
        try {
            answer = json.readTree(response.body());
        } catch (IOException e) {
            throw new DeliveryFailedException("HTTP " + response.statusCode() + ": " + response.body(), response.statusCode() >= 500);
        }
        String code = answer.path("Code").asText();
        if ("OK".equals(code)) {
            return "OK BizId=" + answer.path("BizId").asText() + " RequestId=" + answer.path("RequestId").asText();
        }
        // Throttling and the provider's own trouble pass; anything else (a bad number, an unknown template) will not.
        boolean retryable = response.statusCode() >= 500 || code.startsWith("Throttling") || code.equals("isv.BUSINESS_LIMIT_CONTROL")
                || code.startsWith("ServiceUnavailable") || code.startsWith("InternalError");
        throw new DeliveryFailedException(code + ": " + answer.path("Message").asText(), retryable);
    }

    /**
     * The request's signature: Base64(HMAC-SHA1(secret + "&", method + "&%2F&" + encode(canonical query))), the
     * canonical query being every parameter but {@code Signature}, sorted by name, each name and value
     * percent-encoded as RFC 3986 unreserved characters only.
     */
    public static String sign(String method, Map<String, String> parameters, String accessKeySecret) {
        Map<String, String> sorted = new TreeMap<>(parameters);
        sorted.remove("Signature");
        String stringToSign = method + "&" + encode("/") + "&" + encode(query(sorted));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec((accessKeySecret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA1 is not available", e);
        }
    }

    private static String query(Map<String, String> parameters) {
        return parameters.entrySet().stream().map(p -> encode(p.getKey()) + "=" + encode(p.getValue())).collect(Collectors.joining("&"));
    }

    /** Percent-encoding as the provider wants it: a space is %20, {@code *} is %2A and {@code ~} stays. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }

    private static String required(Optional<String> value, String name) throws DeliveryFailedException {
        return value.filter(v -> !v.isBlank()).orElseThrow(() ->
                new DeliveryFailedException("onetrip.notifications.aliyun." + name + " is not set", true));
    }
}
