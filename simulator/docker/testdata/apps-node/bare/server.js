const express = require('express');

const PORT = process.env.PORT || 8080;
const app = express();

app.get('/', (req, res) => {
  res.send(`Hello from ${process.env.NODE_ENV}!`);
});

app.get('/health', (req, res) => res.json({ status: 'ok' }));

app.listen(PORT, () => {
  console.log(`Server listening on port ${PORT}`);
});
