import { h, replace } from '../dom.js';
import { api, hasRole } from '../api.js';
import { cnpj, date, labels, leadStatus, nextStep, phone, plural, text } from '../format.js';
import { badge, confirmAction, flash, loadInto, loading, pageHead, problemView, timeEl, withBusy } from '../ui.js';
import { traceTable } from './trace-steps.js';

/**
 * A lead, #/lead?id=…: its company (CNPJ, sector, size, main activity), the contact, the WhatsApp consent
 * evidence kept at import, its consent and legal-basis record (LGPD), what happened so far (arrival, first
 * contact, first reply, current status), its meetings, its path through the agents, a link to the conversation
 * and, for the sales team, the opt-out button.
 */
export async function render(root, ctx) {
  const id = ctx.params.get('id');
  if (!id) {
    ctx.navigate('leads');
    return;
  }
  const head = h('div', {}, pageHead('Lead'));
  const body = h('div', { class: 'stack stack--loose' }, loading('Carregando o lead…'));
  replace(root, h('p', { class: 'back-link' }, h('a', { href: '#/leads', testid: 'lead-back' }, '← Leads')), head, body);

  const lead = await loadInto(body, ctx, () => api.conversation(id), () => ctx.refresh(), { headlines: { 404: 'Lead não encontrado.' } });
  if (lead === undefined) return;
  document.title = `${text(lead.empresa)} · Leads · Alquimista.AI`;
  replace(head, pageHead(text(lead.empresa), lead.contato ? `Contato: ${lead.contato}` : null));
  const mensagens = Array.isArray(lead.mensagens) ? lead.mensagens : [];
  replace(body,
    h('div', { class: 'campaign-columns' },
      h('section', { class: 'card section', 'aria-labelledby': 'lead-company-title', testid: 'lead-empresa' },
        h('div', { class: 'section__head' },
          h('h2', { class: 'section-title', id: 'lead-company-title' }, 'Empresa'),
          badge('lead', lead.status, labels.leadStatus, { shape: 'pill', testid: 'lead-status' })),
        h('dl', { class: 'facts' },
          fact('CNPJ', lead.cnpj ? cnpj(lead.cnpj) : 'Não informado', 'lead-cnpj'),
          fact('Setor', text(lead.setor), 'lead-setor'),
          fact('Porte', text(lead.porte), 'lead-porte'),
          fact('Atividade principal', lead.atividade_principal ? lead.atividade_principal
            : (lead.cnpj ? 'Ainda não enriquecida' : 'Sem CNPJ: não há dados públicos para enriquecer'), 'lead-atividade'))),
      h('section', { class: 'card section', 'aria-labelledby': 'lead-contact-title', testid: 'lead-contato' },
        h('h2', { class: 'section-title', id: 'lead-contact-title' }, 'Contato'),
        h('dl', { class: 'facts facts--stacked' },
          fact('Nome', text(lead.contato), 'lead-nome'),
          fact('Telefone', lead.telefone
            ? h('a', { href: `tel:${String(lead.telefone).replace(/[^+\d]/g, '')}` }, phone(lead.telefone))
            : '—', 'lead-telefone'),
          fact('E-mail', lead.email ? h('a', { href: `mailto:${lead.email}` }, lead.email) : '—', 'lead-email'),
          fact('Consentimento para WhatsApp', lead.whatsapp_opt_in
            ? lead.whatsapp_opt_in
            : 'Sem registro de consentimento: o agente Disparo só usa o WhatsApp com opt-in.', 'lead-consentimento')))),
    h('section', { class: 'card section', 'aria-labelledby': 'lead-history-title', testid: 'lead-historico' },
      h('div', { class: 'section__head' },
        h('h2', { class: 'section-title', id: 'lead-history-title' }, 'Linha do tempo'),
        h('a', { href: `#/conversa?lead=${encodeURIComponent(id)}`, class: 'button button--ghost', testid: 'lead-conversa-link' },
          mensagens.length ? `Ver a conversa (${plural(mensagens.length, 'mensagem', 'mensagens')})` : 'Ver a conversa')),
      h('ol', { class: 'timeline', testid: 'lead-timeline' }, milestones(lead, mensagens).map(([what, when]) =>
        h('li', { class: 'timeline__item', testid: 'lead-marco' }, h('strong', {}, what), when ? timeEl(when, date) : null)))),
    meetings(id),
    agentPath(id),
    await privacy(id, lead, ctx));
}

const BASES = { legitimo_interesse: 'Legítimo interesse', consentimento: 'Consentimento' };

