package ai.alquimista.nigredo.canais.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * E-mails as mail clients write them and SES notifications as SES sends them (the documented "Received", "Bounce" and
 * "Complaint" shapes), for the tests of inbound e-mail.
 */
public final class EmailsDeTeste {

    public static final String TOPICO = "arn:aws:sns:us-east-1:123456789012:alquimista-ses";

    private EmailsDeTeste() {}

    /** Gmail in pt-BR: multipart/alternative, quoted-printable UTF-8, the quote header wrapped over two lines. */
    public static String respostaDoGmail(String de, String messageId, String inReplyTo, String texto) {
        return "Return-Path: <" + enderecoDe(de) + ">\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Date: Mon, 30 Nov 2026 09:12:44 -0300\r\n"
                + (inReplyTo == null
                        ? ""
                        : "References: <outra@mail.gmail.com> " + inReplyTo + "\r\n" + "In-Reply-To: " + inReplyTo
                                + "\r\n")
                + "Message-ID: " + messageId + "\r\n"
                + "Subject: Re: =?UTF-8?Q?Padaria_P=C3=A3o_Quente?=\r\n"
                + "From: " + de + "\r\n"
                + "To: Alquimia Vendas <respostas+envio@respostas.alquimista.test>\r\n"
                + "Content-Type: multipart/alternative; boundary=\"000000000000abc\"\r\n"
                + "\r\n"
                + "--000000000000abc\r\n"
                + "Content-Type: text/plain; charset=\"UTF-8\"\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\n"
                + "\r\n"
                + quotedPrintable(texto) + "\r\n"
                + "\r\n"
                + "Em seg., 30 de nov. de 2026 =C3=A0s 09:00, Alquimia Vendas <\r\n"
                + "nao-responda@alquimista.local> escreveu:\r\n"
                + "\r\n"
                + "> Ol=C3=A1 Maria, vi que a Padaria P=C3=A3o Quente...\r\n"
                + "> Podemos conversar?\r\n"
                + ">\r\n"
                + "\r\n"
                + "--000000000000abc\r\n"
                + "Content-Type: text/html; charset=\"UTF-8\"\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\n"
                + "\r\n"
                + "<div dir=3D\"ltr\">" + quotedPrintable(texto) + "</div><br><div class=3D\"gmail_quote\">Em=\r\n"
                + " seg... escreveu:<br><blockquote>Ol=C3=A1 Maria</blockquote></div>\r\n"
                + "\r\n"
                + "--000000000000abc--\r\n";
    }

    /** A plain ISO-8859-1 message written in 8 bits (only base64 SNS encoding keeps such bytes). */
    public static byte[] respostaLatin1(String de, String messageId, String texto) {
        return ("From: " + de + "\r\n"
                        + "To: respostas@respostas.alquimista.test\r\n"
                        + "Subject: Re: proposta\r\n"
                        + "Message-ID: " + messageId + "\r\n"
                        + "MIME-Version: 1.0\r\n"
                        + "Content-Type: text/plain; charset=ISO-8859-1\r\n"
                        + "Content-Transfer-Encoding: 8bit\r\n"
                        + "\r\n"
                        + texto + "\r\n")
                .getBytes(Charset.forName("ISO-8859-1"));
    }

    /** Outlook: "-----Mensagem original-----" and its De:/Enviada em: block under the reply. */
    public static String respostaDoOutlook(String de, String messageId, String texto) {
        return "From: " + de + "\r\n"
                + "To: respostas@respostas.alquimista.test\r\n"
                + "Subject: RE: proposta\r\n"
                + "Message-ID: " + messageId + "\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n"
                + "\r\n"
                + texto + "\r\n"
                + "\r\n"
                + "-----Mensagem original-----\r\n"
                + "De: Alquimia Vendas <nao-responda@alquimista.local>\r\n"
                + "Enviada em: segunda-feira, 30 de novembro de 2026 09:00\r\n"
                + "Para: Maria\r\n"
                + "Assunto: proposta\r\n"
                + "\r\n"
                + "Olá Maria, vi que a Padaria...\r\n";
    }

    /** An SES "Received" notification for an SNS action: the MIME as UTF-8 text, or base64. */
    public static String recebido(List<String> destinatarios, byte[] mime, boolean base64) {
        JsonArrayBuilder recipients = Json.createArrayBuilder();
        destinatarios.forEach(recipients::add);
        JsonObjectBuilder action = Json.createObjectBuilder()
                .add("type", "SNS")
                .add("topicArn", TOPICO)
                .add("encoding", base64 ? "BASE64" : "UTF8");
        return Json.createObjectBuilder()
                .add("notificationType", "Received")
                .add(
                        "mail",
                        Json.createObjectBuilder()
                                .add("timestamp", "2026-11-30T12:12:44.000Z")
                                .add("source", "maria@paoquente.com.br")
                                .add("messageId", "o3vrnil0e2ic28trm7dfhrc2v0clambda4nbp0g1")
                                .add("destination", recipients)
                                .add("headersTruncated", false)
                                .add(
                                        "headers",
                                        Json.createArrayBuilder()
                                                .add(header("Return-Path", "<maria@paoquente.com.br>"))
                                                .add(header("Subject", "Re: proposta")))
                                .add(
                                        "commonHeaders",
                                        Json.createObjectBuilder()
                                                .add("returnPath", "maria@paoquente.com.br")
                                                .add(
                                                        "from",
                                                        Json.createArrayBuilder()
                                                                .add("maria@paoquente.com.br"))
                                                .add("to", recipients)
                                                .add("subject", "Re: proposta")))
                .add(
                        "receipt",
                        Json.createObjectBuilder()
                                .add("timestamp", "2026-11-30T12:12:44.000Z")
                                .add("processingTimeMillis", 222)
                                .add("recipients", recipients)
                                .add("spamVerdict", Json.createObjectBuilder().add("status", "PASS"))
                                .add("virusVerdict", Json.createObjectBuilder().add("status", "PASS"))
                                .add("spfVerdict", Json.createObjectBuilder().add("status", "PASS"))
                                .add("dkimVerdict", Json.createObjectBuilder().add("status", "PASS"))
                                .add("dmarcVerdict", Json.createObjectBuilder().add("status", "PASS"))
                                .add("action", action))
                .add(
                        "content",
                        base64
                                ? Base64.getMimeEncoder().encodeToString(mime)
                                : new String(mime, StandardCharsets.UTF_8))
                .build()
                .toString();
    }

