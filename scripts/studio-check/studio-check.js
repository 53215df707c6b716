// Drives the studio (/studio) in headless Chromium (Debian's chromium through playwright-core,
// installed by scripts/ui-check). Run by scripts/studio-check.sh:
//
//   node studio-check.js <base URL> <tenant key> <storyboard id> <other tenant's id> <output dir>
//
// Signs in, sees the list (screenshot list.png), follows the storyboard while its shots fill in
// without a reload (running.png), plays the film (readyState >= 2, duration = the shots' sum),
// screenshot finished.png (and phone.png at phone width), reshoots shot 4 with a new prompt and
// checks that shots 4 and 5 (the `continue` shot after it) change take while the others keep
// theirs, and that the other tenant's storyboard is neither listed nor reachable. Exit 0 or 1.
const { chromium } = require('playwright-core');
const fs = require('fs');
const path = require('path');

const [base, key, id, other, outDir] = process.argv.slice(2, 7);

function check(ok, what) {
  if (!ok) throw new Error(what);
  console.log('ok: ' + what);
}

async function takes(page) {
  return page.$$eval('article.shot', (cards) => cards.map((c) => Number(c.dataset.take)));
}

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--autoplay-policy=no-user-gesture-required'],
  });
  const requests = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(base + '/studio');
    await page.waitForURL('**/studio/sign-in**', { timeout: 15000 }).catch(() => {});
    check(page.url().includes('/studio/sign-in'), 'without a sign-in /studio leads to the sign-in page');
    await page.fill('#key', key);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#storyboards');
    const list = await page.innerText('body');
    check(list.includes(id), 'the list shows the tenant\'s storyboard');
    check(!list.includes(other), 'the list shows no other tenant\'s storyboard');
    await page.screenshot({ path: path.join(outDir, 'list.png'), fullPage: true });

    await page.click(`tr[data-storyboard="${id}"] a`);
    await page.waitForSelector('article.shot');
    const loads = [];
    page.on('load', () => loads.push(page.url()));
    // Live: some shot succeeds while another has not yet, seen without a reload.
    await page.waitForFunction(() => {
      const phases = [...document.querySelectorAll('article.shot')].map((c) => c.dataset.phase);
      return phases.includes('SUCCEEDED') && phases.some((p) => p !== 'SUCCEEDED');
    }, null, { timeout: 240000 });
    await page.screenshot({ path: path.join(outDir, 'running.png'), fullPage: true });
    await page.waitForFunction(() => [...document.querySelectorAll('article.shot')]
      .every((c) => c.dataset.phase === 'SUCCEEDED'), null, { timeout: 300000 });
    check(true, 'all six shots filled in live');
    await page.waitForSelector('#film-video', { timeout: 120000 });
    check(loads.length === 0, 'no reload was needed: ' + loads.length + ' page loads');

    const sb = await (await page.request.get(base + '/studio/storyboards/' + id + '/status')).text();
    check(sb.includes('FILM_READY'), 'the storyboard is FILM_READY');
    await page.$eval('#film-video', (v) => { v.muted = true; return v.play(); });
    await page.waitForFunction(() => document.querySelector('#film-video').readyState >= 2, null, { timeout: 30000 });
    const duration = await page.$eval('#film-video', (v) => v.duration);
    const sum = await page.$$eval('article.shot video.clip', (vs) => Promise.all(vs.map((v) =>
      v.readyState >= 1 ? v.duration : new Promise((ok) => v.addEventListener('loadedmetadata', () => ok(v.duration))))))
      .then((ds) => ds.reduce((a, b) => a + b, 0));
    check(Math.abs(duration - sum) <= 0.1 * 6, `the film plays (readyState >= 2) and lasts ${duration.toFixed(2)} s = its shots' ${sum.toFixed(2)} s`);
    await page.screenshot({ path: path.join(outDir, 'finished.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: path.join(outDir, 'phone.png'), fullPage: false });
    await page.setViewportSize({ width: 1280, height: 800 });

    const before = await takes(page);
    await page.click('#shot-4 details.reshoot summary');
    await page.fill('#prompt-4', 'The runner stops at the top of the hill, breathing hard, city lights below');
    await page.click('#shot-4 form button[type=submit]');
    await page.waitForSelector('#estimate');
    const redone = await page.innerText('#redone');
    check(redone.trim() === '4, 5', 'the reshoot shows its continue shot: ' + redone);
    check(/[0-9]+\.[0-9]{2}/.test(await page.innerText('#estimate')), 'an estimate before confirming');
    await page.click('#confirm-reshoot');
    await page.waitForSelector('article.shot');
    await page.waitForFunction((b) => {
      const cards = [...document.querySelectorAll('article.shot')];
      const t = cards.map((c) => Number(c.dataset.take));
      return t[3] > b[3] && t[4] > b[4] && cards.every((c) => c.dataset.phase === 'SUCCEEDED');
    }, before, { timeout: 300000 });
    const after = await takes(page);
    check([0, 1, 2, 5].every((i) => after[i] === before[i]), `shots 1-3 and 6 keep their takes ${before} -> ${after}`);
    check(after[3] > before[3] && after[4] > before[4], 'shots 4 and 5 have a new take');

    const theirs = await page.request.get(base + '/studio/storyboards/' + other);
    check(theirs.status() === 404, 'the other tenant\'s storyboard is 404: ' + theirs.status());
    const external = requests.filter((u) => !u.startsWith(base) && !u.startsWith('data:') && !u.startsWith('blob:'));
    check(external.length === 0, 'no external requests: ' + external.join(', '));
  } finally {
    await browser.close();
  }
}

main().then(() => process.exit(0), (e) => { console.error('studio check failed: ' + e.message); process.exit(1); });
