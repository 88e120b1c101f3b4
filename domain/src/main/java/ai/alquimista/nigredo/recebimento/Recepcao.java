package ai.alquimista.nigredo.recebimento;

import ai.alquimista.shared.text.StorableText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads one incoming lead (seed §5.1, steps 2–5 and 8): required fields, PF or PJ, phone and e-mail in their
 * international forms, the key duplicates are found by, and the segment. A value that cannot be read is reported, never guessed
 * nor dropped: one problem rejects the lead, and every problem of the lead is listed so the tenant fixes the
 * row once.
 */
public final class Recepcao {

    /** The widths of nigredo_leads.leads. */
    private static final int MAX_NAME_LENGTH = 255;

    private static final int MAX_SETOR_LENGTH = 100;
    /** A text column: kept to what a CNAE code and its denomination need. */
    private static final int MAX_ATIVIDADE_LENGTH = 500;

    private static final String TELEFONE_OU_EMAIL = LeadRecebido.TELEFONE + "/" + LeadRecebido.EMAIL;

    private Recepcao() {}

    public static ReceptionOutcome receive(LeadRecebido lead) {
        Report report = new Report();
        Optional<String> empresa = report.required(LeadRecebido.EMPRESA, lead.empresa(), MAX_NAME_LENGTH);
        Optional<String> contato = report.required(LeadRecebido.CONTATO, lead.contato(), MAX_NAME_LENGTH);
        Optional<Telefone> telefone = report.optional(LeadRecebido.TELEFONE, lead.telefone(), Telefone::parse);
        Optional<Email> email = report.optional(LeadRecebido.EMAIL, lead.email(), Email::parse);
        if (Text.clean(lead.telefone()).isEmpty() && Text.clean(lead.email()).isEmpty()) {
            report.add(TELEFONE_OU_EMAIL, Motivo.PHONE_OR_EMAIL_REQUIRED);
        }
        Optional<Documento> documento = report.optional(LeadRecebido.CNPJ, lead.cnpj(), Documento::parse);
        Optional<String> setor = report.text(LeadRecebido.SETOR, lead.setor(), MAX_SETOR_LENGTH);
        Optional<Porte> porte = report.optional(LeadRecebido.PORTE, lead.porte(), Porte::parse);
        Optional<String> atividade =
                report.text(LeadRecebido.ATIVIDADE_PRINCIPAL, lead.atividadePrincipal(), MAX_ATIVIDADE_LENGTH);
        Optional<DivisaoCnae> divisao = atividade
                .flatMap(DivisaoCnae::in)
                .flatMap(parsed -> report.read(LeadRecebido.ATIVIDADE_PRINCIPAL, parsed));

        if (!report.inconformidades.isEmpty()) {
            return new RejectedLead(lead, report.inconformidades);
        }
        Segmento segmento = new Segmento(setor.orElse(null), porte.orElse(null), divisao.orElse(null));
        DedupeKey dedupeKey = DedupeKey.of(email.orElse(null), telefone.orElse(null));
        return new AcceptedLead(
                empresa.orElseThrow(),
                contato.orElseThrow(),
                telefone,
                email,
                documento,
                setor,
                porte,
                atividade,
                segmento,
                dedupeKey);
    }

    /** The problems found so far in one lead. */
    private static final class Report {

        private final List<Inconformidade> inconformidades = new ArrayList<>();

        void add(String field, Motivo problem) {
            inconformidades.add(new Inconformidade(field, problem));
        }

        Optional<String> required(String field, String raw, int maxLength) {
            Optional<String> text = text(field, raw, maxLength);
            if (Text.clean(raw).isEmpty()) {
                add(field, Motivo.REQUIRED);
            }
            return text;
        }

        Optional<String> text(String field, String raw, int maxLength) {
            if (!storable(field, raw)) {
                return Optional.empty();
            }
            Optional<String> text = Text.clean(raw);
            if (text.isPresent() && text.get().length() > maxLength) {
                add(field, Motivo.TOO_LONG);
                return Optional.empty();
            }
            return text;
        }

        /** Blank is absent; anything else must read as a value. */
        <T> Optional<T> optional(String field, String raw, Function<String, Parsed<T>> parser) {
            if (!storable(field, raw)) {
                return Optional.empty();
            }
            return Text.clean(raw).flatMap(text -> read(field, parser.apply(text)));
        }

        /** Control characters are reported, never cleaned away: the tenant's file has them and should not. */
        boolean storable(String field, String raw) {
            if (StorableText.isStorable(raw)) {
                return true;
            }
            add(field, Motivo.CONTROL_CHARACTER);
            return false;
        }

        <T> Optional<T> read(String field, Parsed<T> parsed) {
            parsed.motivo().ifPresent(problem -> add(field, problem));
            return parsed.value();
        }
    }
}