/** LGPD: the consent and legal-basis record, and the opt-out (seed 001 handleDescadastro) for the sales team. */
async function privacy(id, lead, ctx) {
  const facts = h('dl', { class: 'facts facts--stacked', testid: 'lead-base-legal' }, h('dd', {}, 'Carregando…'));
  try {
    const consent = await api.consent(id);
    replace(facts, ...(consent?.registrado
      ? [fact('Base legal', BASES[consent.base_legal] ?? text(consent.base_legal), 'lead-base-legal-valor'),
        fact('Fonte', text(consent.fonte), 'lead-base-legal-fonte'),
        fact('Evidência', consent.evidencia ? consent.evidencia : (consent.anonimizado_em ? 'Apagada com a eliminação dos dados' : '—'), 'lead-base-legal-evidencia'),
        fact('Desde', consent.data ? timeEl(consent.data, date) : '—', 'lead-base-legal-data')]
      : [fact('Base legal', 'Sem registro (lead anterior ao registro de consentimento)', 'lead-base-legal-valor')]));
  } catch (error) {
    if (error?.status !== 401) replace(facts, h('dd', {}, problemView(error)));
  }
  const user = await ctx.user().catch(() => null);
  const canOptOut = hasRole(user, 'operator') && lead.status !== 'descadastrado' && (lead.telefone || lead.email);
  const optOut = h('button', { type: 'button', class: 'button button--danger', testid: 'lead-descadastrar' }, 'Descadastrar (LGPD)');
  optOut.addEventListener('click', async () => {
    const ok = await confirmAction({
      title: 'Descadastrar o lead',
      message: 'O lead não receberá mais mensagens, as reuniões futuras são canceladas e ele recebe uma confirmação. Continuar?',
      confirmLabel: 'Descadastrar',
      danger: true,
    });
    if (!ok) return;
    await withBusy(optOut, 'Descadastrando…', async () => {
      try {
        await api.unsubscribeLead(id, 'pedido registrado na página do lead');
        flash.success('Lead descadastrado: a confirmação foi enviada.');
        ctx.refresh({ keepFlash: true });
      } catch (error) {
        if (error?.status !== 401) flash.error(problemView(error));
      }
    });
  });
  return h('section', { class: 'card section', 'aria-labelledby': 'lead-privacy-title', testid: 'lead-privacidade' },
    h('div', { class: 'section__head' },
      h('h2', { class: 'section-title', id: 'lead-privacy-title' }, 'Privacidade (LGPD)'),
      canOptOut ? optOut : null),
    facts);
}

/** The lead's meetings (Agendamento), each opening its page in the Agenda; loaded on its own, after the lead. */
function meetings(leadId) {
  const list = h('div', { testid: 'lead-reunioes-lista' }, loading('Carregando as reuniões…'));
  api.agendamentos({ lead: leadId, size: 50 }).then((reply) => {
    const items = (reply.items ?? []).filter((a) => !a.encerramento);
    replace(list, items.length === 0
      ? h('p', {}, 'Nenhuma reunião com este lead.')
      : h('ul', {}, items.map((a) => h('li', { testid: 'lead-reuniao' },
        h('a', { href: `#/agenda?id=${encodeURIComponent(a.id)}` }, date(a.data_hora)), ` · ${a.status}`))));
  }, () => replace(list, h('p', {}, 'Não foi possível carregar as reuniões.')));
  return h('section', { class: 'card section', 'aria-labelledby': 'lead-meetings-title', testid: 'lead-reunioes' },
    h('h2', { class: 'section-title', id: 'lead-meetings-title' }, 'Reuniões'), list);
}

/** The lead's path through the agents: every event about it or its import, the agent, the waits. */
function agentPath(leadId) {
  const list = h('div', { testid: 'lead-rastro-lista' }, loading('Carregando o caminho pelos agentes…'));
  api.leadPath(leadId).then((path) => {
    replace(list, path.events.length === 0
      ? h('p', {}, 'Nenhum evento deste lead guardado (os eventos são apagados após o prazo de retenção).')
      : [h('p', { class: 'muted', testid: 'lead-rastro-agentes' }, `Agentes: ${path.agents.join(' → ') || 'nenhum ainda'}`),
        traceTable(path, { caption: 'Eventos do lead e da importação dele', testid: 'lead-rastro' })]);
  }, (error) => {
    if (error?.status !== 401) replace(list, h('p', {}, 'Não foi possível carregar o caminho pelos agentes.'));
  });
  return h('section', { class: 'card section', 'aria-labelledby': 'lead-path-title', testid: 'lead-agentes' },
    h('h2', { class: 'section-title', id: 'lead-path-title' }, 'Pelos agentes'), list);
}

function fact(term, value, testid) {
  return h('div', {}, h('dt', {}, term), h('dd', { testid }, value));
}

/**
 * What happened to the lead, oldest first, from what the API keeps: its arrival, the first message sent,
 * the first reply (and the step it led to) and the status it is in now.
 */
function milestones(lead, mensagens) {
  const firstSent = mensagens.find((m) => m.tipo === 'enviado');
  const replies = mensagens.filter((m) => m.tipo === 'recebido');
  const lastReply = replies.at(-1);
  return [
    lead.created_at ? ['Lead recebido', lead.created_at] : null,
    firstSent ? ['Primeiro contato', firstSent.created_at] : null,
    replies.length ? [`Respondeu${replies.length > 1 ? ` (${plural(replies.length, 'resposta', 'respostas')})` : ''}`, replies[0].created_at] : null,
    lastReply?.proximo_passo ? [`Próximo passo: ${nextStep(lastReply.proximo_passo)}`, lastReply.created_at] : null,
    [`Status atual: ${leadStatus(lead.status)}`, null],
  ].filter(Boolean);
}
