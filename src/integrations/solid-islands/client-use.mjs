import { fileURLToPath } from 'node:url';

/** Registers `client:use` (on-use.ts): an island that hydrates when a reader first reaches into it. */
export function clientUse() {
  return {
    name: 'client-use',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) =>
        addClientDirective({ name: 'use', entrypoint: fileURLToPath(new URL('./on-use.ts', import.meta.url)) }),
    },
  };
}
