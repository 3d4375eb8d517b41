export default defineBackground(() => {
  // Filled by the claim-store issue: stores claims sent by content scripts and matches incidents.
});
