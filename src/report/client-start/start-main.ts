/**
 * Start page entry point (`crosscheck serve` with no inputs): the form to paste links and drop or
 * pick files, the list of inputs (polled from /api/inputs), the downloads, and below them the
 * report viewer of ../client (crosscheckMain), which follows every re-analysis by itself.
 * Shipped as source text: self-contained function declarations only.
 */
import type { InputsReply } from './types.js';

/** Send a request; a non-2xx answer throws with the server's one-line error. */
export async function ccStartSend(path: string, method: string, body: BodyInit | null): Promise<unknown> {
  const res = await fetch(path, { method, body, headers: body === null ? {} : { 'Content-Type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/octet-stream' } });
  const reply = (await res.json().catch(() => ({}))) as { error?: unknown };
  if (!res.ok) throw new Error(typeof reply.error === 'string' ? reply.error : `HTTP ${res.status}`);
  return reply;
}

/** The form: a links box with its button, a drop zone with a file picker, and a status line. */
export function ccStartForm(): { form: HTMLElement; links: HTMLTextAreaElement; add: HTMLElement; drop: HTMLElement; files: HTMLInputElement; message: HTMLElement } {
  const links = document.createElement('textarea');
  links.id = 'cc-links';
  links.rows = 4;
  links.placeholder = 'https://news.example/2026/03/story\nhttps://other.example/story.html';
  links.spellcheck = false;
  const linksLabel = ccEl('label', null, 'Links to articles about one story, one per line');
  linksLabel.setAttribute('for', 'cc-links');
  const add = ccEl('button', 'start-add', 'Add links');
  add.id = 'cc-add-links';
  add.setAttribute('type', 'button');
  const files = document.createElement('input');
  files.id = 'cc-files';
  files.type = 'file';
  files.multiple = true;
  files.accept = '.txt,.md,.html,.htm,.json,.jsonl';
  const pick = ccEl('label', 'start-pick', 'choose files');
  pick.setAttribute('for', 'cc-files');
  const drop = ccEl('div', 'start-drop', ccEl('span', null, 'Drop files here (.txt .md .html .json .jsonl) or ', pick), files);
  drop.id = 'cc-drop';
  const message = ccEl('p', 'start-message');
  message.id = 'cc-message';
  message.setAttribute('role', 'status');
  message.setAttribute('aria-live', 'polite');
  const form = ccEl('section', 'start-form', ccEl('div', 'start-links', linksLabel, links, add), drop, message);
  form.setAttribute('aria-label', 'Add articles');
  return { form, links, add, drop, files, message };
}

/** The two downloads: the page's articles as JSONL, the report as a stand-alone HTML file. */
export function ccStartDownloads(): HTMLElement {
  const link = (href: string, text: string, id: string) => {
    const a = ccEl('a', 'start-download', text);
    a.id = id;
    a.setAttribute('href', href);
    a.setAttribute('download', '');
    return a;
  };
  const p = ccEl('p', 'start-downloads', 'Download: ', link('/download/articles.jsonl', 'articles (JSONL)', 'cc-dl-jsonl'), ' · ', link('/download/report.html', 'report (HTML)', 'cc-dl-html'));
  p.id = 'cc-downloads';
  return p;
}

/** Draw the start page in #cc-start and start the report viewer in #cc-app. */
export function ccStartMain(): void {
  const root = document.getElementById('cc-start');
  const report = document.getElementById('cc-app');
  if (!root || !report) return;
  const f = ccStartForm();
  const list = ccEl('div', 'start-list-wrap');
  const downloads = ccStartDownloads();
  root.replaceChildren(f.form, list, downloads);
  let version = -1;
  let limits: InputsReply['limits'] | null = null;
  const say = (text: string, bad: boolean) => {
    f.message.textContent = text;
    f.message.classList.toggle('error', bad);
  };
  const refresh = async () => {
    const reply = (await ccStartSend('/api/inputs', 'GET', null)) as InputsReply;
    limits = reply.limits;
    const ready = reply.inputs.some((i) => i.status === 'ready');
    downloads.hidden = !ready;
    report.hidden = !ready;
    root.dataset.articles = String(reply.articles);
    root.dataset.revision = reply.revision;
    if (reply.version === version) return;
    version = reply.version;
    list.replaceChildren(ccStartList(reply.inputs, (id) => void ccStartSend(`/api/inputs/${encodeURIComponent(id)}`, 'DELETE', null).then(refresh, (e: Error) => say(e.message, true))));
    root.setAttribute('aria-busy', reply.inputs.some((i) => i.status === 'loading') ? 'true' : 'false');
  };
  f.add.addEventListener('click', () => {
    const text = f.links.value;
    if (!text.trim()) return say('Paste at least one link first.', true);
    ccStartSend('/api/inputs/links', 'POST', text).then(
      (r) => {
        const repeated = (r as { repeated: string[] }).repeated;
        f.links.value = '';
        say(repeated.length ? `Already on the page, not added again: ${repeated.join(', ')}` : 'Fetching…', false);
        return refresh();
      },
      (e: Error) => say(e.message, true),
    );
  });
  const upload = async (list: FileList | null) => {
    const problems: string[] = [];
    for (const file of Array.from(list ?? [])) {
      if (limits && file.size > limits.maxFileBytes) {
        problems.push(`${file.name}: larger than the ${limits.maxFileBytes}-byte limit`);
        continue;
      }
      await ccStartSend(`/api/inputs/files?name=${encodeURIComponent(file.name)}`, 'POST', file).catch((e: Error) => problems.push(`${file.name}: ${e.message}`));
      await refresh();
    }
    say(problems.join(' · '), problems.length > 0);
  };
  f.files.addEventListener('change', () => void upload(f.files.files).finally(() => (f.files.value = '')));
  f.drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    f.drop.classList.add('over');
  });
  f.drop.addEventListener('dragleave', () => f.drop.classList.remove('over'));
  f.drop.addEventListener('drop', (e) => {
    e.preventDefault();
    f.drop.classList.remove('over');
    void upload(e.dataTransfer ? e.dataTransfer.files : null);
  });
  const tick = () => {
    refresh()
      .catch(() => (root.dataset.offline = 'true'))
      .finally(() => setTimeout(tick, 1000));
  };
  tick();
  crosscheckMain();
}
