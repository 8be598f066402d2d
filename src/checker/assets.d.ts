// Files webpack inlines into the checker's bundles.
declare module "*.wasm" {
  /** A data: URL holding the file (webpack asset/inline). */
  const dataUrl: string;
  export default dataUrl;
}
