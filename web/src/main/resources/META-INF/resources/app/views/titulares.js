import { h, replace } from '../dom.js';
import { api, ApiError, hasRole } from '../api.js';
import { count, leadStatus, plural, text } from '../format.js';
import { flash, pageHead, problemView, withBusy } from '../ui.js';

/** What an admin types to confirm an erasure: it cannot be undone. */
const CONFIRMATION = 'ELIMINAR';

/**
 * Privacidade (LGPD), #/titulares: find a person by phone or e-mail, see what the company holds about them,
 * download it (access and portability), erase it with a typed confirmation (admins), and the count of people
 * erased and suppressed (never imported or contacted again).
 */
export async function render(root, ctx) {
  const summary = h('p', { class: 'hint', testid: 'titulares-resumo' }, 'Carregando…');
  const kind = h('select', { id: 'titular-tipo', testid: 'titulares-tipo' },
    h('option', { value: 'telefone' }, 'Telefone'),
    h('option', { value: 'email' }, 'E-mail'));
  const value = h('input', { id: 'titular-valor', type: 'text', required: true, maxlength: '320', autocomplete: 'off', testid: 'titulares-busca' });
  const search = h('button', { type: 'submit', class: 'button', testid: 'titulares-buscar' }, 'Buscar');
  const result = h('div', { class: 'stack', testid: 'titulares-resultado', 'aria-live': 'polite' });
  const form = h('form', { class: 'card section stack', testid: 'titulares-form', 'aria-labelledby': 'titulares-busca-titulo' },
    h('h2', { class: 'section-title', id: 'titulares-busca-titulo' }, 'Buscar um titular'),
    h('p', { class: 'hint' }, 'Informe o telefone (com DDD) ou o e-mail da pessoa, como ela o informou.'),
    h('div', { class: 'field-row' },
      h('label', { for: 'titular-tipo' }, 'Buscar por'), kind,
      h('label', { for: 'titular-valor' }, 'Valor'), value,
      search));
  replace(root,
    pageHead('Privacidade (LGPD)', 'Direitos dos titulares: acesso, portabilidade, eliminação e consentimento'),
    h('div', { class: 'stack stack--loose' }, summary, form, result));

  const refreshSummary = async () => {
    try {
      const data = await api.titularesSummary();
      if (!ctx.isCurrent()) return;
      replace(summary, 'Pessoas que pediram a eliminação e estão suprimidas: ',
        h('strong', { testid: 'titulares-suprimidos' }, count(data?.pessoas_suprimidas)));
    } catch (error) {
      if (ctx.isCurrent() && error?.status !== 401) replace(summary, problemView(error));
    }
  };
  refreshSummary();

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const who = { [kind.value]: value.value.trim() };
    await withBusy(search, 'Buscando…', async () => {
      try {
        const data = await api.titular(who);
        if (!ctx.isCurrent()) return;
        const user = await ctx.user().catch(() => null);
        replace(result, ...found(data, who, hasRole(user, 'admin'), async (erased) => {
          replace(result, h('p', { class: 'flash flash--success', role: 'status', testid: 'titulares-eliminado' },
            `Dados eliminados: ${plural(erased.leads?.length ?? 0, 'lead anonimizado', 'leads anonimizados')}.`
            + ' A pessoa não será importada nem contatada de novo.'));
          await refreshSummary();
        }));
      } catch (error) {
        if (!ctx.isCurrent() || error?.status === 401) return;
        replace(result, error instanceof ApiError && error.status === 404
          ? h('p', { class: 'empty', testid: 'titulares-nada' }, 'Nenhum dado encontrado para este titular.')
          : problemView(error, { fieldLabels: { telefone: 'Telefone', email: 'E-mail', 'telefone/email': 'Telefone ou e-mail' } }));
      }
    });
  });
}

function found(data, who, admin, onErased) {
  const leads = Array.isArray(data?.leads) ? data.leads : [];
  const download = h('button', { type: 'button', class: 'button button--ghost', testid: 'titulares-exportar' }, 'Baixar os dados (JSON)');
  download.addEventListener('click', () => {
    const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
    const link = h('a', { href: URL.createObjectURL(blob), download: 'dados-do-titular.json', hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  });
  const parts = [
    h('section', { class: 'card section stack', testid: 'titulares-dados', 'aria-labelledby': 'titulares-dados-titulo' },
      h('div', { class: 'section__head' },
        h('h2', { class: 'section-title', id: 'titulares-dados-titulo' }, 'O que a empresa guarda'),
        download),
      h('p', { testid: 'titulares-contagem' },
        `${plural(leads.length, 'lead', 'leads')}, `
        + `${plural(leads.reduce((n, l) => n + (l.interacoes?.length ?? 0), 0), 'interação', 'interações')}, `
        + `${plural(leads.reduce((n, l) => n + (l.envios?.length ?? 0), 0), 'envio', 'envios')}, `
        + `${plural(data?.auditoria?.length ?? 0, 'registro de auditoria', 'registros de auditoria')}.`),
      h('ul', { class: 'list', testid: 'titulares-leads' }, leads.map(({ lead, consentimento }) =>
        h('li', { testid: 'titulares-lead' },
          h('a', { href: `#/lead?id=${encodeURIComponent(lead?.id ?? '')}` }, text(lead?.empresa)),
          ` — ${text(lead?.contato)} · ${leadStatus(lead?.status)}`,
          consentimento ? ` · base legal: ${consentimento.base_legal === 'consentimento' ? 'consentimento' : 'legítimo interesse'}` : '')))),
  ];
  if (admin) parts.push(eraseForm(who, onErased));
  else parts.push(h('p', { class: 'hint', testid: 'titulares-so-admin' }, 'Somente administradores podem eliminar os dados de um titular.'));
  return parts;
}

function eraseForm(who, onErased) {
  const typed = h('input', { id: 'titular-confirmacao', type: 'text', autocomplete: 'off', testid: 'titulares-confirmacao' });
  const erase = h('button', { type: 'submit', class: 'button button--danger', disabled: true, testid: 'titulares-eliminar' }, 'Eliminar os dados');
  typed.addEventListener('input', () => {
    erase.disabled = typed.value.trim() !== CONFIRMATION;
  });
  const form = h('form', { class: 'card section stack', testid: 'titulares-eliminacao', 'aria-labelledby': 'titulares-eliminar-titulo' },
    h('h2', { class: 'section-title', id: 'titulares-eliminar-titulo' }, 'Eliminar os dados (direito ao esquecimento)'),
    h('p', {}, 'Os leads desta pessoa ficam anonimizados (os números do funil continuam certos), as mensagens, '
      + 'envios e registros que a citam são apagados, e a pessoa entra na lista de supressão: nunca mais será importada nem contatada. '
      + 'Não é possível desfazer.'),
    h('label', { for: 'titular-confirmacao' }, `Digite ${CONFIRMATION} para confirmar`),
    typed,
    erase);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (typed.value.trim() !== CONFIRMATION) return;
    await withBusy(erase, 'Eliminando…', async () => {
      try {
        await onErased(await api.eraseTitular(who));
      } catch (error) {
        if (error?.status !== 401) flash.error(problemView(error));
      }
    });
  });
  return form;
}
