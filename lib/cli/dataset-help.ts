/** Help for the dataset commands (push, pull, extract --out); kept beside help.ts's texts. */

const CREDENTIALS = `Credentials: in the URL (https://user:password@host/db), or from the environment,
COUNTERCHECK_USER and COUNTERCHECK_PASSWORD. https is required except for localhost and
127.0.0.1.`;

const FORMATS = `The output format follows the file's extension: .csv gives CSV (a row per claim), .jsonld
gives schema.org ClaimReview JSON-LD, anything else the dataset format (JSON Lines). Format:
docs/dataset.md`;

export const PUSH_HELP = `Usage: countercheck push FILE.jsonl --remote URL [options]

Upload a dataset file to a CouchDB database. The whole file is checked first: if any line is
malformed, each problem is printed with its line number and nothing is uploaded. A record the
server already has is left alone (pushing the same file twice adds nothing); a newer revision of
a claim is stored as the next revision of the server's; an older one is left out.

  --remote URL        the database, e.g. https://couch.example.org/team-claims
  --create            create the database if it does not exist (needs admin rights)
  --batch N           documents per request (default 500)
  -h, --help          show this help

${CREDENTIALS}

Example:
  COUNTERCHECK_USER=ana COUNTERCHECK_PASSWORD=… countercheck push claims.jsonl --remote https://couch.example.org/team-claims
`;

export const PULL_HELP = `Usage: countercheck pull --remote URL --out FILE [options]

Download every record of a CouchDB database into a dataset file (the winning revision of each;
documents with competing revisions are counted). The file is written whole or not at all.

  --remote URL        the database
  --out FILE          where to write ("-" for stdout)
  --publisher NAME    the ClaimReview author, for .jsonld output (default "Countercheck")
  --batch N           changes per request (default 500)
  -h, --help          show this help

${FORMATS}

${CREDENTIALS}
`;

export const EXTRACT_OUT_HELP = `Dataset output:
  --out FILE          write the claims as a dataset file instead of printing them: every
                      claim stored as the extension stores it (stable ids, quote selectors,
                      sources, incidents from the matcher). ${FORMATS.replace(/\n/g, '\n                      ')}
  --publisher NAME    the ClaimReview author, for .jsonld output`;
