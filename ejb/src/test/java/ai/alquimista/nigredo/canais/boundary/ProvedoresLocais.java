package ai.alquimista.nigredo.canais.boundary;

import java.util.Optional;

/** The real channel adapters configured for local servers that speak the providers' protocols (WireMock, GreenMail). */
public final class ProvedoresLocais {

    private ProvedoresLocais() {}

    /** The Cloud API adapter posting to {@code baseUrl}/v21.0/{@code phoneNumberId}/messages. */
    public static WhatsAppCloudApi whatsapp(String baseUrl, String phoneNumberId) {
        WhatsAppCloudApi whatsapp = new WhatsAppCloudApi();
        whatsapp.baseUrl = baseUrl;
        whatsapp.apiVersion = "v21.0";
        whatsapp.phoneNumberId = Optional.of(phoneNumberId);
        whatsapp.accessToken = Optional.of("EAAG-test-token");
        return whatsapp;
    }

    /** The SMTP adapter sending to 127.0.0.1:{@code port} without TLS or sign-in. */
    public static SmtpEmail smtp(int port) {
        SmtpEmail smtp = new SmtpEmail();
        smtp.host = "127.0.0.1";
        smtp.port = port;
        smtp.starttls = false;
        smtp.from = "Alquimista <nao-responda@alquimista.local>";
        return smtp;
    }

    /** The {@code circuits} readiness check over these circuits. */
    public static CircuitosReadiness prontidao(Circuitos circuitos) {
        CircuitosReadiness readiness = new CircuitosReadiness();
        readiness.circuitos = circuitos;
        return readiness;
    }
}
