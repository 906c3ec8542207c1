/**
 * The one place reviewkit imports `docx`. The build (scripts/bundle-vendored.ts) replaces this module's
 * compiled file with a copy that has `docx` and its dependencies bundled in, and the CLI and
 * CommonJS bundles inline it too, so an installed reviewkit never loads `docx` from node_modules:
 * `docx` 9 depends on `nanoid` 6, which declares Node 22, and installing it on Node 20 warned
 * (`EBADENGINE`) in every project that installed reviewkit. `docx` is a devDependency.
 */
export {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  Tab,
  TabStopType,
  TextRun,
  WidthType,
  LineRuleType,
} from "docx";
