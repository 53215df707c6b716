// Opens one workflow's page in Temporal UI with headless Chromium and checks that it shows the
// job's static summary; then opens the page's "User Metadata" tab (summary, details, current
// details). Saves both screenshots and the page text. Uses Debian's chromium through
// playwright-core (no browser download).
//
//   node ui-check.js <workflow page URL> <summary text> <output dir> [--require-current-details]
//
// Exit 0 when the summary shows (and, with the flag, current details with the job's phase);
// 1 otherwise, with the reason.
const { chromium } = require('playwright-core');
const fs = require('fs');
const path = require('path');

async function main() {
  const [url, summary, outDir] = process.argv.slice(2, 5);
  const requireCurrentDetails = process.argv.includes('--require-current-details');
  if (!url || !summary || !outDir) {
    throw new Error('usage: node ui-check.js <url> <summary> <outDir> [--require-current-details]');
  }
  fs.mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    // The UI may render the summary as Markdown (typographic quotes) or as plain text, in the page
    // or in a frame; a first load right after the dev server started may come up empty, so the
    // page is loaded again up to three times.
    const loose = new RegExp(summary.split('').map((c) => /['‘’]/.test(c) ? "['‘’]"
      : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(''));
    // Temporal UI 2.54 (the dev server of CLI 1.9.1) shows the summary only on the "User Metadata"
    // tab; older versions also in the page header: look in the page, then on that tab.
    const shows = async (tries) => {
      for (let i = 0; i < tries; i++) {
        for (const frame of page.frames()) {
          const text = await frame.innerText('body').catch(() => '');
          if (loose.test(text)) {
            return true;
          }
        }
        await page.waitForTimeout(500);
      }
      return false;
    };
    let found = false;
    for (let load = 0; load < 3 && !found; load++) {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      found = await shows(20);
      if (!found) {
        const tab = page.getByText('User Metadata', { exact: true }).first();
        if (await tab.isVisible().catch(() => false)) {
          await tab.click();
          found = await shows(20);
        }
      }
    }
    if (!found) {
      await page.screenshot({ path: path.join(outDir, 'workflow-no-summary.png'), fullPage: true });
      throw new Error(`the workflow page never showed the summary "${summary}" (see workflow-no-summary.png)`);
    }
    await page.screenshot({ path: path.join(outDir, 'workflow.png'), fullPage: true });
    fs.writeFileSync(path.join(outDir, 'workflow.txt'), await page.innerText('body'));
    console.log(`summary shown: ${summary}`);

    await page.getByText('User Metadata', { exact: true }).first().click();
    await page.getByText('Current Details', { exact: true }).first().waitFor({ timeout: 30000 });
    // Current details come from a query answered by a worker: give it a moment to render.
    // UiMetadata.currentDetails starts with "**Phase** <PHASE> · <n>%". Temporal UI renders
    // Markdown inside a sandboxed iframe, so every frame's text is searched.
    const phase = /Phase\W+(SUCCEEDED|FAILED|CANCELLED|TIMED_OUT|WAITING|DOWNLOADING)/;
    let currentDetails = false;
    let detailsText = '';
    for (let i = 0; i < 30 && !currentDetails; i++) {
      for (const frame of page.frames()) {
        const text = await frame.innerText('body').catch(() => '');
        if (phase.test(text)) {
          currentDetails = true;
          detailsText = text;
        }
      }
      if (!currentDetails) {
        await page.waitForTimeout(500);
      }
    }
    if (currentDetails) {
      fs.writeFileSync(path.join(outDir, 'current-details.txt'), detailsText);
    }
    await page.screenshot({ path: path.join(outDir, 'workflow-user-metadata.png'), fullPage: true });
    fs.writeFileSync(path.join(outDir, 'workflow-user-metadata.txt'), await page.innerText('body'));
    console.log(`current details: ${currentDetails ? 'shown' : 'not set by the workflow'}`);
    if (requireCurrentDetails && !currentDetails) {
      throw new Error('the User Metadata tab shows no current details (no "Phase <PHASE>")');
    }
    console.log(`screenshots: ${path.join(outDir, 'workflow.png')}, ${path.join(outDir, 'workflow-user-metadata.png')}`);
  } finally {
    await browser.close();
  }
}

main().catch((e) => {
  console.error(`UI check failed: ${e.message}`);
  process.exit(1);
});
