/** The toolbar popup. Later issues list the page's incidents here. */
export function Popup() {
  return (
    <main>
      <h1>Countercheck</h1>
      <p>Casualty figures on this page are highlighted.</p>
    </main>
  );
}
