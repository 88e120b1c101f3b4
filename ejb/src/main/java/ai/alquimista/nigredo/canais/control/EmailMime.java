package ai.alquimista.nigredo.canais.control;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A received e-mail read with Jakarta Mail: who sent it, its Message-ID, the Message-IDs it answers
 * ({@code In-Reply-To}, {@code References}) and the reply's own words — its text/plain part (else its HTML as text),
 * decoded in its declared charset, with the quoted earlier message removed ({@link TextoDaResposta}).
 */
public record EmailMime(
        Optional<String> messageId, Optional<String> remetente, List<String> referencias, String texto) {

    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
    private static final int PROFUNDIDADE_MAXIMA = 8;

    /** @throws IllegalArgumentException when the bytes are not a MIME message Jakarta Mail can read */
    public static EmailMime ler(byte[] mime) {
        try {
            MimeMessage message =
                    new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(mime));
            List<String> referencias = new ArrayList<>();
            ids(message.getHeader("In-Reply-To", " "), referencias);
            ids(message.getHeader("References", " "), referencias);
            return new EmailMime(
                    Optional.ofNullable(message.getMessageID())
                            .map(String::strip)
                            .filter(id -> !id.isEmpty()),
                    endereco(message.getFrom()),
                    List.copyOf(referencias),
                    TextoDaResposta.daMensagem(corpo(message, 0).orElse("")));
        } catch (MessagingException | IOException e) {
            throw new IllegalArgumentException("the e-mail cannot be read: " + e.getMessage(), e);
        }
    }

    private static void ids(String header, List<String> ids) {
        if (header == null) {
            return;
        }
        Matcher matcher = MESSAGE_ID.matcher(header);
        while (matcher.find()) {
            if (!ids.contains(matcher.group())) {
                ids.add(matcher.group());
            }
        }
    }

    private static Optional<String> endereco(Address[] from) {
        if (from == null) {
            return Optional.empty();
        }
        for (Address address : from) {
            if (address instanceof InternetAddress internet && internet.getAddress() != null) {
                return Optional.of(internet.getAddress().strip().toLowerCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }

    /** The reply's text: the first inline text/plain part; else the first text/html part, as text. */
    private static Optional<String> corpo(Part part, int profundidade) throws MessagingException, IOException {
        Optional<String> plain = parte(part, "text/plain", profundidade);
        return plain.isPresent()
                ? plain
                : parte(part, "text/html", profundidade).map(TextoDaResposta::deHtml);
    }

    private static Optional<String> parte(Part part, String tipo, int profundidade)
            throws MessagingException, IOException {
        if (profundidade > PROFUNDIDADE_MAXIMA || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return Optional.empty();
        }
        if (part.isMimeType(tipo)) {
            Object content = part.getContent();
            return content instanceof String text ? Optional.of(text) : Optional.empty();
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                Optional<String> found = parte(child, tipo, profundidade + 1);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
