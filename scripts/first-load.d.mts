export interface FirstLoad {
  /** The entry chunk and every chunk it imports statically. */
  files: string[];
  bytes: number;
  gzipBytes: number;
  modules: string[];
  tfjsModules: string[];
}
export function firstLoad(root?: string): Promise<FirstLoad>;
