// The soak test's client: 100 keep-alive connections (one agent each) send
// 100 requests apiece, 10,000 in all, alternating GET and POST with a body;
// every answer is checked. It reads the server's open file descriptors
// before and after (GET /fds), and its resident memory (GET /rss) once the
// first half of the requests has warmed it up and again at the end, and
// prints one line of JSON with the figures. The warm-up is long enough for
// the server's heap to reach its working size: nodelet's first collection
// comes after 100,000 allocations (about 3,000 requests), and its arenas
// grow by doubling until then.
const http = require('http');

const port = Number(process.argv[2]);
const CONNECTIONS = Number(process.argv[3] || 100);
const PER_CONNECTION = Number(process.argv[4] || 100);

function request(agent, method, path, body) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path, agent }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        text += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode, text, reused: req.reusedSocket }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function worker(id, stats, from, to) {
  const agent = new http.Agent({ keepAlive: true });
  for (let i = from; i < to; i++) {
    const post = i % 2 === 1;
    const path = '/w' + id + '/r' + i;
    const body = post ? 'x'.repeat(100 + i) : undefined;
    try {
      const r = await request(agent, post ? 'POST' : 'GET', path, body);
      const expected = 'hello ' + path + ' ' + (post ? 100 + i : 0);
      if (r.status !== 200 || r.text !== expected) stats.errors++;
      else stats.ok++;
      if (i > from && !r.reused) stats.newConnections++;
    } catch (e) {
      stats.errors++;
      stats.lastError = e.code || e.message;
    }
  }
  agent.destroy();
}

async function main() {
  const fdsBefore = Number((await request(false, 'GET', '/fds')).text);
  const stats = { ok: 0, errors: 0, newConnections: 0, lastError: null };
  const start = Date.now();
  const warm = Math.floor(PER_CONNECTION / 2);
  const round = async (from, to) => {
    const workers = [];
    for (let w = 0; w < CONNECTIONS; w++) workers.push(worker(w, stats, from, to));
    await Promise.all(workers);
  };
  await round(0, warm);
  const rssWarm = Number((await request(false, 'GET', '/rss')).text);
  await round(warm, PER_CONNECTION);
  const seconds = (Date.now() - start) / 1000;
  await sleep(300);
  const fdsAfter = Number((await request(false, 'GET', '/fds')).text);
  const rssAfter = Number((await request(false, 'GET', '/rss')).text);
  const served = Number((await request(false, 'GET', '/stop')).text);
  console.log(JSON.stringify({
    requests: CONNECTIONS * PER_CONNECTION,
    ok: stats.ok,
    errors: stats.errors,
    lastError: stats.lastError,
    reconnects: stats.newConnections,
    served,
    seconds,
    perSecond: Math.round((CONNECTIONS * PER_CONNECTION) / seconds),
    fdsBefore,
    fdsAfter,
    rssWarmMiB: Math.round(rssWarm / 1048576 * 10) / 10,
    rssAfterMiB: Math.round(rssAfter / 1048576 * 10) / 10,
  }));
}

main();
