import { defineConfig } from "vitest/config";
import LongestFirst from "./test/setup/longest-first.js";

/**
 * Four projects (see README, "Running the tests"):
 * - unit: pure in-process tests (schemas, calendar, rules, timeline, deadlines, language, the
 *   renderers' pieces, the property tests of those). No browser, no LibreOffice, no child process.
 *   They share one module cache per worker (isolate: false), so the schemas are compiled once per
 *   worker instead of once per file (~1 s each, 120+ rule files). `npm run test:unit`.
 * - render: the documents rendered in-process and read back with poppler, LibreOffice, mammoth (and
 *   the PDF writer bundled for a browser). They start readers but no reviewkit process and change no
 *   process-wide state, so they too share one module cache per worker: the renderers, templates and
 *   fonts are loaded and parsed once per worker, not once per file (~27% of their CPU time).
 * - cli: the command line's tests (cli/, test/bad-inputs/, the first hour). They run the built
 *   program's `main` in process (test/helpers/run-cli.ts, runCliInProcess; test/setup/build-dist.ts
 *   keeps the build current) and start a real process only where the process itself is tested
 *   (cli/index.test.ts): no state of the test process is left changed, so they share one module
 *   cache per worker, loading the program once per worker, not once per file.
 * - integration: everything else that runs a program or reads output with a real reader: the CLI
 *   (spawned from the bundle that test/setup/build-dist.ts keeps current), Chromium, LibreOffice,
 *   poppler, npm pack, the fault suite. Each file isolated, as these set up processes and files.
 * `npm test` runs all four.
 */
const UNIT = [
  "src/**/*.test.ts",
  "test/property/calendar.property.test.ts",
  "test/property/validator.property.test.ts",
  "test/property/ownership.property.test.ts",
  "test/catalogue.test.ts",
  "test/examples.test.ts",
  "test/generated-index.test.ts",
  "test/layering.test.ts",
  "test/readme-authority-profile.test.ts",
  "test/findings-golden.test.ts",
  "test/standards-readings.test.ts",
  "test/rule-descriptions.test.ts",
];

/** In-process rendering read back by real readers (see above): no reviewkit process, no global state changed. */
const RENDER = ["test/render/**/*.test.ts", "test/property/render.property.test.ts"];

/** The command line run in process (see above): the built program's own `main`, loaded once per worker. */
const CLI = ["cli/**/*.test.ts", "test/bad-inputs/*.test.ts", "test/first-hour.test.ts"];

/** One temporary folder for the run, removed at its end (test/setup/temp-dir.ts): every project names it. */
const TEMP_DIR = "test/setup/temp-dir.ts";

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Vitest's default is one worker fewer than the cores: one worker on a 2-core machine. Most of
    // the integration suite waits on child processes (the CLI, soffice, chromium, pdftotext), so
    // two workers keep both cores busy.
    maxWorkers: Number(process.env["REVIEWKIT_TEST_WORKERS"] ?? 3),
    // The slowest files first, also on a fresh clone with no timing cache (test/setup/longest-first.ts).
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        extends: true,
        test: { name: "unit", include: UNIT, isolate: false, globalSetup: [TEMP_DIR] },
      },
      {
        extends: true,
        test: { name: "render", include: RENDER, isolate: false, globalSetup: [TEMP_DIR] },
      },
      {
        extends: true,
        test: { name: "cli", include: CLI, isolate: false, globalSetup: [TEMP_DIR, "test/setup/build-dist.ts"] },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["src/**/*.test.ts", "cli/**/*.test.ts", "test/**/*.test.ts"],
          exclude: [...UNIT, ...RENDER, ...CLI],
          globalSetup: [TEMP_DIR, "test/setup/build-dist.ts"],
        },
      },
    ],
  },
});
