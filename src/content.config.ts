/**
 * Astro content collections. The schemas live in src/lib/content/schemas.ts so the pre-build
 * checker (src/integrations/content-checks.ts) validates with exactly the same rules.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema, contactSchema, topicSchema, troubleshooterSchema, walletSchema } from './lib/content/schemas';

export const collections = {
  wallets: defineCollection({ loader: file('content/wallets.yaml'), schema: walletSchema }),
  topics: defineCollection({ loader: file('content/topics.yaml'), schema: topicSchema }),
  contacts: defineCollection({ loader: file('content/contacts.yaml'), schema: contactSchema }),
  /** content/articles/<wallet>/<slug>.mdx → id `wallet/slug` → URL /wallet/slug/ */
  articles: defineCollection({ loader: glob({ pattern: '*/*.{md,mdx}', base: './content/articles' }), schema: articleSchema }),
  troubleshooters: defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/troubleshooters' }), schema: troubleshooterSchema }),
};
