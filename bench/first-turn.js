// Starts a command and prints the seconds until a "hi" posted to its /api/messages gets a 2xx answer, then stops it.
// Polls in-process every 5 ms (spawning curl that often would take CPU from the start-up being timed).
// Usage: node bench/first-turn.js PORT COMMAND [ARGS...]   (the command gets --urls http://127.0.0.1:PORT)
const { spawn } = require('child_process');
const http = require('http');
const [port, command, ...args] = process.argv.slice(2);
const body = JSON.stringify({
  type: 'message', id: 'cold-1', channelId: 'test', serviceUrl: 'http://127.0.0.1:9/', text: 'hi', locale: 'en-GB',
  from: { id: 'u', role: 'user' }, recipient: { id: 'bot', role: 'bot' }, conversation: { id: 'cold-start' },
  deliveryMode: 'expectReplies',
});
const start = process.hrtime.bigint();
const child = spawn(command, [...args, '--urls', `http://127.0.0.1:${port}`], { stdio: 'ignore', detached: true });
child.on('exit', () => { console.error('the process stopped before answering'); process.exit(1); });
function poll() {
  const request = http.request({ host: '127.0.0.1', port, path: '/api/messages', method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (response) => {
    response.resume();
    if (response.statusCode >= 200 && response.statusCode < 300) {
      console.log((Number(process.hrtime.bigint() - start) / 1e9).toFixed(2));
      child.removeAllListeners('exit');
      process.kill(-child.pid, 'SIGTERM');
      process.exit(0);
    }
    setTimeout(poll, 5);
  });
  request.on('error', () => setTimeout(poll, 5));
  request.end(body);
}
poll();
