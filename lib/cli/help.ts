/** Help texts, kept together so the README's CLI section can be checked against them. */
import { EXTRACT_OUT_HELP } from './dataset-help';

export const MAIN_HELP = `Usage: countercheck <command> [options]

Read casualty figures and denials in news text.

Commands:
  extract FILE...     print every claim in the files as JSON Lines
  text FILE           print the text that extract reads from FILE (offsets index into it)
  push FILE.jsonl     upload a dataset file to a CouchDB database (--remote URL)
  pull                download a CouchDB database into a dataset file (--remote URL --out FILE)

Options:
  -h, --help          show help (also: countercheck <command> --help)
  -V, --version       show the version

Output format: docs/claims.md; dataset files (extract --out, push, pull): docs/dataset.md
`;

const INPUT_OPTIONS = `Inputs:
  FILE                a .txt or .html file; "-" reads stdin. Other extensions are read as
                      HTML when they start like a page, else as text. HTML is reduced to its
                      article text (no navigation, header, footer, asides, scripts, form
                      fields or hidden elements; paragraphs separated by a blank line)
  --docs FILE.jsonl   documents, one JSON object a line: {id, url, outlet, published, title,
                      text} (repeatable; "-" reads stdin)

Metadata for FILE arguments (an HTML page's own <head> fills what is not given):
  --published DATE    publication date, YYYY-MM-DD or an ISO timestamp; relative dates
                      ("on Tuesday") resolve against it
  --url URL           the article's address
  --outlet NAME       the publishing outlet
  --title TEXT        the headline
  --format text|html  read every FILE as this format, whatever its extension`;

export const EXTRACT_HELP = `Usage: countercheck extract [options] FILE...
       countercheck extract [options] --docs FILE.jsonl

Print every casualty figure and denial as one JSON object a line, with the fields of
docs/claims.md in that order. "doc" is the --docs id, or the FILE as given ("stdin" for -);
offsets are JavaScript string indices into that document's text.

${INPUT_OPTIONS}

${EXTRACT_OUT_HELP}

  -h, --help          show this help

Examples:
  countercheck extract article.html --published 2024-03-05
  countercheck extract --docs docs.jsonl --out claims.jsonl
  countercheck extract --docs ../shared/eval/docs.jsonl > predictions.jsonl
  curl -s https://example.com/news | countercheck extract --format html -
`;

export const TEXT_HELP = `Usage: countercheck text [options] FILE

Print the text that \`countercheck extract\` reads from FILE: for HTML, the article text; for a
text file, the file as decoded. The offsets in extract's output are indices into this text.

${INPUT_OPTIONS.replace(/\n  --docs[^\n]*\n[^\n]*/, '')}

  -h, --help          show this help
`;
