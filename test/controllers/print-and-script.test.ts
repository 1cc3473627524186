import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { DataScriptController } from '../../src/controllers/data-script-controller.js';
import { PrintController } from '../../src/controllers/print-controller.js';

class PrintProbe extends LitElement {
  prints = 0;
  print = new PrintController(this, () => this.prints++);
}
customElements.define('print-probe', PrintProbe);

class ScriptProbe extends LitElement {
  script = new DataScriptController(this);
  updates = 0;
  override updated() {
    this.updates++;
  }
}
customElements.define('script-probe', ScriptProbe);

describe('PrintController', () => {
  it('tells a connected host that printing started, and a disconnected one nothing', async () => {
    const probe = await fixture<PrintProbe>(html`<print-probe></print-probe>`);
    const parked = document.createElement('print-probe') as PrintProbe;
    try {
      await emulateMedia({ media: 'print' });
      await waitUntil(() => probe.prints > 0, 'the host never heard that printing started');
      expect(probe.print.printing).to.equal(true);
      expect(parked.prints, 'never connected').to.equal(0);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(probe.print.printing).to.equal(false);
    probe.remove();
    const heard = probe.prints;
    window.dispatchEvent(new Event('beforeprint'));
    expect(probe.prints, 'listening after disconnect').to.equal(heard);
  });
});

describe('DataScriptController', () => {
  it('finds the child script and counts each change to it, updating the host', async () => {
    const probe = await fixture<ScriptProbe>(html`<script-probe><script type="application/json">{"a":1}</script></script-probe>`);
    expect(probe.script.script?.textContent).to.equal('{"a":1}');
    const version = probe.script.version;
    const updates = probe.updates;
    probe.script.script!.textContent = '{"a":2}';
    await waitUntil(() => probe.script.version > version, 'an edited script went unnoticed');
    await probe.updateComplete;
    expect(probe.updates).to.be.greaterThan(updates);
    const edited = probe.script.version;
    probe.script.script!.remove();
    await waitUntil(() => probe.script.version > edited, 'a removed script went unnoticed');
    expect(probe.script.script).to.equal(null);
  });

  it('ignores a script that is not a direct child, or not JSON', async () => {
    const probe = await fixture<ScriptProbe>(
      html`<script-probe><div><script type="application/json">{}</script></div><script type="text/plain">{}</script></script-probe>`,
    );
    expect(probe.script.script).to.equal(null);
  });
});
