package ai.alquimista.nigredo.canais.boundary;

/**
 * Webhook bodies shaped as Meta's WhatsApp Cloud API posts them ({@code object: whatsapp_business_account}, {@code
 * entry[].changes[].value} with {@code metadata}, {@code contacts}, {@code messages}, {@code statuses}), to a business
 * number given by its phone number id.
 */
final class WebhooksDaMeta {

    private WebhooksDaMeta() {}

    /** A user's text message, replying to our message {@code contexto} unless it is null. */
    static String texto(String phoneNumberId, String de, String wamid, String texto, String contexto) {
        String context = contexto == null ? "" : """
                  "context": {"from": "551130000000", "id": "%s"},
                """.formatted(contexto);
        return corpo(phoneNumberId, """
                "contacts": [{"profile": {"name": "Maria Souza"}, "wa_id": "%s"}],
                "messages": [{%s
                  "from": "%s",
                  "id": "%s",
                  "timestamp": "1796216400",
                  "type": "text",
                  "text": {"body": "%s"}
                }]
                """.formatted(de, context, de, wamid, texto));
    }

    /** A user's voice note. */
    static String audio(String phoneNumberId, String de, String wamid) {
        return corpo(phoneNumberId, """
                "contacts": [{"profile": {"name": "Maria Souza"}, "wa_id": "%s"}],
                "messages": [{
                  "from": "%s", "id": "%s", "timestamp": "1796216400", "type": "audio",
                  "audio": {"mime_type": "audio/ogg; codecs=opus", "sha256": "x", "id": "1003383421387256", "voice": true}
                }]
                """.formatted(de, de, wamid));
    }

    /** A status of our message {@code wamid}: sent, delivered or read. */
    static String status(String phoneNumberId, String wamid, String status, long timestamp) {
        return corpo(phoneNumberId, """
                "statuses": [{
                  "id": "%s",
                  "status": "%s",
                  "timestamp": "%d",
                  "recipient_id": "5511987654321",
                  "conversation": {"id": "c0nv3rs4t10n", "origin": {"type": "marketing"}},
                  "pricing": {"billable": true, "pricing_model": "PMP", "category": "marketing"}
                }]
                """.formatted(wamid, status, timestamp));
    }

    /** A status for a message sent with {@code biz_opaque_callback_data} = {@code callback}. */
    static String statusComCallback(String phoneNumberId, String wamid, String status, String callback) {
        return corpo(phoneNumberId, """
                "statuses": [{
                  "id": "%s",
                  "status": "%s",
                  "timestamp": "1796216000",
                  "recipient_id": "5511987654321",
                  "biz_opaque_callback_data": "%s"
                }]
                """.formatted(wamid, status, callback));
    }

    /** Meta could not deliver our message {@code wamid}. */
    static String falhou(String phoneNumberId, String wamid, int codigo, String titulo) {
        return corpo(phoneNumberId, """
                "statuses": [{
                  "id": "%s",
                  "status": "failed",
                  "timestamp": "1796216500",
                  "recipient_id": "5511987654321",
                  "errors": [{"code": %d, "title": "%s", "message": "%s",
                              "error_data": {"details": "Message Undeliverable."}}]
                }]
                """.formatted(wamid, codigo, titulo, titulo));
    }

    private static String corpo(String phoneNumberId, String value) {
        return """
                {
                  "object": "whatsapp_business_account",
                  "entry": [{
                    "id": "102290129340398",
                    "changes": [{
                      "value": {
                        "messaging_product": "whatsapp",
                        "metadata": {"display_phone_number": "551130000000", "phone_number_id": "%s"},
                        %s
                      },
                      "field": "messages"
                    }]
                  }]
                }
                """.formatted(phoneNumberId, value);
    }
}
