/** Registers the client:interact directive (src/build/directives/interact.js). */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

export default function clientInteract(): AstroIntegration {
  return {
    name: 'wallet-handbook:client-interact',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'interact', entrypoint: fileURLToPath(new URL('../directives/interact.js', import.meta.url)) });
      },
    },
  };
}
