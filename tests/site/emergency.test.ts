/** A reader in the middle of a scam opens /contact/ on a phone: 110 and 96110 are the first thing they can tap. */
import { describe, expect, it } from 'vitest';
import { builtSiteInChromium } from '../helpers/site';
import { realContent } from '../helpers/real-content';
import { contactHref } from '../../src/lib/contacts';
import { ROUTES } from '../../src/lib/routes';

const site = builtSiteInChromium();
const registry = realContent().contacts;

describe('/contact/ on a phone', () => {
  it.each(['police', 'antifraud-hotline'])('puts a large tap-to-call button for %s on the first screen', async (id) => {
    const contact = registry.find((c) => c.id === id)!;
    const context = await site.browser.newContext({ viewport: { width: 390, height: 740 }, isMobile: true, hasTouch: true });
    try {
      const page = await context.newPage();
      await page.goto(`${site.url}${ROUTES.contact}`);
      const call = page.locator(`a[href="${contactHref(contact)}"]`).first();
      const box = (await call.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.y + box.height).toBeLessThanOrEqual(740);
      expect(await call.textContent()).toContain(contact.value);
    } finally {
      await context.close();
    }
  });
});
