import { h, replace } from '../dom.js';
import { api, ApiError, hasRole } from '../api.js';
import { count, date, label, plural, text } from '../format.js';
import { badge, failure, flash, loadInto, loading, pageHead, problemView, table, timeEl, withBusy } from '../ui.js';

/** The report is asked every second at first, then less often, up to every 5 s; after 10 minutes the page stops asking. */
const POLL_MS = 1000;
const MAX_POLL_MS = 5000;
const POLL_GROWTH = 1.5;
const WATCH_LIMIT_MS = 10 * 60_000;
const EXTENSIONS = ['csv', 'xlsx'];
/** The server's default limit (alquimista.import.max-bytes): a bigger upload may be cut off before any answer. */
const LARGE_FILE_BYTES = 50 * 1024 * 1024;

const STATUS_LABELS = { aberto: 'Reunindo envios', fechando: 'Reunindo envios', recebido: 'Recebido', processando: 'Processando', concluido: 'Concluído' };

/** The report's field names as the tenant reads them. */
const FIELD_LABELS = {
  empresa: 'Empresa',
  cnpj: 'CNPJ',
  contato: 'Contato',
  telefone: 'Telefone',
  email: 'E-mail',
  'telefone/email': 'Telefone ou e-mail',
  'email/telefone': 'E-mail ou telefone',
  setor: 'Setor',
  porte: 'Porte',
  atividade_principal: 'Atividade (CNAE)',
  opt_in_whatsapp: 'Opt-in WhatsApp',
  linha: 'Linha inteira',
  file: 'Arquivo',
};

/** The columns the Recebimento agent reads, for the help text. */
const ACCEPTED_COLUMNS = [
  ['empresa', 'razão social da empresa (obrigatória)'],
  ['cnpj', 'CNPJ da empresa, com ou sem máscara'],
  ['contato', 'nome da pessoa de contato (obrigatório)'],
  ['telefone', 'com DDD; celular para WhatsApp'],
  ['email', 'e-mail do contato'],
  ['setor', 'ramo de atuação'],
  ['porte', 'MEI, ME, EPP, Média ou Grande'],
  ['atividade / cnae', 'atividade principal ou código CNAE'],
  ['opt_in_whatsapp', 'sim/não: WhatsApp só com opt-in'],
];

/** What a refused upload means, in Portuguese; the server's detail and field problems go beneath. */
const UPLOAD_PROBLEM = {
  headlines: {
    400: 'A planilha não pôde ser importada.',
    409: 'A importação não está disponível para sua empresa.',
    413: 'O arquivo é grande demais para importar. Divida a planilha em partes menores.',
    415: 'Formato não aceito: envie um arquivo .csv ou .xlsx.',
  },
  fieldLabels: FIELD_LABELS,
  agentLink: { label: 'Ative o agente Recebimento no Marketplace', after: ' e envie a planilha de novo.', testid: 'import-marketplace-link' },
  testids: { detail: 'import-error-detail', errors: 'import-error-violations' },
};

/** The polling loop of the import shown now; a new upload or leaving the page ends the previous one. */
let watching = null;

/** Importar leads: upload a CSV or XLSX (gestores), follow its processing and read the non-conformity report. */
export async function render(root, ctx) {
  const importId = ctx.params.get('id');
  const formArea = h('div', { class: 'import-form-area' }, loading('Carregando…'));
  const statusArea = h('div', { class: 'import-status-area', testid: 'import-status-area' });
  replace(root,
    pageHead('Importar leads',
      'Envie a planilha dos seus contatos: o agente Recebimento valida cada linha, descarta duplicados e aponta o que precisa de correção.'),
    h('div', { class: 'import-layout' },
      h('div', { class: 'stack' }, formArea, statusArea),
      help()));

  if (importId) watch(importId, statusArea, ctx);

  const user = await loadInto(formArea, ctx, () => ctx.user(), () => ctx.refresh());
  if (user === undefined) return;
  replace(formArea, hasRole(user, 'manager')
    ? uploadForm(statusArea, ctx)
    : h('p', { class: 'hint', testid: 'import-managers-only' },
      'Somente gestores e administradores podem importar leads. Peça a um gestor da sua empresa para enviar a planilha.'));
}

