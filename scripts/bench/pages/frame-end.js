// Loaded by every bench page (ours and the peers' alike): resolves at the end of the next
// frame — a requestAnimationFrame, then a message posted from it, which runs after that
// frame's style, layout and paint. The bench's timings stop here.
window.frameEnd = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    }),
  );
