/**
 * Loads a classic-or-module script by URL once and resolves when it has run. Used instead of
 * dynamic import() for Pagefind's own bundles: they set globals, and a plain script tag keeps
 * the bundler from adding its ~1 KB preload helper to every page.
 */
const loading = new Map<string, Promise<void>>();

export function loadScript(src: string): Promise<void> {
  let done = loading.get(src);
  if (!done) {
    done = new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.type = 'module';
      script.src = src;
      script.onload = () => resolve();
      script.onerror = () => {
        loading.delete(src);
        script.remove();
        reject(new Error(`Could not load ${src}`));
      };
      document.head.append(script);
    });
    loading.set(src, done);
  }
  return done;
}
