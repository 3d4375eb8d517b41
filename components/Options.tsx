/** The options page. Later issues add storage counts, sync and import/export. */
export function Options() {
  return (
    <main>
      <h1>Countercheck options</h1>
    </main>
  );
}
