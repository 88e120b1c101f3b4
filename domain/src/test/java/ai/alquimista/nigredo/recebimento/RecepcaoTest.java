package ai.alquimista.nigredo.recebimento;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RecepcaoTest {

    private static final LeadRecebido PADARIA = new LeadRecebido(
            "  Padaria   Pão Quente Ltda ",
            "Maria Silva",
            "(11) 8765-4321",
            "Maria@PadariaPaoQuente.com.br",
            "11.222.333/0001-81",
            "Alimentação",
            "micro empresa",
            "1091-1/02 Fabricação de produtos de padaria e confeitaria");

    @Test
    void aCompleteCompanyLeadIsAcceptedWithEveryFieldNormalised() {
        AcceptedLead lead = accepted(PADARIA);

        assertThat(lead.empresa()).isEqualTo("Padaria Pão Quente Ltda");
        assertThat(lead.contato()).isEqualTo("Maria Silva");
        assertThat(lead.telefone()).map(Telefone::e164).contains("+5511987654321");
        assertThat(lead.email()).map(Email::value).contains("maria@padariapaoquente.com.br");
        assertThat(lead.cnpj()).map(Cnpj::formatted).contains("11.222.333/0001-81");
        assertThat(lead.tipoPessoa()).contains(TipoPessoa.PJ);
        assertThat(lead.pessoaFisica()).isFalse();
        assertThat(lead.setor()).contains("Alimentação");
        assertThat(lead.porte()).contains(Porte.ME);
        assertThat(lead.atividadePrincipal()).contains("1091-1/02 Fabricação de produtos de padaria e confeitaria");
        assertThat(lead.segmento().key()).isEqualTo("alimentacao|me|10");
        assertThat(lead.dedupeKey())
                .isEqualTo(
                        DedupeKey.of(lead.email().orElseThrow(), lead.telefone().orElseThrow()));
    }

    @Test
    void aPhoneAloneOrAnEmailAloneIsEnough() {
        AcceptedLead byPhone = accepted(new LeadRecebido("Acme", "João", "11 3333-4444", null, null, null, null, null));
        AcceptedLead byEmail = accepted(new LeadRecebido("Acme", "João", " ", "joao@acme.com.br", "", "", "", ""));

        assertThat(byPhone.email()).isEmpty();
        assertThat(byPhone.dedupeKey())
                .isEqualTo(DedupeKey.of(null, byPhone.telefone().orElseThrow()));
        assertThat(byEmail.telefone()).isEmpty();
        assertThat(byEmail.segmento().key()).isEqualTo("*|*|*");
    }

    @Test
    void aLeadWithACpfIsAcceptedAndFlaggedAsPessoaFisica() {
        AcceptedLead lead = accepted(withCnpj("529.982.247-25"));

        assertThat(lead.tipoPessoa()).contains(TipoPessoa.PF);
        assertThat(lead.pessoaFisica()).isTrue();
        assertThat(lead.cnpj()).isEmpty();
        assertThat(lead.documento()).map(Documento::formatted).contains("529.982.247-25");
    }

    @Test
    void anAlphanumericCnpjTypedInLowerCaseIsAPessoaJuridica() {
        AcceptedLead lead = accepted(withCnpj("12.abc.345/01de-35"));

        assertThat(lead.cnpj()).map(Cnpj::value).contains("12ABC34501DE35");
        assertThat(lead.tipoPessoa()).contains(TipoPessoa.PJ);
    }

    @Test
    void withoutADocumentThePersonTypeIsUnknown() {
        AcceptedLead lead = accepted(withCnpj(null));

        assertThat(lead.tipoPessoa()).isEmpty();
        assertThat(lead.pessoaFisica()).isFalse();
    }

    @Test
    void empresaContatoAndAPhoneOrEmailAreRequired() {
        LeadRecebido empty = new LeadRecebido(" ", null, "", "  ", null, null, null, null);

        assertThat(inconformidades(empty))
                .containsExactly(
                        new Inconformidade("empresa", Motivo.REQUIRED),
                        new Inconformidade("contato", Motivo.REQUIRED),
                        new Inconformidade("telefone/email", Motivo.PHONE_OR_EMAIL_REQUIRED));
    }

    @Test
    void everyProblemOfTheRowIsReportedAtOnceNamingItsField() {
        LeadRecebido messy = new LeadRecebido(
                "Acme",
                "João",
                "(11) 1234-5678",
                "joao@acme",
                "11.222.333/0001-82",
                "Indústria",
                "startup",
                "0400-1/00 Nada");

        RejectedLead rejected = rejected(messy);

        assertThat(rejected.lead()).isSameAs(messy);
        assertThat(rejected.inconformidades())
                .containsExactly(
                        new Inconformidade("telefone", Motivo.PHONE_INVALID),
                        new Inconformidade("email", Motivo.EMAIL_INVALID_DOMAIN),
                        new Inconformidade("cnpj", Motivo.CNPJ_WRONG_CHECK_DIGITS),
                        new Inconformidade("porte", Motivo.PORTE_UNKNOWN),
                        new Inconformidade("atividade_principal", Motivo.CNAE_UNKNOWN_DIVISION));
        assertThat(rejected.inconformidades())
                .extracting(Inconformidade::message)
                .contains(
                        "CNPJ com dígitos verificadores inválidos",
                        "Porte não reconhecido: use MEI, ME, EPP, Média ou Grande");
    }

    @Test
    void anInvalidPhoneRejectsTheLeadEvenWithAValidEmail() {
        LeadRecebido lead = new LeadRecebido("Acme", "João", "3333-4444", "joao@acme.com.br", null, null, null, null);

        assertThat(inconformidades(lead)).containsExactly(new Inconformidade("telefone", Motivo.PHONE_MISSING_DDD));
    }

    @Test
    void aDocumentOfNeitherLengthSaysSo() {
        assertThat(inconformidades(withCnpj("123.456")))
                .containsExactly(new Inconformidade("cnpj", Motivo.DOCUMENT_WRONG_LENGTH));
        assertThat(inconformidades(withCnpj("529.982.247-24")))
                .containsExactly(new Inconformidade("cnpj", Motivo.CPF_WRONG_CHECK_DIGITS));
    }

    @Test
    void textsLongerThanTheirColumnsAreReported() {
        LeadRecebido lead = new LeadRecebido(
                "E".repeat(256), "C".repeat(256), "(11) 98765-4321", null, null, "S".repeat(101), null, null);

        assertThat(inconformidades(lead))
                .containsExactly(
                        new Inconformidade("empresa", Motivo.TOO_LONG),
                        new Inconformidade("contato", Motivo.TOO_LONG),
                        new Inconformidade("setor", Motivo.TOO_LONG));
        assertThat(Recepcao.receive(new LeadRecebido(
                        "E".repeat(255), "C", "(11) 98765-4321", null, null, "S".repeat(100), null, null)))
                .isInstanceOf(AcceptedLead.class);
    }

    @Test
    void anAtividadeLongerThanADescriptionNeedsIsReported() {
        LeadRecebido lead =
                new LeadRecebido("Acme", "João", "(11) 98765-4321", null, null, null, null, "A".repeat(501));

        assertThat(inconformidades(lead)).containsExactly(new Inconformidade("atividade_principal", Motivo.TOO_LONG));
    }

    @Test
    void controlCharactersAreReportedInTheFieldThatHasThemNeverCleanedAway() {
        LeadRecebido lead = new LeadRecebido(
                "Pada\u0000ria",
                "Maria\u0007",
                "(11) 98765-4321",
                "maria@x.com.br\u001B",
                null,
                "Ali\u0001mentação",
                null,
                null);

        assertThat(inconformidades(lead))
                .containsExactly(
                        new Inconformidade("empresa", Motivo.CONTROL_CHARACTER),
                        new Inconformidade("contato", Motivo.CONTROL_CHARACTER),
                        new Inconformidade("email", Motivo.CONTROL_CHARACTER),
                        new Inconformidade("setor", Motivo.CONTROL_CHARACTER));
        assertThat(accepted(new LeadRecebido(
                                "Padaria\tPão\r\nQuente", "Maria", "(11) 98765-4321", null, null, null, null, null))
                        .empresa())
                .isEqualTo("Padaria Pão Quente");
    }

    @Test
    void aDescriptionWithoutACnaeCodeIsKeptWithoutADivision() {
        AcceptedLead lead = accepted(new LeadRecebido(
                "Acme", "João", "(11) 98765-4321", null, null, "Varejo", "EPP", "Comércio de calçados"));

        assertThat(lead.atividadePrincipal()).contains("Comércio de calçados");
        assertThat(lead.segmento()).isEqualTo(new Segmento("Varejo", Porte.EPP, null));
    }

    @Test
    void theSamePersonTypedTwoWaysGetsOneDedupeKey() {
        AcceptedLead first = accepted(PADARIA);
        AcceptedLead again = accepted(new LeadRecebido(
                "Padaria Pão Quente",
                "Maria",
                "+55 (11) 98765-4321",
                " maria@padariapaoquente.COM.BR",
                null,
                null,
                null,
                null));
        AcceptedLead someoneElse = accepted(new LeadRecebido(
                "Padaria Pão Quente",
                "José",
                "+55 (11) 98765-4321",
                "jose@padariapaoquente.com.br",
                null,
                null,
                null,
                null));

        assertThat(Stream.of(first, again, someoneElse)
                        .map(AcceptedLead::dedupeKey)
                        .distinct())
                .hasSize(2);
    }

    private static LeadRecebido withCnpj(String cnpj) {
        return new LeadRecebido("Acme", "João", "(11) 98765-4321", null, cnpj, null, null, null);
    }

    private static AcceptedLead accepted(LeadRecebido lead) {
        ReceptionOutcome outcome = Recepcao.receive(lead);
        assertThat(outcome).isInstanceOf(AcceptedLead.class);
        return (AcceptedLead) outcome;
    }

    private static RejectedLead rejected(LeadRecebido lead) {
        ReceptionOutcome outcome = Recepcao.receive(lead);
        assertThat(outcome).isInstanceOf(RejectedLead.class);
        return (RejectedLead) outcome;
    }

    private static List<Inconformidade> inconformidades(LeadRecebido lead) {
        return rejected(lead).inconformidades();
    }
}