function help() {
  return h('aside', { class: 'import-help card', 'aria-labelledby': 'import-help-title', testid: 'import-help' },
    h('h2', { id: 'import-help-title', class: 'section-title' }, 'Colunas aceitas'),
    h('p', {}, 'A primeira linha da planilha traz os nomes das colunas, em qualquer ordem. Cada lead precisa de ',
      h('strong', {}, 'empresa'), ', ', h('strong', {}, 'contato'), ' e de ', h('strong', {}, 'telefone'), ' ou ',
      h('strong', {}, 'e-mail'), '.'),
    h('dl', { class: 'columns-list' }, ACCEPTED_COLUMNS.map(([name, description]) =>
      h('div', {}, h('dt', {}, h('code', {}, name)), h('dd', {}, description)))),
    h('p', { class: 'import-help__note' },
      'WhatsApp só com opt-in: leads sem consentimento recebem apenas e-mail. CSV separado por vírgula ou ponto e vírgula, ou XLSX (primeira aba).'));
}

function uploadForm(statusArea, ctx) {
  const input = h('input', {
    id: 'import-file', name: 'file', type: 'file', required: true, testid: 'import-file',
    accept: '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'aria-describedby': 'import-file-hint import-error',
  });
  const error = h('div', { class: 'form-error', id: 'import-error', testid: 'import-error', role: 'alert', hidden: true });
  const submit = h('button', { type: 'submit', class: 'button button--primary', testid: 'import-submit' }, 'Importar');
  const form = h('form', { class: 'import-form card', testid: 'import-form', novalidate: true },
    h('div', { class: 'field' },
      h('label', { for: 'import-file' }, 'Planilha de leads'),
      input,
      h('p', { class: 'field__hint', id: 'import-file-hint' }, 'Arquivo .csv ou .xlsx.')),
    error,
    h('div', { class: 'form-actions' }, submit));

  const showError = (...content) => {
    replace(error, ...content);
    error.hidden = false;
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.hidden = true;
    const file = input.files?.[0];
    if (!file) {
      showError(h('p', {}, 'Escolha o arquivo da planilha.'));
      input.focus();
      return;
    }
    if (!EXTENSIONS.includes(file.name.toLowerCase().split('.').pop())) {
      showError(h('p', {}, 'Envie um arquivo .csv ou .xlsx.'));
      input.focus();
      return;
    }
    let reply;
    try {
      reply = await withBusy(submit, 'Enviando…', () => api.importLeads(file));
    } catch (failed) {
      if (failed?.status === 401) return;
      showError(...uploadProblem(failed, file));
      input.focus();
      return;
    }
    if (!ctx.isCurrent()) return;
    const id = reply?.import_id;
    if (!id) {
      showError(h('p', {}, 'O servidor não devolveu o número da importação.'));
      return;
    }
    flash.success(`Arquivo ${file.name} recebido: ${plural(reply.rows, 'linha', 'linhas')} para processar.`);
    // The report's address, without rendering the page again: a reload shows this import.
    history.replaceState(null, '', `#/importar?id=${encodeURIComponent(id)}`);
    input.value = '';
    watch(id, statusArea, ctx);
  });
  return form;
}

/** What went wrong with an upload: the shared problem view, and a hint when a big file never got an answer. */
function uploadProblem(error, file) {
  const unanswered = !(error instanceof ApiError) || error.status === 0;
  return [
    ...problemView(error, UPLOAD_PROBLEM),
    unanswered && file.size > LARGE_FILE_BYTES
      ? h('p', { class: 'problem__detail' }, 'Arquivos muito grandes podem ser recusados pelo servidor: divida a planilha e tente de novo.')
      : null,
  ];
}

/**
 * Asks for the import until it is concluido, updating one status panel in place: every second at
 * first, then less often (up to every 5 s); after 10 minutes it stops and offers to go on.
 */
