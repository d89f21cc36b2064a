// A placeholder until the actor network lands; it will take NetworkViewProps (src/app/views/views.ts).
export default function NetworkView() {
  return (
    <section className="network-view" aria-label="Actor network">
      <p>The actor network is not built yet.</p>
    </section>
  );
}
