const http = require('node:http');

const host = process.env.HOST || '0.0.0.0';
const port = Number(process.env.PORT || 3000);

const server = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('pong\n');
});

server.listen(port, host, () => {
  console.log(`listening on http://${host}:${port}`);
});
