// Runs before install and start: an older Node gets a clear message instead of an obscure failure later.
const [major] = process.versions.node.split(".").map(Number);
if (major < 24) {
  console.error(
    `Sidestilt needs Node.js 24 LTS; this is ${process.version}.\n` +
      "Install it, for example: npm i -g --prefix ./.tools node@24 pnpm@12 && export PATH=$PWD/.tools/bin:$PATH",
  );
  process.exit(1);
}
