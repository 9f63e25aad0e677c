import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { Plugin } from "vite";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

const compressible = /\.(js|css|html|svg|json)$/;

/** Every file under `dir` that is worth compressing, leaving out dot folders (Vite's `.vite/manifest.json`). */
async function compressibleFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && compressible.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter(
      (path) =>
        !path
          .slice(dir.length)
          .split(/[\\/]/)
          .some((part) => part.startsWith(".")),
    );
}

async function writeCompressed(path: string): Promise<void> {
  const content = await readFile(path);
  const [br, gz] = await Promise.all([
    brotli(content, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
    gzipAsync(content, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  // A tiny file can grow when compressed; without a variant the server sends the file itself.
  await Promise.all([
    br.length < content.length ? writeFile(`${path}.br`, br) : undefined,
    gz.length < content.length ? writeFile(`${path}.gz`, gz) : undefined,
  ]);
}

/**
 * Writes `.br` and `.gz` beside each text asset of the build, compressed once at the highest levels,
 * so that the server (@fastify/static with `preCompressed`) sends them as they are instead of
 * compressing on every request or not at all. The public folder's files are included: they are in the
 * output folder by the time the bundle is written.
 */
export function precompress(): Plugin {
  return {
    name: "sidestilt:precompress",
    apply: "build",
    async writeBundle({ dir }) {
      if (!dir) return;
      const files = await compressibleFiles(dir);
      await Promise.all(files.map(writeCompressed));
    },
  };
}
