import { measureRouteSizes, publicRoutes, signedInRoutes } from "./bundle-size.ts";

for (const r of await measureRouteSizes([...publicRoutes, ...signedInRoutes]))
  console.log(r.route.padEnd(40), r.files, (r.gzipBytes / 1024).toFixed(1), "kB");
