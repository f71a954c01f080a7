// What the boot script in index.html hands to app.js (see it there).
interface Window {
  patlintBoot: {
    worker: Worker;
    /** Messages and errors from the worker before app.js took it over, in order. */
    early: Array<MessageEvent | ErrorEvent>;
    sample: string;
    speculative: { check: number; payload: { files: Array<{ name: string; text: string }>; options: { offices: string[] } } };
    catalogue: Promise<{ version: string; rules: unknown[] } | null>;
  };
}