    /** An SES "Bounce" notification about our mail {@code messageId} (header X-Alquimista-Envio when given). */
    public static String devolucao(String tipo, String endereco, String messageId, UUID envio, String enviadoEm) {
        return Json.createObjectBuilder()
                .add("notificationType", "Bounce")
                .add(
                        "bounce",
                        Json.createObjectBuilder()
                                .add("bounceType", tipo)
                                .add("bounceSubType", "Permanent".equals(tipo) ? "General" : "MailboxFull")
                                .add(
                                        "bouncedRecipients",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("emailAddress", endereco)
                                                        .add("action", "failed")
                                                        .add("status", "5.1.1")
                                                        .add("diagnosticCode", "smtp; 550 5.1.1 user unknown")))
                                .add("timestamp", "2026-11-30T12:01:00.000Z")
                                .add("feedbackId", "000001378603176d-5a4b5ad9-6f30-4198-a8c3-b1eb0c270a1d-000000")
                                .add("remoteMtaIp", "203.0.113.5")
                                .add("reportingMTA", "dsn; mta.example.com"))
                .add("mail", mail(endereco, messageId, envio, enviadoEm))
                .build()
                .toString();
    }

    /** An SES "Complaint" notification (the recipient pressed "this is spam"). */
    public static String reclamacao(String endereco, String messageId, UUID envio, String enviadoEm) {
        return Json.createObjectBuilder()
                .add("notificationType", "Complaint")
                .add(
                        "complaint",
                        Json.createObjectBuilder()
                                .add("userAgent", "AnyCompany Feedback Loop (V0.01)")
                                .add(
                                        "complainedRecipients",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder().add("emailAddress", endereco)))
                                .add("complaintFeedbackType", "abuse")
                                .add("arrivalDate", "2026-11-30T12:05:00.000Z")
                                .add("timestamp", "2026-11-30T12:05:01.000Z")
                                .add("feedbackId", "000001378603177f-18c07c78-fa81-4a58-9dd1-fedc3cb8f49a-000000"))
                .add("mail", mail(endereco, messageId, envio, enviadoEm))
                .build()
                .toString();
    }

    private static JsonObjectBuilder mail(String endereco, String messageId, UUID envio, String enviadoEm) {
        JsonArrayBuilder headers = Json.createArrayBuilder()
                .add(header("From", "Alquimia Vendas <nao-responda@alquimista.local>"))
                .add(header("To", endereco));
        if (envio != null) {
            headers.add(header("X-Alquimista-Envio", envio.toString()));
        }
        JsonObjectBuilder common = Json.createObjectBuilder()
                .add("from", Json.createArrayBuilder().add("Alquimia Vendas <nao-responda@alquimista.local>"))
                .add("to", Json.createArrayBuilder().add(endereco))
                .add("subject", "Padaria Pão Quente");
        if (messageId != null) {
            common.add("messageId", messageId);
        }
        return Json.createObjectBuilder()
                .add("timestamp", enviadoEm)
                .add("messageId", "0000014a-f4d4-4f89-93ce-6f0a8a5b2c1e-000000")
                .add("source", "nao-responda@alquimista.local")
                .add("sourceArn", "arn:aws:ses:us-east-1:123456789012:identity/alquimista.local")
                .add("sendingAccountId", "123456789012")
                .add("destination", Json.createArrayBuilder().add(endereco))
                .add("headersTruncated", false)
                .add("headers", headers)
                .add("commonHeaders", common);
    }

    private static JsonObjectBuilder header(String name, String value) {
        return Json.createObjectBuilder().add("name", name).add("value", value);
    }

    private static String enderecoDe(String de) {
        int abre = de.indexOf('<');
        return abre < 0 ? de : de.substring(abre + 1, de.indexOf('>'));
    }

    /** Quoted-printable of UTF-8 text, soft line breaks left out (short lines). */
    static String quotedPrintable(String texto) {
        StringBuilder qp = new StringBuilder();
        for (byte b : texto.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c == '\r' || c == '\n' || (c >= 32 && c < 127 && c != '=')) {
                qp.append((char) c);
            } else {
                qp.append('=').append(String.format("%02X", c));
            }
        }
        return qp.toString();
    }
}
