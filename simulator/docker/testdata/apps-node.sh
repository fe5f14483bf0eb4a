docker build -q -t my-node-app my-node-app
docker run -d -p 4000:8080 --name my-node-app my-node-app
curl localhost:4000
curl localhost:4000/health
curl -i localhost:4000/missing
docker logs my-node-app
docker exec my-node-app node -e "console.log(process.env.NODE_ENV)"
docker run -d -p 4001:8080 -e NODE_ENV=development --name dev my-node-app
curl localhost:4001
docker run -d -p 4002:9090 -e PORT=9090 --name npm-start my-node-app npm start
curl localhost:4002
docker logs npm-start
docker build -q -t bare bare
docker run --name bare bare
docker ps -a --filter name=bare --format '{{.Status}}'
docker build -q -t pong plain-http
docker run -d -p 3000:3000 --name pong pong
curl localhost:3000/anything
docker logs pong
docker run -d -p 3001:3000 -e HOST=127.0.0.1 --name pong-local pong
curl localhost:3001
docker logs pong-local
docker build -q -t hello hello
docker run --rm hello
docker run --rm -e NODE_ENV=production -e PORT=80 hello
docker run --rm hello node missing.js
