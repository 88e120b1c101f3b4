package ai.alquimista.nigredo.canais.control;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where a trusted SNS message may come from: the hosts its signing certificate and subscription URL may be fetched
 * from ({@code sns.<region>.amazonaws.com} by default, matched whole and case-insensitively, https only, no user
 * info), and the topics whose messages are taken.
 */
public record OrigensSns(List<Pattern> hosts, Set<String> topicos) {

    /**
     * SNS's regional endpoints, commercial partition and China's; dots written {@code [.]} so that no configuration
     * layer can take a backslash away.
     */
    public static final String HOSTS_DA_AWS =
            "sns[.][a-z0-9-]+[.]amazonaws[.]com,sns[.][a-z0-9-]+[.]amazonaws[.]com[.]cn";

    public OrigensSns {
        hosts = List.copyOf(hosts);
        topicos = Set.copyOf(topicos);
    }

    /** @param hosts comma-separated regular expressions; @param topicos comma-separated topic ARNs */
    public static OrigensSns de(String hosts, String topicos) {
        return new OrigensSns(
                lista(hosts).stream()
                        .map(h -> Pattern.compile(h, Pattern.CASE_INSENSITIVE))
                        .toList(),
                Set.copyOf(lista(topicos)));
    }

    public boolean topicoPermitido(String topicArn) {
        return topicos.contains(topicArn);
    }

    /** An https URL on an allowed SNS host, without user info. */
    public boolean urlPermitida(URI url) {
        if (url == null
                || !"https".equalsIgnoreCase(url.getScheme())
                || url.getRawUserInfo() != null
                || url.getHost() == null) {
            return false;
        }
        String host = url.getHost().toLowerCase(Locale.ROOT);
        return hosts.stream().anyMatch(pattern -> pattern.matcher(host).matches());
    }

    private static List<String> lista(String valores) {
        return valores == null
                ? List.of()
                : Arrays.stream(valores.split(","))
                        .map(String::strip)
                        .filter(v -> !v.isEmpty())
                        .collect(Collectors.toList());
    }
}
