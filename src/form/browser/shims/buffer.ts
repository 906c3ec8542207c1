/**
 * The one use of Node's Buffer on the page's path: the HTML writer puts an image in as base64
 * (`Buffer.from(bytes).toString("base64")`). This gives exactly that, and nothing else.
 */
function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Installs the minimal Buffer when the page has none. */
export function installBuffer(): void {
  const g = globalThis as { Buffer?: unknown };
  if (g.Buffer !== undefined) return;
  g.Buffer = {
    from(data: Uint8Array | ArrayLike<number>) {
      const bytes = data instanceof Uint8Array ? data : Uint8Array.from(data);
      return {
        toString(encoding?: string): string {
          if (encoding !== "base64") throw new Error("the form's Buffer only writes base64");
          return toBase64(bytes);
        },
      };
    },
  };
}