async function watch(id, area, ctx) {
  const loop = {};
  watching = loop;
  const active = () => watching === loop && ctx.isCurrent();
  const deadline = Date.now() + WATCH_LIMIT_MS;
  replace(area, loading('Carregando a importação…'));
  area.setAttribute('aria-busy', 'true');
  let panel = null;
  let delay = POLL_MS;
  for (;;) {
    let report;
    try {
      report = await api.importReport(id);
    } catch (error) {
      if (!active() || error?.status === 401) return;
      const transient = !(error instanceof ApiError) || error.status === 0 || error.status === 429 || error.status >= 500;
      if (transient && panel && Date.now() < deadline) {
        panel.setNote('A conexão falhou; tentando de novo em instantes…');
        await sleep(MAX_POLL_MS);
        if (!active()) return;
        continue;
      }
      area.removeAttribute('aria-busy');
      replace(area, failure(problemView(error, { headlines: { 404: 'Importação não encontrada.' } }),
        () => watch(id, area, ctx)));
      return;
    }
    if (!active()) return;
    if (!panel) {
      area.removeAttribute('aria-busy');
      panel = statusPanel(report);
      replace(area, panel.element);
    }
    panel.setNote();
    panel.update(report);
    if (report?.status === 'concluido') return;
    if (Date.now() >= deadline) {
      const again = h('button', { type: 'button', class: 'button button--ghost', testid: 'import-watch-again' }, 'Continuar acompanhando');
      again.addEventListener('click', () => watch(id, area, ctx));
      panel.setNote('A importação ainda não terminou e a página parou de acompanhar. Volte mais tarde ou ', again);
      return;
    }
    await sleep(delay);
    delay = Math.min(MAX_POLL_MS, delay * POLL_GROWTH);
    if (!active()) return;
  }
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function statusPanel(first) {
  const badgeSlot = h('span', {});
  const bar = h('div', { class: 'progress__bar' });
  const progress = h('div', {
    class: 'progress', role: 'progressbar', 'aria-labelledby': 'import-progress-label',
    'aria-valuemin': '0', testid: 'import-progressbar',
  }, bar);
  const processedText = h('p', { class: 'progress__label', id: 'import-progress-label', testid: 'import-processed' });
  const live = h('p', { class: 'import-panel__live', role: 'status', 'aria-live': 'polite', testid: 'import-announcement' });
  const note = h('p', { class: 'import-panel__note', testid: 'import-note', hidden: true });
  const accepted = h('dd', { testid: 'import-accepted' });
  const duplicates = h('dd', { testid: 'import-duplicates' });
  const rejected = h('dd', { testid: 'import-rejected' });
  const suppressed = h('dd', { testid: 'import-suppressed' });
  const report = h('div', { class: 'import-report', testid: 'import-report', hidden: true });
  const element = h('section', { class: 'import-panel card', testid: 'import-progress', 'aria-labelledby': 'import-panel-title' },
    h('div', { class: 'import-panel__head' },
      h('div', {},
        h('h2', { class: 'section-title', id: 'import-panel-title', testid: 'import-file-name' },
          first?.file_name ? `Importação de ${first.file_name}` : 'Importação de leads'),
        h('p', { class: 'import-panel__meta' }, 'Enviada em ', timeEl(first?.created_at, date))),
      badgeSlot),
    progress,
    processedText,
    live,
    note,
    h('dl', { class: 'import-counts' },
      h('div', { class: 'import-count import-count--accepted' }, h('dt', {}, 'Aceitos'), accepted),
      h('div', { class: 'import-count import-count--duplicates' }, h('dt', {}, 'Duplicados'), duplicates),
      h('div', { class: 'import-count import-count--rejected' }, h('dt', {}, 'Rejeitados'), rejected),
      h('div', { class: 'import-count import-count--suppressed', title: 'Pessoas que pediram a eliminação dos seus dados (LGPD): nunca são importadas de novo' },
        h('dt', {}, 'Suprimidos (LGPD)'), suppressed)),
    report);

  let lastStatus = null;
  return {
    element,
    /** A line under the progress (text and elements); nothing hides it. */
    setNote(...content) {
      replace(note, ...content);
      note.hidden = content.length === 0;
    },
    update(data) {
      const status = String(data?.status ?? 'recebido');
      const total = Math.max(0, Number(data?.total_rows) || 0);
      const processed = Math.min(total, Math.max(0, Number(data?.processed_rows) || 0));
      const done = status === 'concluido';
      const fraction = done ? 1 : total > 0 ? processed / total : 0;
      element.dataset.status = status;
      bar.style.width = `${Math.round(fraction * 100)}%`;
      progress.setAttribute('aria-valuemax', String(Math.max(total, 1)));
      progress.setAttribute('aria-valuenow', String(done ? Math.max(total, 1) : processed));
      progress.setAttribute('aria-valuetext', `${count(processed)} de ${plural(total, 'linha', 'linhas')}`);
      processedText.textContent = `${count(processed)} de ${plural(total, 'linha processada', 'linhas processadas')}`
        + ` (${Math.round(fraction * 100)}%)`;
      accepted.textContent = count(data?.accepted);
      duplicates.textContent = count(data?.duplicates);
      rejected.textContent = count(data?.rejected);
      suppressed.textContent = count(data?.suppressed);
      // The badge is redrawn and the change announced only when the status changes, not at every poll.
      if (status !== lastStatus) {
        lastStatus = status;
        replace(badgeSlot, badge('import', status, STATUS_LABELS, { testid: 'import-status' }));
        live.textContent = done
          ? `Importação concluída: ${plural(data?.accepted, 'lead aceito', 'leads aceitos')}, `
            + `${plural(data?.duplicates, 'duplicado', 'duplicados')}, ${plural(data?.rejected, 'rejeitado', 'rejeitados')}`
            + `${Number(data?.suppressed) > 0 ? `, ${plural(data?.suppressed, 'suprimido', 'suprimidos')} (LGPD)` : ''}.`
          : status === 'processando' ? 'Processando as linhas da planilha…' : 'Arquivo recebido, aguardando o processamento…';
      }
      if (done && report.hidden) {
        replace(report, ...reportContent(data));
        report.hidden = false;
      }
    },
  };
}

function reportContent(data) {
  const issues = Array.isArray(data?.issues) ? data.issues : [];
  const accepted = Number(data?.accepted) || 0;
  const next = accepted > 0
    ? h('p', { class: 'hint', testid: 'import-next' }, 'As campanhas desta importação aparecem em ',
      h('a', { href: '#/campanhas', testid: 'import-campaigns-link' }, 'Campanhas'), ' para aprovação.')
    : h('p', { class: 'hint', testid: 'import-next' }, 'Nenhum lead foi aceito: corrija as linhas do relatório e importe a planilha de novo.');
  if (issues.length === 0) {
    return [h('p', { class: 'import-report__ok', testid: 'import-no-issues' }, 'Nenhuma não conformidade: todas as linhas foram lidas.'), next];
  }
  const download = h('button', { type: 'button', class: 'button button--ghost', testid: 'import-download' }, 'Baixar relatório (CSV)');
  download.addEventListener('click', () => downloadCsv(data, issues));
  return [
    h('div', { class: 'import-report__head' },
      h('h3', { class: 'import-report__title', id: 'import-report-title' }, 'Relatório de não conformidades'),
      download),
    h('p', { class: 'import-report__summary' },
      `${plural(issues.length, 'problema encontrado', 'problemas encontrados')}. As linhas são numeradas como na planilha (o cabeçalho é a linha 1).`),
    h('div', { class: 'table-wrap card' }, table({
      labelledBy: 'import-report-title',
      className: 'table table--wrap',
      testid: 'import-issues',
      columns: [
        { label: 'Linha', testid: 'issue-row', cell: (issue) => text(issue.row) },
        { label: 'Campo', testid: 'issue-field', cell: (issue) => label(FIELD_LABELS, issue.field) },
        { label: 'Problema', testid: 'issue-problem', cell: (issue) => text(issue.problem) },
      ],
      items: issues,
      row: (issue) => ({ testid: 'import-issue', dataset: { row: String(issue.row ?? ''), field: String(issue.field ?? '') } }),
    })),
    next,
  ];
}

/**
 * The report as a CSV file built here: ; separated with a BOM (Excel in Portuguese opens it in
 * columns), every cell quoted, and cells that start like a formula prefixed with ' so no
 * spreadsheet runs them.
 */
function reportCsv(issues) {
  const lines = [['Linha', 'Campo', 'Problema'],
    ...issues.map((issue) => [issue.row, label(FIELD_LABELS, issue.field), issue.problem])];
  return `\uFEFF${lines.map((cells) => cells.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

function csvCell(value) {
  let cell = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(cell)) cell = `'${cell}`;
  return `"${cell.replace(/"/g, '""')}"`;
}

function downloadCsv(data, issues) {
  const base = String(data?.file_name ?? '').replace(/\.[^.]*$/, '').replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '')
    || String(data?.id ?? '').slice(0, 8) || 'importacao';
  const url = URL.createObjectURL(new Blob([reportCsv(issues)], { type: 'text/csv;charset=utf-8' }));
  const link = h('a', { href: url, download: `relatorio-${base}.csv`, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
