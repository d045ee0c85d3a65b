/**
 * No contact detail reaches a reader unless it comes from the verified registry: every text a
 * reader can see — article files, troubleshooters, wallet and topic descriptions, the registry's
 * own labels and notes — is scanned for phone numbers, addresses, links and account ids.
 */
import { error, type ContentIssue } from '../issues';
import type { ContentModel } from '../model';
import { findRawContacts } from '../../../lib/safety/contact-detector';
import { isOnDomain, readWebAddress } from '../../../lib/safety/web-address';
import { stringsIn, type ParsedYaml, type PathSegment } from '../../../lib/content/yaml-source';
import { formatPath } from '../zod-issues';
import { lineAt } from './lines';

const FIX = '联系方式只能来自 content/contacts.yaml（每条都有官方来源）：用 <ContactCard id="…" /> 或 <Contact id="…" />；登记表里没有的，先带官方来源登记，查不到来源就不要写。';

/** Registry fields that hold the verified values themselves; the rest of an entry is prose. */
const REGISTRY_VALUE_FIELDS = new Set(['value', 'source', 'verified', 'id', 'wallet', 'kind']);

export function contactIssues(model: ContentModel): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const { file, text } of [...model.articles, ...model.troubleshooters]) {
    for (const c of findRawContacts(text)) {
      issues.push(error(file, /\.ya?ml$/.test(file) ? '文字' : '正文', `直接写了${c.kind}「${c.value}」。`, FIX, lineAt(text, c.index)));
    }
  }
  issues.push(...unofficialSources(model));
  const { wallets, topics, contacts } = model.dataFiles;
  for (const source of [wallets, topics]) if (source.yaml) issues.push(...inYamlStrings(source.file, source.yaml, () => true));
  if (contacts.yaml) issues.push(...inYamlStrings(contacts.file, contacts.yaml, (path) => !REGISTRY_VALUE_FIELDS.has(String(path.at(-1)))));
  return issues;
}

function inYamlStrings(file: string, yaml: ParsedYaml, include: (path: PathSegment[]) => boolean): ContentIssue[] {
  return stringsIn(yaml.data)
    .filter(({ path }) => include(path))
    .flatMap(({ value, path }) => findRawContacts(value).map((c) => error(file, formatPath(path), `直接写了${c.kind}「${c.value}」。`, FIX, yaml.lineOf(path))));
}

/** A registry entry is only as good as its source: https, on a domain the editors have listed as official. */
function unofficialSources(model: ContentModel): ContentIssue[] {
  const { contacts, officialDomains } = model.dataFiles;
  if (!officialDomains.complete) return [];
  const domains = model.officialDomains.map((d) => d.domain);
  const issues: ContentIssue[] = [];
  model.contacts.forEach((c, i) => {
    const host = readWebAddress(c.source)?.host ?? c.source;
    if (!domains.some((d) => isOnDomain(host, d))) {
      issues.push(error(contacts.file, `${c.id}.source`, `来源「${host}」不在官方域名清单里。`, `来源要写政府网站、运营方自己的网站或集成平台的第一方文档的具体网页；确认是官方网站后，把域名加进 ${officialDomains.file}（写明归谁所有）。`, contacts.yaml?.lineOf([i, 'source'])));
    }
  });
  return issues;
}
