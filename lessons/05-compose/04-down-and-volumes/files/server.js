const express = require("express");
const app = express();
app.get("/", (req, res) => res.send(`Hello from web (${process.env.NODE_ENV})`));
app.listen(8080, () => console.log("web listening on 8080"));
