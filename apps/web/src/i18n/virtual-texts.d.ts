/** A language's public or signed-in texts, split from src/i18n/<language>.json by vite-text-parts.ts. */
declare module "virtual:texts/*" {
  const texts: Record<string, unknown>;
  export default texts;
}
