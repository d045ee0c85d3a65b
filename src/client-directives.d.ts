/** Types of the project's own island directive (src/build/directives/interact.js). */
import 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    'client:interact'?: boolean;
  }
}
