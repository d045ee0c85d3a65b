/** How a registry contact becomes something a reader can tap. */
import type { Contact } from './content/schemas';

export const CONTACT_KIND_LABELS: Record<Contact['kind'], string> = {
  hotline: '电话',
  'in-app': 'App 内入口',
  website: '官方网站',
  branch: '线下网点',
};

/** tel: for hotlines, the URL for websites; in-app paths and branches are not links. */
export function contactHref(contact: Pick<Contact, 'kind' | 'value'>): string | undefined {
  if (contact.kind === 'hotline') return `tel:${contact.value.replace(/[^\d+]/g, '')}`;
  if (contact.kind === 'website' && /^https:\/\//.test(contact.value)) return contact.value;
  return undefined;
}

/** The error a page build raises when an article names a contact the registry does not have. */
export function unknownContactMessage(id: string, known: string[]): string {
  return `联系方式「${id}」不在登记表 content/contacts.yaml 里。可用的 id：${known.join('、')}。新的联系方式要先带官方来源登记。`;
}
