/** How a registry contact becomes something a reader can tap. */
import type { Contact } from './content/schemas';

export const CONTACT_KIND_LABELS: Record<Contact['kind'], string> = {
  hotline: '电话',
  'in-app': 'App内入口',
  website: '官方网站',
  branch: '线下网点',
};

/** tel: for hotlines, the URL for websites; in-app paths and branches are not links. */
export function contactHref(contact: Pick<Contact, 'kind' | 'value'>): string | undefined {
  if (contact.kind === 'hotline') return `tel:${contact.value.replace(/[^\d+]/g, '')}`;
  if (contact.kind === 'website' && /^https:\/\//.test(contact.value)) return contact.value;
  return undefined;
}
