package org.onetrip.platform.notifications;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The request signature against the worked example in Alibaba Cloud's SMS documentation (签名机制). */
class AliyunSmsSignatureTest {

    @Test
    void theProvidersDocumentedExampleSignsAsDocumented() {
        Map<String, String> parameters = new TreeMap<>(Map.ofEntries(
                Map.entry("AccessKeyId", "testId"), Map.entry("Action", "SendSms"), Map.entry("Format", "XML"),
                Map.entry("OutId", "123"), Map.entry("PhoneNumbers", "15300000001"), Map.entry("RegionId", "cn-hangzhou"),
                Map.entry("SignName", "阿里云短信测试专用"), Map.entry("SignatureMethod", "HMAC-SHA1"),
                Map.entry("SignatureNonce", "45e25e9b-0a6f-4070-8c85-2956eda1b466"), Map.entry("SignatureVersion", "1.0"),
                Map.entry("TemplateCode", "SMS_71390007"), Map.entry("TemplateParam", "{\"customer\":\"test\"}"),
                Map.entry("Timestamp", "2017-07-12T02:42:19Z"), Map.entry("Version", "2017-05-25")));

        assertThat(AliyunSms.sign("GET", parameters, "testSecret")).isEqualTo("zJDF+Lrzhj/ThnlvIToysFRq6t4=");
    }

    @Test
    void aSignatureAlreadyAmongTheParametersIsNotSigned() {
        Map<String, String> parameters = new TreeMap<>(Map.of("Action", "SendSms", "Timestamp", "2017-07-12T02:42:19Z"));
        String signature = AliyunSms.sign("POST", parameters, "s");
        parameters.put("Signature", signature);

        assertThat(AliyunSms.sign("POST", parameters, "s")).isEqualTo(signature);
        assertThat(AliyunSms.sign("GET", parameters, "s")).isNotEqualTo(signature);
    }

    @Test
    void percentEncodingIsTheProvidersNotAFormsOne() {
        assertThat(AliyunSms.encode("a b*c~d+e/")).isEqualTo("a%20b%2Ac~d%2Be%2F");
    }

    @Test
    void noFullIdNumberSurvivesRendering() {
        assertThat(NotificationTemplates.maskIdNumbers("申请人 11010519491231002X，电话 13812341234，件号 3301090132026112900001"))
                .isEqualTo("申请人 1101**********002X，电话 13812341234，件号 3301090132026112900001");
    }
}
