/** A module built as a chunk of its own: its address, for `import()` on first use (scripts/lazy-chunk.ts). */
declare module '*?lazy-chunk' {
  const url: string;
  export default url;
}
