import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The renderer's JS and CSS under `dir` (out/renderer), each gzipped as a server or an asar reader would, in KB. */
export function rendererGzipKb(dir: string): number {
  let bytes = 0;
  const visit = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) visit(path);
      else if (['.js', '.mjs', '.css'].includes(extname(name))) bytes += gzipSync(readFileSync(path), { level: 9 }).length;
    }
  };
  visit(dir);
  return bytes / 1024;
}
