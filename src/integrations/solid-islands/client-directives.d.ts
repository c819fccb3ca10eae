// The directive registered in client-use.mjs, so `client:use` type-checks in .astro files.
import 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    'client:use'?: boolean;
  }
}
