/**
 * Part of `npm run build`: writes dist/validators.generated.cjs, the schemas compiled to plain
 * JavaScript ahead of time, so the built library and CLI do not compile them on every start.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { prebuiltPath } from "../src/schema/prebuilt.js";
import { standaloneValidatorsCode } from "../src/schema/standalone.js";

mkdirSync(dirname(prebuiltPath()), { recursive: true });
writeFileSync(prebuiltPath(), standaloneValidatorsCode());
